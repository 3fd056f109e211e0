/**
 * What `kg convert` leaves out: the values an imported graph holds that its file did not give and
 * no option computed. The importer fills every typed attribute so that the explorer can show any
 * graph (empty aliases, 0 for metrics it did not compute, a colour by kind …); a converted file
 * says only what is known. Each value left out is what the importer fills in again, so reading
 * the converted file back gives the same graph.
 */
import { isGeneratedEdgeKey } from '../io/edge-ids';
import { BETWEENNESS_MAX_WORK } from '../graph/metrics';
import type {
  EdgeAttributes,
  GraphAttributes,
  KnowledgeGraph,
  NodeAttributes,
} from '../graph/types';
import { toGraphJson } from '../io/json-write';
import {
  DEFAULT_IMPORTED_KIND,
  DEFAULT_IMPORTED_RELATION,
  createAttributeMapper,
} from '../io/normalize';

/** What a converted graph holds beyond its file: what was computed, and what the file gave. */
export interface ConvertedFacts {
  /** Degree, PageRank and betweenness were computed (`--metrics`). */
  readonly metrics: boolean;
  /** The deterministic layout was computed (`--layout`). */
  readonly layout: boolean;
  /** Every node had a position in the file. */
  readonly positioned: boolean;
  /** Every node had a size in the file. */
  readonly sized: boolean;
}

/** The importer's size and colour for an edge whose file gives none (normalize.ts). */
const EDGE_DEFAULTS = { size: 1.5, color: '#8c8c8c' } as const;
/** The importer's size for a node whose file gives none, when no metrics size it. */
const NODE_DEFAULT_SIZE = 1;

const isEmpty = (value: unknown) => value === '' || (Array.isArray(value) && value.length === 0);

/** The keys to leave out of each node, edge and the graph. */
export interface Placeholders {
  node(key: string, attributes: NodeAttributes): string[];
  edge(attributes: EdgeAttributes): string[];
  graph(attributes: GraphAttributes): string[];
}

/**
 * The placeholders of an imported graph: the importer's neutral fill-ins (empty aliases,
 * description, citations, claims and asserters; a node's label equal to its id, the default kind
 * and its colour, size 1; an edge's phrase equal to its kind, the default kind, size and colour),
 * positions at 0, 0 that the file did not give and no layout computed, and the metrics unless
 * computed: betweenness also when it was skipped above its cap (0 there means "not computed").
 */
export function placeholdersOf(graph: KnowledgeGraph, facts: ConvertedFacts): Placeholders {
  const betweenness = facts.metrics && graph.order * graph.size <= BETWEENNESS_MAX_WORK;
  const noPosition = !facts.positioned && !facts.layout;
  const noSize = !facts.sized && !facts.metrics;
  // The colour a kind gets when the file gives none, assigned as the importer assigns it: kinds
  // outside the vocabulary take the next colour in order of first appearance, so nodes are asked
  // in the graph's order (the file's), and each kind once.
  const mapper = createAttributeMapper();
  const kindColors = new Map<string, string>();
  const kindColor = (node: string, kind: string) => {
    let color = kindColors.get(kind);
    if (color === undefined) {
      color = mapper.node(node, { kind }).color;
      kindColors.set(kind, color);
    }
    return color;
  };
  return {
    node(key, a) {
      const out: string[] = [];
      if (isEmpty(a.aliases)) out.push('aliases');
      if (isEmpty(a.description)) out.push('description');
      if (isEmpty(a.citations)) out.push('citations');
      if (a.label === key) out.push('label');
      if (a.kind === DEFAULT_IMPORTED_KIND) out.push('kind');
      if (a.color === kindColor(key, a.kind)) out.push('color');
      if (noPosition && a.x === 0 && a.y === 0) out.push('x', 'y');
      if (noSize && a.size === NODE_DEFAULT_SIZE) out.push('size');
      // Metrics not computed are left out, unless the file gave them (kept as they were).
      if (!facts.metrics && a.degree === 0) out.push('degree');
      if (!facts.metrics && a.pagerank === 0) out.push('pagerank');
      if (!betweenness && a.betweenness === 0) out.push('betweenness');
      return out;
    },
    edge(a) {
      const out: string[] = [];
      if (isEmpty(a.claim)) out.push('claim');
      if (isEmpty(a.citations)) out.push('citations');
      if (isEmpty(a.assertedBy)) out.push('assertedBy');
      if (a.label === a.kind) out.push('label');
      if (a.kind === DEFAULT_IMPORTED_RELATION) out.push('kind');
      if (a.size === EDGE_DEFAULTS.size) out.push('size');
      if (a.color === EDGE_DEFAULTS.color) out.push('color');
      return out;
    },
    graph(a) {
      const out: string[] = [];
      if (a.sources.length === 0) out.push('sources');
      // "Imported from FILE" is the importer's words, not the file's: importedFrom says it.
      const from = 'importedFrom' in a ? a.importedFrom : undefined;
      if (typeof from === 'string' && a.description === `Imported from ${from}`)
        out.push('description');
      return out;
    },
  };
}

/**
 * Removes the placeholders from the graph itself, for the writers that write whatever attributes
 * a graph has (GEXF, GraphML). Afterwards the graph lacks keys its type promises: it is only to
 * be serialised.
 */
export function trimPlaceholders(graph: KnowledgeGraph, facts: ConvertedFacts): void {
  const placeholders = placeholdersOf(graph, facts);
  graph.forEachNode((node, a) => {
    for (const key of placeholders.node(node, a)) Reflect.deleteProperty(a, key);
  });
  graph.forEachEdge((_edge, a) => {
    for (const key of placeholders.edge(a)) Reflect.deleteProperty(a, key);
  });
  for (const key of placeholders.graph(graph.getAttributes()))
    Reflect.deleteProperty(graph.getAttributes(), key);
}

/**
 * The graph (trimmed, see {@link trimPlaceholders}) as indented graphology JSON: `toGraphJson`'s
 * serialization without generated edge keys.
 */
export function prettyGraphJson(graph: KnowledgeGraph): string {
  const json = toGraphJson(graph);
  const edges = json.edges.map(({ key, ...edge }) =>
    key === undefined || isGeneratedEdgeKey(key) ? edge : { key, ...edge },
  );
  return JSON.stringify({ ...json, edges }, null, 2) + '\n';
}

/** A copy of `attributes` without `leave` (in their order), or null when nothing is left. */
function kept(attributes: object, leave: readonly string[]): Record<string, unknown> | null {
  const out: Record<string, unknown> = {};
  let any = false;
  for (const key in attributes) {
    const value: unknown = Reflect.get(attributes, key);
    if (value !== undefined && !leave.includes(key)) {
      out[key] = value;
      any = true;
    }
  }
  return any ? out : null;
}

/**
 * The graph as compact graphology JSON without its placeholders: {@link prettyGraphJson} of the
 * trimmed graph on one line (a test holds them equal), written item by item: the graph is not
 * changed, and no whole copy of it (`graph.export()`) is held beside it.
 */
export function compactGraphJson(graph: KnowledgeGraph, facts: ConvertedFacts): string {
  const placeholders = placeholdersOf(graph, facts);
  const items: string[] = [];
  graph.forEachNode((key, a) => {
    const attributes = kept(a, placeholders.node(key, a));
    items.push(JSON.stringify(attributes === null ? { key } : { key, attributes }));
  });
  const nodes = items.join(',');
  items.length = 0;
  let undirected = 0;
  graph.forEachEdge((key, a, source, target) => {
    const attributes = kept(a, placeholders.edge(a));
    const edge: Record<string, unknown> = isGeneratedEdgeKey(key)
      ? { source, target }
      : { key, source, target };
    if (attributes !== null) edge['attributes'] = attributes;
    // As toGraphJson marks them: graphology's own flag for an undirected edge.
    if (a.undirected === true) {
      edge['undirected'] = true;
      undirected++;
    }
    items.push(JSON.stringify(edge));
  });
  const type = undirected === 0 ? 'directed' : undirected === graph.size ? 'undirected' : 'mixed';
  const options = { type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  const attributes = graph.getAttributes();
  return `{"options":${JSON.stringify(options)},"attributes":${JSON.stringify(kept(attributes, placeholders.graph(attributes)) ?? {})},"nodes":[${nodes}],"edges":[${items.join(',')}]}\n`;
}
