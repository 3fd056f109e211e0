/**
 * `toKnowledgeGraph`: any graphology graph read from a file (another tool's GEXF, a graphology
 * JSON export) → the typed `KnowledgeGraph` the explorer, paths and export work on. Our own
 * attributes come back exactly (so export → import is lossless); other tools' attributes are kept
 * as they are; what is missing gets a neutral default (no certainty, no citation: nothing is
 * invented), a layout and colours.
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { MultiDirectedGraph } from 'graphology';
import { computeMetrics } from '../graph/metrics';
import { KIND_COLORS } from '../graph/style';
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from '../graph/types';
import { applyLayout, layoutOptionsFor } from '../layout/layout';
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

/** Kind given to nodes of a graph that records none. */
export const DEFAULT_IMPORTED_KIND = 'entity';
/** Kind given to edges of a graph that records none. */
export const DEFAULT_IMPORTED_RELATION = 'related to';

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
const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

/** A list from an array, a JSON array string, or a "a|b" string. */
function stringList(value: unknown): string[] {
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
  const parsed = jsonValue(value);
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((item) => {
    const result = citationSchema.safeParse(item);
    return result.success ? [result.data] : [];
  });
}

function corroborations(value: unknown): Corroboration[] | undefined {
  const parsed = jsonValue(value);
  if (!Array.isArray(parsed)) return undefined;
  const found = parsed.flatMap((item) => {
    const result = corroborationSchema.safeParse(item);
    return result.success ? [result.data] : [];
  });
  return found.length > 0 ? found : undefined;
}

function qualifiers(value: unknown): Record<string, string | number> | undefined {
  const parsed = jsonValue(value);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  const entries = Object.entries(parsed).filter(
    (e): e is [string, string | number] => typeof e[1] === 'string' || typeof e[1] === 'number',
  );
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** `#rrggbb` from hex or `rgb()`/`rgba()` strings, or from an `{r, g, b}` object. */
export function normalizeColor(value: unknown): string | undefined {
  if (typeof value === 'object' && value !== null && 'r' in value && 'g' in value && 'b' in value) {
    return normalizeColor(`rgb(${String(value.r)},${String(value.g)},${String(value.b)})`);
  }
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(v)) return v;
  if (/^#[0-9a-f]{3}$/.test(v)) return `#${v.slice(1).replace(/./g, '$&$&')}`;
  const m = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/.exec(v);
  if (!m) return undefined;
  return `#${[m[1], m[2], m[3]].map((c) => Math.min(255, Number(c)).toString(16).padStart(2, '0')).join('')}`;
}

function sourcesOf(raw: AbstractGraph): SourceDocument[] {
  const value: unknown = raw.getAttribute('sources');
  const parsed = jsonValue(value);
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((item) => {
    const result = sourceSchema.safeParse(item);
    return result.success ? [result.data] : [];
  });
}

/** Drops keys whose value is undefined (graphology keeps them as present). */
function defined<T extends Record<string, unknown>>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Converts a parsed graph into a `KnowledgeGraph`.
 * @param raw - the graph as graphology-gexf or `Graph.from` produced it
 * @param name - the graph's name (the file name without extension)
 */
export function toKnowledgeGraph(raw: AbstractGraph, name: string): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph();
  graph.replaceAttributes({
    name,
    description: str(raw.getAttribute('description')) ?? `Imported from ${name}`,
    sources: sourcesOf(raw),
  });
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

  // Keep the file's layout and sizes only when every node has them.
  const positioned = raw.everyNode(
    (_n, a: Attributes) => num(a['x']) !== undefined && num(a['y']) !== undefined,
  );
  const sized = raw.everyNode((_n, a: Attributes) => num(a['size']) !== undefined);
  raw.forEachNode((node, a: Attributes) => {
    const kind = str(a['kind']) ?? str(a['type']) ?? DEFAULT_IMPORTED_KIND;
    const x = num(a['x']);
    const y = num(a['y']);
    const size = num(a['size']);
    const date = str(a['date']);
    // sigma owns "type"; a flat drawing's z = 0 (required by GEXF 1.2draft) carries nothing.
    const { type: _type, z, ...rest }: Record<string, unknown> = a;
    const extras = z === 0 || z === undefined ? rest : { ...rest, z };
    const attributes: NodeAttributes = defined({
      ...extras,
      label: str(a['label']) ?? node,
      kind,
      aliases: stringList(a['aliases']),
      description: str(a['description']) ?? '',
      date: date !== undefined && isPartialDate(date) ? date : undefined,
      citations: citations(a['citations']),
      x: x ?? 0,
      y: y ?? 0,
      size: size ?? 1,
      color: normalizeColor(a['color']) ?? colorOfKind(kind),
      degree: 0,
      pagerank: 0,
      betweenness: 0,
    });
    graph.addNode(node, attributes);
  });

  raw.forEachEdge((edge, a: Attributes, source, target, _sa, _ta, undirected) => {
    const kind =
      str(a['kind']) ??
      str(a['label']) ??
      str(a['relation']) ??
      str(a['type']) ??
      DEFAULT_IMPORTED_RELATION;
    const certainty: unknown = a['certainty'];
    const date = str(a['date']);
    const until = str(a['until']);
    const { type: _type, phrase, thickness, ...extras }: Record<string, unknown> = a;
    const attributes: EdgeAttributes = defined({
      ...extras,
      kind,
      label: str(phrase) ?? str(a['label']) ?? kind,
      claim: str(a['claim']) ?? '',
      citations: citations(a['citations']),
      certainty: isCertainty(certainty) ? certainty : undefined,
      assertedBy: stringList(a['assertedBy']),
      attribution: str(a['attribution']),
      date: date !== undefined && isPartialDate(date) ? date : undefined,
      until: until !== undefined && isPartialDate(until) ? until : undefined,
      qualifiers: qualifiers(a['qualifiers']),
      corroboration: corroborations(a['corroboration']),
      statementOf: str(a['statementOf']),
      undirected: undirected ? true : undefined,
      size: num(a['size']) ?? num(thickness) ?? 1.5,
      color: normalizeColor(a['color']) ?? '#8c8c8c',
    });
    graph.addDirectedEdgeWithKey(edge, source, target, attributes);
  });

  computeMetrics(graph, { size: !sized });
  if (!positioned) applyLayout(graph, layoutOptionsFor(graph.order));
  return graph;
}
