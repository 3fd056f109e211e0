/**
 * `toGexf`: the graph as GEXF 1.3 (default) or 1.2draft, valid against the official RELAX NG
 * schemas, keeping every attribute, the layout (viz:position), colours and sizes, and optionally
 * the dates as a dynamic graph for Gephi's timeline.
 *
 * Written here rather than with graphology-gexf's writer, whose output no option makes valid: it
 * always adds `xsi:schemaLocation` (the RELAX NG schema rejects it), writes graph attributes as
 * arbitrary `<meta>` children (1.3 allows creator, description and keywords only) and declares a
 * malformed viz namespace for 1.2. Its parser is used to read our files back in the tests.
 */
import { edgeIdsOf } from './edge-ids';
import { parseColor } from './color';
import type { AbstractGraph } from 'graphology-types';
import { UsageError } from '../model/errors';
import { xmlAttributes, escapeXml } from './xml';

export type GexfVersion = '1.3' | '1.2draft';
export const GEXF_VERSIONS: readonly GexfVersion[] = ['1.3', '1.2draft'];

/** Export options. */
export interface GexfOptions {
  /** GEXF version. Default "1.3"; "1.2draft" for networkx before 3.6. */
  readonly version: GexfVersion;
  /** Write dated nodes and relations with start (and end) dates, `mode="dynamic"`. Default false. */
  readonly dynamic: boolean;
  /** Only these nodes (and edges between them); null for all. Default null. */
  readonly nodes: ReadonlySet<string> | null;
  /** Only these edges; null for all (between the kept nodes). Default null. */
  readonly edges: ReadonlySet<string> | null;
  /**
   * `<meta>` fields; null (the default) takes the graph's own: an imported graph keeps its
   * file's creator, description, keywords and date (see `ImportedGraphMeta`), chipgraph's graph
   * gets chipgraph's.
   */
  readonly creator: string | null;
  readonly description: string | null;
  readonly keywords: string | null;
  /** `lastmodifieddate`, `YYYY-MM-DD`; default the graph's own, else today. */
  readonly lastModified: string | null;
}

export const DEFAULT_GEXF_OPTIONS: Readonly<GexfOptions> = Object.freeze({
  version: '1.3',
  dynamic: false,
  nodes: null,
  edges: null,
  creator: null,
  description: null,
  keywords: null,
  lastModified: null,
});

/** The creator and keywords of chipgraph's own graph. */
export const CHIPGRAPH_META = Object.freeze({
  creator: 'chipgraph',
  keywords: 'knowledge graph, semiconductors, geopolitics',
});

/**
 * The `<meta>` of a graph: the options', else the graph's own (an imported file's), else
 * chipgraph's for its own graph. A converted graph without a creator is credited as converted
 * by chipgraph, and is not given chipgraph's keywords (they describe the article's graph).
 */
function metaOf(graph: AbstractGraph, o: GexfOptions) {
  const own = (key: string) => {
    const value = text(graph.getAttribute(key))?.trim();
    return value === '' ? undefined : value;
  };
  const importedFrom = own('importedFrom');
  const modified = own('lastModifiedDate');
  return {
    creator:
      o.creator ??
      own('creator') ??
      (importedFrom === undefined
        ? CHIPGRAPH_META.creator
        : `${CHIPGRAPH_META.creator} (converted from ${importedFrom})`),
    description: o.description ?? own('description') ?? own('name'),
    keywords:
      o.keywords ??
      own('keywords') ??
      (importedFrom === undefined ? CHIPGRAPH_META.keywords : undefined),
    lastModified:
      o.lastModified ??
      (modified !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(modified) ? modified : undefined) ??
      new Date().toISOString().slice(0, 10),
  };
}

type GexfType = 'string' | 'integer' | 'double' | 'boolean' | 'liststring';

/** Attributes written as GEXF core or viz fields rather than `<attvalue>`s. */
const NODE_RESERVED = new Set(['label', 'x', 'y', 'z', 'size', 'color']);
const EDGE_RESERVED = new Set(['size', 'color', 'weight', 'undirected']);

/**
 * Edge attributes whose own name clashes with a field readers fill from GEXF core attributes:
 * the relation kind is the GEXF edge label, so our phrase travels as "phrase".
 */
export const EDGE_ATTRIBUTE_TITLES: Readonly<Record<string, string>> = { label: 'phrase' };

/** Namespaces and the `version` attribute each schema requires (1.2draft files say "1.2"). */
const NAMESPACES: Record<GexfVersion, { gexf: string; viz: string; version: string }> = {
  '1.3': { gexf: 'http://gexf.net/1.3', viz: 'http://gexf.net/1.3/viz', version: '1.3' },
  '1.2draft': {
    gexf: 'http://www.gexf.net/1.2draft',
    viz: 'http://www.gexf.net/1.2draft/viz',
    version: '1.2',
  },
};

function typeOf(value: unknown): GexfType | null {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'double';
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return 'liststring';
  return null; // objects: written as JSON strings
}

/** Merges two inferred types: integer + double → double; anything else mixed → string. */
function unify(a: GexfType | undefined, b: GexfType): GexfType {
  if (a === undefined || a === b) return b;
  if ((a === 'integer' && b === 'double') || (a === 'double' && b === 'integer')) return 'double';
  return 'string';
}

/** Declared attributes of one class, in first-seen order. */
function collectSchema(
  items: Iterable<Record<string, unknown>>,
  reserved: ReadonlySet<string>,
): Map<string, GexfType> {
  const schema = new Map<string, GexfType>();
  for (const attributes of items) {
    for (const key in attributes) {
      const value = attributes[key];
      if (reserved.has(key) || value === undefined || value === null) continue;
      schema.set(key, unify(schema.get(key), typeOf(value) ?? 'string'));
    }
  }
  return schema;
}

function formatValue(type: GexfType, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (type === 'liststring') {
    if (!Array.isArray(value) || value.length === 0) return undefined;
    // GEXF 1.3 lists: ["a", "b"], each piece quoted (a comma inside a piece stays inside it).
    return `[${value.map((v) => JSON.stringify(String(v))).join(', ')}]`;
  }
  if (type === 'string' && typeof value === 'object') return JSON.stringify(value);
  if (type === 'double' || type === 'integer') {
    return typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** `YYYY`, `YYYY-MM` → `YYYY-01-01`, `YYYY-MM-01` (GEXF dates are full xsd:dates). */
export function toGexfDate(date: string): string {
  return /^\d{4}$/.test(date) ? `${date}-01-01` : /^\d{4}-\d{2}$/.test(date) ? `${date}-01` : date;
}

const finite = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;
const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

/** Merges options over the defaults and validates them. @throws UsageError */
export function resolveGexfOptions(options: Partial<GexfOptions> = {}): GexfOptions {
  const resolved = { ...DEFAULT_GEXF_OPTIONS, ...options };
  if (!GEXF_VERSIONS.includes(resolved.version)) {
    throw new UsageError(
      `GEXF version must be ${GEXF_VERSIONS.join(' or ')}, got "${resolved.version}"`,
    );
  }
  if (resolved.lastModified !== null && !/^\d{4}-\d{2}-\d{2}$/.test(resolved.lastModified)) {
    throw new UsageError(`lastModified must be YYYY-MM-DD, got "${resolved.lastModified}"`);
  }
  return resolved;
}

/**
 * Serialises a graph as GEXF.
 * @param graph - any graphology graph (the knowledge graph, or an imported one)
 * @throws UsageError on invalid options
 */
export function toGexf(graph: AbstractGraph, options: Partial<GexfOptions> = {}): string {
  const o = resolveGexfOptions(options);
  const ns = NAMESPACES[o.version];
  const nodes: [string, Record<string, unknown>][] = [];
  graph.forEachNode((node, attributes) => {
    if (o.nodes === null || o.nodes.has(node)) nodes.push([node, attributes]);
  });
  const kept = new Set(nodes.map(([node]) => node));
  const edges: [string, Record<string, unknown>, string, string, boolean][] = [];
  const edgeId = edgeIdsOf(graph);
  graph.forEachEdge((edge, attributes, source, target, _s, _t, undirected) => {
    if (kept.has(source) && kept.has(target) && (o.edges === null || o.edges.has(edge))) {
      // An imported undirected edge lives in the typed (directed) graph with `undirected: true`.
      edges.push([
        edge,
        attributes,
        source,
        target,
        undirected || attributes['undirected'] === true,
      ]);
    }
  });
  const nodeSchema = collectSchema(
    nodes.map(([, a]) => a),
    NODE_RESERVED,
  );
  const edgeSchema = collectSchema(
    edges.map(([, a]) => a),
    EDGE_RESERVED,
  );
  // Attribute ids are the titles: graphology-gexf keys values by id, networkx and Gephi by title.
  const nodeIds = new Map([...nodeSchema.keys()].map((key) => [key, key]));
  const edgeIds = new Map(
    [...edgeSchema.keys()].map((key) => [key, EDGE_ATTRIBUTE_TITLES[key] ?? key]),
  );
  const defaultType =
    graph.type === 'undirected' || (edges.length > 0 && edges.every(([, , , , u]) => u))
      ? 'undirected'
      : 'directed';

  // Colours repeat (one per kind or class): parse each once.
  const colors = new Map<unknown, ReturnType<typeof parseColor>>();
  const colorOf = (value: unknown) => {
    let color = colors.get(value);
    if (color === undefined) colors.set(value, (color = parseColor(value)));
    return color;
  };
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(`<gexf${xmlAttributes({ xmlns: ns.gexf, 'xmlns:viz': ns.viz, version: ns.version })}>`);
  const meta = metaOf(graph, o);
  out.push(`  <meta${xmlAttributes({ lastmodifieddate: meta.lastModified })}>`);
  out.push(`    <creator>${escapeXml(meta.creator)}</creator>`);
  if (meta.description !== undefined)
    out.push(`    <description>${escapeXml(meta.description)}</description>`);
  if (meta.keywords !== undefined) out.push(`    <keywords>${escapeXml(meta.keywords)}</keywords>`);
  out.push('  </meta>');
  out.push(
    `  <graph${xmlAttributes({ defaultedgetype: defaultType, mode: o.dynamic ? 'dynamic' : 'static', timeformat: o.dynamic ? 'date' : undefined })}>`,
  );

  const declare = (
    cls: 'node' | 'edge',
    schema: Map<string, GexfType>,
    ids: Map<string, string>,
  ) => {
    if (schema.size === 0) return;
    out.push(`    <attributes${xmlAttributes({ class: cls })}>`);
    for (const [key, type] of schema) {
      const title = cls === 'edge' ? (EDGE_ATTRIBUTE_TITLES[key] ?? key) : key;
      out.push(`      <attribute${xmlAttributes({ id: ids.get(key), title, type })}/>`);
    }
    out.push('    </attributes>');
  };
  declare('node', nodeSchema, nodeIds);
  declare('edge', edgeSchema, edgeIds);

  const attvalues = (
    attributes: Record<string, unknown>,
    schema: Map<string, GexfType>,
    ids: Map<string, string>,
    indent: string,
  ) => {
    const values: string[] = [];
    for (const [key, type] of schema) {
      const value = formatValue(type, attributes[key]);
      if (value !== undefined)
        values.push(`${indent}  <attvalue${xmlAttributes({ for: ids.get(key), value })}/>`);
    }
    return values.length === 0 ? [] : [`${indent}<attvalues>`, ...values, `${indent}</attvalues>`];
  };
  const dates = (attributes: Record<string, unknown>) => {
    if (!o.dynamic) return {};
    const start = text(attributes['date']);
    const end = text(attributes['until']);
    return {
      start: start === undefined ? undefined : toGexfDate(start),
      end: end === undefined ? undefined : toGexfDate(end),
    };
  };

  out.push(`    <nodes${xmlAttributes({ count: nodes.length })}>`);
  for (const [node, attributes] of nodes) {
    const label = text(attributes['label']) ?? node;
    out.push(`      <node${xmlAttributes({ id: node, label, ...dates(attributes) })}>`);
    out.push(...attvalues(attributes, nodeSchema, nodeIds, '        '));
    const color = colorOf(attributes['color']);
    if (color) out.push(`        <viz:color${xmlAttributes(color)}/>`);
    const x = finite(attributes['x']);
    const y = finite(attributes['y']);
    if (x !== undefined && y !== undefined)
      // 1.2draft requires z; 1.3 makes it optional, so it is left out there.
      out.push(
        `        <viz:position${xmlAttributes({ x, y, z: o.version === '1.2draft' ? 0 : undefined })}/>`,
      );
    const size = finite(attributes['size']);
    if (size !== undefined && size >= 0)
      out.push(`        <viz:size${xmlAttributes({ value: size })}/>`);
    out.push('      </node>');
  }
  out.push('    </nodes>');

  out.push(`    <edges${xmlAttributes({ count: edges.length })}>`);
  for (const [edge, attributes, source, target, undirected] of edges) {
    const weight = finite(attributes['weight']);
    out.push(
      `      <edge${xmlAttributes({
        id: edgeId(edge),
        source,
        target,
        type:
          undirected !== (defaultType === 'undirected')
            ? undirected
              ? 'undirected'
              : 'directed'
            : undefined,
        label: text(attributes['kind']) ?? text(attributes['label']),
        weight,
        ...dates(attributes),
      })}>`,
    );
    out.push(...attvalues(attributes, edgeSchema, edgeIds, '        '));
    const color = colorOf(attributes['color']);
    if (color) out.push(`        <viz:color${xmlAttributes(color)}/>`);
    const thickness = finite(attributes['size']);
    if (thickness !== undefined && thickness >= 0)
      out.push(`        <viz:thickness${xmlAttributes({ value: thickness })}/>`);
    out.push('      </edge>');
  }
  out.push('    </edges>');
  out.push('  </graph>');
  out.push('</gexf>');
  return out.join('\n') + '\n';
}
