/**
 * Attribute mapping for imported graphs: the attributes a reader found on a node or edge (another
 * tool's GEXF, a graphology JSON export) → the typed attributes of a `KnowledgeGraph`. Our own
 * attributes come back exactly (so export → import is lossless); other tools' attributes are kept
 * as they are; what is missing gets a neutral default (no certainty, no citation: nothing is
 * invented). Metrics and layout are not done here (`layout/imported.ts`).
 */
import { KIND_COLORS } from '../graph/style';
import type {
  EdgeAttributes,
  GraphAttributes,
  KnowledgeGraph,
  NodeAttributes,
} from '../graph/types';
import {
  citationSchema,
  corroborationSchema,
  isCertainty,
  isEntityKind,
  isPartialDate,
  sourceSchema,
  type Citation,
  type Corroboration,
  type SourceDocument,
} from '../model/schema';
import type { DataIssue } from '../model/errors';
import { toHexColor } from './color';

/** Kind given to nodes of a graph that records none. */
export const DEFAULT_IMPORTED_KIND = 'entity';
/** Kind given to edges of a graph that records none. */
export const DEFAULT_IMPORTED_RELATION = 'related to';

/** A graph as a reader produced it, before metrics and layout. */
export interface ParsedGraph {
  readonly graph: KnowledgeGraph;
  /** The repairs made to read the file (an import report). */
  readonly warnings: readonly DataIssue[];
  /** Every node came with a position (x, y): keep the file's layout. */
  readonly positioned: boolean;
  /** Every node came with a size: keep the file's sizes. */
  readonly sized: boolean;
}

// Colours for kinds outside the schema: Paul Tol's "muted" scheme, in order of first appearance.
const EXTRA_COLORS = [
  '#332288',
  '#88ccee',
  '#44aa99',
  '#117733',
  '#999933',
  '#ddcc77',
  '#cc6677',
  '#882255',
  '#aa4499',
  '#dddddd',
];

const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;
/** A finite number, or undefined. */
export const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

/** A list from an array, a JSON array string, or a "a|b" string. */
function stringList(value: unknown): string[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (typeof value !== 'string' || value.trim() === '') return [];
  if (value.trim().startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(value);
      if (Array.isArray(parsed)) return parsed.filter((v): v is string => typeof v === 'string');
    } catch {
      // not JSON: fall through to the separator forms
    }
  }
  return value
    .split('|')
    .map((v) => v.trim())
    .filter(Boolean);
}

function jsonValue(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

function citations(value: unknown): Citation[] {
  if (value === undefined) return [];
  const parsed = jsonValue(value);
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((item) => {
    const result = citationSchema.safeParse(item);
    return result.success ? [result.data] : [];
  });
}

function corroborations(value: unknown): Corroboration[] | undefined {
  if (value === undefined) return undefined;
  const parsed = jsonValue(value);
  if (!Array.isArray(parsed)) return undefined;
  const found = parsed.flatMap((item) => {
    const result = corroborationSchema.safeParse(item);
    return result.success ? [result.data] : [];
  });
  return found.length > 0 ? found : undefined;
}

function qualifiers(value: unknown): Record<string, string | number> | undefined {
  if (value === undefined) return undefined;
  const parsed = jsonValue(value);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  const entries = Object.entries(parsed).filter(
    (e): e is [string, string | number] => typeof e[1] === 'string' || typeof e[1] === 'number',
  );
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

function sourcesOf(value: unknown): SourceDocument[] {
  if (value === undefined) return [];
  const parsed = jsonValue(value);
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((item) => {
    const result = sourceSchema.safeParse(item);
    return result.success ? [result.data] : [];
  });
}

const partialDate = (value: unknown) => {
  const date = str(value);
  return date !== undefined && isPartialDate(date) ? date : undefined;
};

/** Sets each key to its value, or removes it when the value is undefined (graphology would keep it as present). */
function override(target: Record<string, unknown>, values: Record<string, unknown>): void {
  for (const key in values) {
    if (values[key] === undefined) Reflect.deleteProperty(target, key);
    else target[key] = values[key];
  }
}

/**
 * What an imported graph keeps of its file's own description (GEXF `<meta>`, or the same keys in
 * a graphology JSON's attributes), so that writing it again credits its author rather than
 * chipgraph: the GEXF writer reads these graph attributes.
 */
export interface ImportedGraphMeta {
  /** The file's base name (`their-graph.gexf`), never the path it was opened from. */
  readonly importedFrom: string;
  readonly creator?: string;
  readonly keywords?: string;
  /** `YYYY-MM-DD`, as GEXF's `lastmodifieddate`. */
  readonly lastModifiedDate?: string;
}

/** The last part of a path, Unix or Windows (`/tmp/x/graph.gexf` → `graph.gexf`). */
export function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).filter(Boolean).pop() ?? fileName;
}

/** The name of a graph read from a file: its base name without the extension. */
export function graphNameOf(fileName: string): string {
  const base = baseName(fileName);
  return base.replace(/(.)\.[^.]*$/, '$1');
}

/**
 * Graph attributes of an imported graph: its name (the file's base name), description, any
 * sources it carries, and its own meta (creator, keywords, last-modified date).
 * @param fileName - the file as the user named it (a path is reduced to its base name)
 */
export function graphAttributesFrom(
  raw: Readonly<Record<string, unknown>>,
  fileName: string,
): GraphAttributes & ImportedGraphMeta {
  const creator = str(raw['creator']);
  const keywords = str(raw['keywords']);
  const modified = str(raw['lastModifiedDate']) ?? str(raw['lastmodifieddate']);
  return {
    name: graphNameOf(fileName),
    description: str(raw['description']) ?? `Imported from ${baseName(fileName)}`,
    sources: sourcesOf(raw['sources']),
    importedFrom: baseName(fileName),
    ...(creator !== undefined && { creator: creator.trim() }),
    ...(keywords !== undefined && { keywords: keywords.trim() }),
    ...(modified !== undefined &&
      /^\d{4}-\d{2}-\d{2}$/.test(modified.trim()) && { lastModifiedDate: modified.trim() }),
  };
}

/** Maps one file's node and edge attributes; keeps the colour of each kind outside the schema. */
export interface AttributeMapper {
  node(id: string, raw: Readonly<Record<string, unknown>>): NodeAttributes;
  edge(raw: Readonly<Record<string, unknown>>, undirected: boolean): EdgeAttributes;
}

/** A mapper for one file (kinds outside the schema get colours in order of first appearance). */
export function createAttributeMapper(): AttributeMapper {
  const extraColors = new Map<string, string>();
  const colorOfKind = (kind: string) => {
    if (isEntityKind(kind)) return KIND_COLORS[kind];
    let color = extraColors.get(kind);
    if (color === undefined) {
      color = EXTRA_COLORS[extraColors.size % EXTRA_COLORS.length] ?? '#999999';
      extraColors.set(kind, color);
    }
    return color;
  };
  return {
    node(id, raw) {
      const kind = str(raw['kind']) ?? str(raw['type']) ?? DEFAULT_IMPORTED_KIND;
      const attributes: Record<string, unknown> = {};
      // Other tools' attributes as they are; sigma owns "type"; a flat drawing's z = 0 (required
      // by GEXF 1.2draft) carries nothing.
      for (const key in raw) {
        const value = raw[key];
        if (key === 'type' || value === undefined || (key === 'z' && value === 0)) continue;
        attributes[key] = value;
      }
      override(attributes, {
        label: str(raw['label']) ?? id,
        kind,
        aliases: stringList(raw['aliases']),
        description: str(raw['description']) ?? '',
        date: partialDate(raw['date']),
        citations: citations(raw['citations']),
        x: num(raw['x']) ?? 0,
        y: num(raw['y']) ?? 0,
        size: num(raw['size']) ?? 1,
        color: toHexColor(raw['color']) ?? colorOfKind(kind),
        // A file's own centralities are kept (computed ones replace them when asked for).
        degree: num(raw['degree']) ?? 0,
        pagerank: num(raw['pagerank']) ?? 0,
        betweenness: num(raw['betweenness']) ?? 0,
      });
      // Every required key was just set: the record is a NodeAttributes.
      return attributes as unknown as NodeAttributes;
    },
    edge(raw, undirected) {
      const kind =
        str(raw['kind']) ??
        str(raw['label']) ??
        str(raw['relation']) ??
        str(raw['type']) ??
        DEFAULT_IMPORTED_RELATION;
      const attributes: Record<string, unknown> = {};
      for (const key in raw) {
        const value = raw[key];
        if (key === 'type' || key === 'phrase' || key === 'thickness' || value === undefined)
          continue;
        attributes[key] = value;
      }
      const certainty: unknown = raw['certainty'];
      override(attributes, {
        kind,
        label: str(raw['phrase']) ?? str(raw['label']) ?? kind,
        claim: str(raw['claim']) ?? '',
        citations: citations(raw['citations']),
        certainty: isCertainty(certainty) ? certainty : undefined,
        assertedBy: stringList(raw['assertedBy']),
        attribution: str(raw['attribution']),
        date: partialDate(raw['date']),
        until: partialDate(raw['until']),
        qualifiers: qualifiers(raw['qualifiers']),
        corroboration: corroborations(raw['corroboration']),
        statementOf: str(raw['statementOf']),
        undirected: undirected ? true : undefined,
        size: num(raw['size']) ?? num(raw['thickness']) ?? 1.5,
        color: toHexColor(raw['color']) ?? '#8c8c8c',
      });
      // Every required key was just set: the record is an EdgeAttributes.
      return attributes as unknown as EdgeAttributes;
    },
  };
}
