/**
 * The path search every query shares: options (validated up front), the rules they make, the one
 * measure paths are searched and ranked by, and one bidirectional best-first search.
 *
 * A path is a sequence of entities; a hop is a pair of them and carries every allowed relation
 * between the pair as evidence (parallel relations are evidence for one hop, not different
 * paths). A path's cost orders, in this priority:
 *  1. hops (fewer first);
 *  2. topic hubs: interior entities that are a technology or application domain (two systems
 *     "designed for" large language models share a topic, not a relationship), fewer first;
 *  3. evidence: the sum over hops of −ln(share of the hop's strongest relation), so that the
 *     path's strength, the product of its hops' shares, is exp(−cost). What a relation's share is
 *     depends on what the graph records (`pathMeasure`): its certainty's weight (the article); else,
 *     where edges carry weights that vary (Gephi, networkx), its weight ÷ the heaviest ("strongest
 *     ties"); else nothing (every share 1: fewer hops, then names).
 * Both the search and the ranking use this one cost, so the k = 1 answer is always the top-ranked.
 *
 * Written here rather than with graphology-shortest-path: its searches take no edge or node
 * filter and return node paths; filtering by copying a subgraph costs O(E) per query (thousands
 * of searches on the 100k-node benchmark graph, see `npm run bench`).
 */
import type { EdgeAttributes, KnowledgeGraph } from '../graph/types';
import { NotFoundError, UsageError } from '../model/errors';
import { DEFAULT_PATH_OPTIONS, type PathOptions } from './options';

export { DEFAULT_PATH_OPTIONS, type PathOptions } from './options';
import {
  isEntityKind,
  isPartialDate,
  isRelationKind,
  layerOf,
  RELATION_KIND_IDS,
  type Certainty,
  type EntityKind,
} from '../model/vocabulary';

/** How much each certainty counts as evidence (1 = fact). */
export const CERTAINTY_WEIGHTS: Readonly<Record<Certainty, number>> = {
  fact: 1,
  reported: 0.8,
  claim: 0.6,
  opinion: 0.45,
  speculation: 0.3,
};

/** Relations that record no certainty (imported graphs) weigh as a claim. */
const UNRATED_WEIGHT = CERTAINTY_WEIGHTS.claim;

/** The evidence weight of a certainty. */
export function certaintyWeight(certainty: Certainty | undefined): number {
  return certainty === undefined ? UNRATED_WEIGHT : CERTAINTY_WEIGHTS[certainty];
}

/** Entity kinds that are topics: an interior topic makes a path a "shared topic" link. */
export const TOPIC_KINDS: ReadonlySet<string> = new Set<EntityKind>(['domain']);

// The cost is one number: hops, hubs and evidence in separate magnitudes. Evidence per hop is at
// most −ln(0.3) ≈ 1.2 (a tie's weight, −ln(MIN_SHARE) ≈ 13.8), so 20 hops stay below HUB; 20 hubs
// stay below HOP.
const HOP = 1e6;
const HUB = 1e3;
// −ln(weight) per certainty, looked up rather than computed: this is read on every relaxed edge.
const COSTS: Readonly<Record<Certainty, number>> = {
  fact: -Math.log(CERTAINTY_WEIGHTS.fact),
  reported: -Math.log(CERTAINTY_WEIGHTS.reported),
  claim: -Math.log(CERTAINTY_WEIGHTS.claim),
  opinion: -Math.log(CERTAINTY_WEIGHTS.opinion),
  speculation: -Math.log(CERTAINTY_WEIGHTS.speculation),
};
const UNRATED_COST = -Math.log(UNRATED_WEIGHT);
const EVIDENCE_COST = (certainty: Certainty | undefined) =>
  certainty === undefined ? UNRATED_COST : COSTS[certainty];

/**
 * What paths of equal length are ranked by, chosen from what the graph's edges record:
 * - `evidence`: some relation records a certainty (the article): the product of certainty weights;
 * - `weight`: none does, and the edges' numeric weights vary (an imported graph of co-occurrence
 *   counts or tie strengths): strongest ties, the product of each tie's weight ÷ the heaviest;
 * - `hops`: neither: hops alone (then names).
 */
export type PathRanking = 'evidence' | 'weight' | 'hops';

/** How one graph's relations count in a path: the ranking, and each relation's share. */
export interface PathMeasure {
  readonly ranking: PathRanking;
  /** The heaviest weight (the share 1); 0 unless the ranking is `weight`. */
  readonly heaviest: number;
  /** The lightest weight: what a relation without one counts as; 0 unless the ranking is `weight`. */
  readonly lightest: number;
  /** A relation's share of a perfect hop, in (0, 1]: a path's strength multiplies them. */
  readonly share: (attributes: EdgeAttributes) => number;
  /** −ln(share): read on every relaxed edge, so looked up (certainties) where it can be. */
  readonly cost: (attributes: EdgeAttributes) => number;
}

/** An edge's numeric `weight` (the importer keeps it from Gephi, networkx, graphology files). */
export function weightOf(attributes: EdgeAttributes): number | undefined {
  const value = 'weight' in attributes ? attributes.weight : undefined;
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * The least share a weighed tie counts for: a zero or negative weight (or one a million times
 * lighter than the heaviest) still joins two entities, and −ln(0) would make its path unreachable.
 * −ln(1e-6) ≈ 13.8 per hop keeps 20 hops below HUB.
 */
const MIN_SHARE = 1e-6;

/**
 * A relation's evidence share: its certainty's weight, raised by each further source that supports
 * it (each halves what it lacks of 1: an opinion 0.45 backed by two sources counts 0.73) and
 * lowered by each that contests it (each halves it). Corroborated evidence ranks higher.
 */
export function evidenceShare(a: EdgeAttributes): number {
  let share = certaintyWeight(a.certainty);
  const corroboration = a.corroboration;
  if (corroboration === undefined || corroboration.length === 0) return share;
  const cited = new Set(a.citations.map((c) => c.source));
  const backing = new Set<string>();
  const contesting = new Set<string>();
  for (const c of corroboration) {
    if (c.stance === 'contests') contesting.add(c.source);
    else if (!cited.has(c.source)) backing.add(c.source);
  }
  for (let i = 0; i < backing.size; i++) share = 1 - (1 - share) / 2;
  for (let i = 0; i < contesting.size; i++) share /= 2;
  return share;
}

const EVIDENCE_MEASURE: PathMeasure = {
  ranking: 'evidence',
  heaviest: 0,
  lightest: 0,
  share: evidenceShare,
  // The certainty's cost looked up, unless other sources weigh in (few relations).
  cost: (a) =>
    a.corroboration === undefined || a.corroboration.length === 0
      ? EVIDENCE_COST(a.certainty)
      : -Math.log(evidenceShare(a)),
};

const HOPS_MEASURE: PathMeasure = {
  ranking: 'hops',
  heaviest: 0,
  lightest: 0,
  share: () => 1,
  cost: () => 0,
};

function weightMeasure(heaviest: number, lightest: number): PathMeasure {
  // w ÷ heaviest, so the heaviest tie counts as 1; a tie without a weight as the lightest.
  const share = (a: EdgeAttributes) => Math.max(MIN_SHARE, (weightOf(a) ?? lightest) / heaviest);
  return { ranking: 'weight', heaviest, lightest, share, cost: (a) => -Math.log(share(a)) };
}

/** Per graph, its measure, rechecked when the graph's size changes (an edit adds or drops edges). */
const measureCache = new WeakMap<KnowledgeGraph, { size: number; measure: PathMeasure }>();

/**
 * How a graph's paths are measured (see `PathRanking`): one pass over the edges, cached per graph.
 * Weights "vary" when the heaviest is positive and above the lightest: Gephi writes
 * `weight="1.0"` on every edge of an unweighted graph, and equal weights rank nothing.
 * @param graph - the graph the paths are searched in
 */
export function pathMeasure(graph: KnowledgeGraph): PathMeasure {
  const cached = measureCache.get(graph);
  if (cached !== undefined && cached.size === graph.size) return cached.measure;
  // The article answers on its first edge; only a graph without certainty is read to the end.
  const rated = graph.someEdge((_edge, a) => a.certainty !== undefined);
  let heaviest = -Infinity;
  let lightest = Infinity;
  if (!rated)
    graph.forEachEdge((_edge, a) => {
      const w = weightOf(a);
      if (w === undefined) return;
      if (w > heaviest) heaviest = w;
      if (w < lightest) lightest = w;
    });
  const measure = rated
    ? EVIDENCE_MEASURE
    : heaviest > 0 && heaviest > lightest
      ? weightMeasure(heaviest, lightest)
      : HOPS_MEASURE;
  measureCache.set(graph, { size: graph.size, measure });
  return measure;
}

/**
 * What a graph's paths of equal length are ranked by: `evidence`, `weight` or `hops`.
 * @param graph - the graph the paths are searched in
 */
export function pathRanking(graph: KnowledgeGraph): PathRanking {
  return pathMeasure(graph).ranking;
}

/**
 * General knowledge: a relation no source asserts, resting on its stated basis (an imported
 * relation with neither asserter nor basis is an ordinary tie).
 */
export function isBackground(a: EdgeAttributes): boolean {
  return a.assertedBy.length === 0 && a.attribution !== undefined;
}

/** Relation kinds of the provenance layer, as a set for the hot path. */
const PROVENANCE_KINDS: ReadonlySet<string> = new Set(
  RELATION_KIND_IDS.filter((kind) => layerOf(kind) === 'provenance'),
);

/** Merges options over the defaults and validates them. @throws UsageError, NotFoundError */
export function resolvePathOptions(
  graph: KnowledgeGraph,
  options: Partial<PathOptions> = {},
): PathOptions {
  const o = { ...DEFAULT_PATH_OPTIONS, ...options };
  if (!Number.isInteger(o.k) || o.k < 1 || o.k > 50)
    throw new UsageError(`k must be a whole number from 1 to 50, got ${String(o.k)}`);
  if (!Number.isInteger(o.maxHops) || o.maxHops < 1 || o.maxHops > 20) {
    throw new UsageError(`maxHops must be a whole number from 1 to 20, got ${String(o.maxHops)}`);
  }
  for (const kind of o.relations ?? []) {
    // Imported graphs bring their own kinds: known means in the schema or in the graph.
    if (!isRelationKind(kind) && !graph.someEdge((_e, a) => a.kind === kind)) {
      throw new UsageError(`unknown relation kind "${kind}"`);
    }
  }
  if (o.relations !== null && o.relations.length === 0)
    throw new UsageError('relations, when given, must name at least one relation kind');
  for (const kind of o.avoidKinds) {
    if (!isEntityKind(kind) && !graph.someNode((_n, a) => a.kind === kind)) {
      throw new UsageError(`unknown entity kind "${kind}"`);
    }
  }
  for (const id of o.avoid) {
    if (!graph.hasNode(id)) throw new NotFoundError('entity to avoid', id);
  }
  if (o.by !== null) {
    if (o.by.length === 0) throw new UsageError('by, when given, must name at least one asserter');
    for (const id of o.by) if (!graph.hasNode(id)) throw new NotFoundError('asserter', id);
  }
  if (o.asOf !== null && !isPartialDate(o.asOf))
    throw new UsageError(
      `asOf must be a date written YYYY, YYYY-MM or YYYY-MM-DD, got "${o.asOf}"`,
    );
  return o;
}

/** Checks both ends exist and are not avoided. @throws NotFoundError, UsageError */
export function checkEnds(graph: KnowledgeGraph, from: string, to: string, o: PathOptions): void {
  if (!graph.hasNode(from)) throw new NotFoundError('entity', from);
  if (!graph.hasNode(to)) throw new NotFoundError('entity', to);
  for (const end of [from, to]) {
    if (o.avoid.includes(end))
      throw new UsageError(`"${end}" is an end of the path and cannot also be avoided`);
  }
}

/** Compares partial dates by their common precision ("2025-07" is not after "2025"). */
function datedAfter(date: string | undefined, asOf: string | null): boolean {
  if (date === undefined || asOf === null) return false;
  const n = Math.min(date.length, asOf.length);
  return date.slice(0, n) > asOf.slice(0, n);
}

/** What a search may use; a null test means "everything" (no attribute reads on the hot path). */
export interface SearchRules {
  readonly directed: boolean;
  readonly maxHops: number;
  readonly edgeOk: ((edge: string, attributes: EdgeAttributes) => boolean) | null;
  readonly nodeOk: ((node: string) => boolean) | null;
  /** A hop from `a` to `b` (in path order) may be taken; for Yen's banned hops. */
  readonly hopOk: ((a: string, b: string) => boolean) | null;
  /** The query's two ends: never topic hubs, never filtered out. */
  readonly from: string;
  readonly to: string;
  /** How the graph's relations count (its ranking: evidence, weight or hops). */
  readonly measure: PathMeasure;
}

/** The rules a query's options make. */
export function rulesOf(
  graph: KnowledgeGraph,
  from: string,
  to: string,
  o: PathOptions,
): SearchRules {
  const relations = o.relations === null ? null : new Set<string>(o.relations);
  const by = o.by === null ? null : new Set(o.by);
  const avoid = new Set(o.avoid);
  const avoidKinds = new Set<string>(o.avoidKinds);
  const { asOf, withProvenance } = o;
  return {
    from,
    to,
    measure: pathMeasure(graph),
    directed: o.directed,
    maxHops: o.maxHops,
    hopOk: null,
    edgeOk:
      relations === null && asOf === null && withProvenance && by === null
        ? null
        : (_edge, a) =>
            (relations === null || relations.has(a.kind)) &&
            // Provenance and general knowledge (what no source asserts: where a city lies) are
            // background, not answers: followed only when asked.
            (withProvenance || (!PROVENANCE_KINDS.has(a.kind) && !isBackground(a))) &&
            (by === null || a.assertedBy.some((who) => by.has(who))) &&
            !datedAfter(a.date, asOf),
    nodeOk:
      avoid.size === 0 && avoidKinds.size === 0 && asOf === null
        ? null
        : (node) => {
            if (avoid.has(node)) return false;
            const a = graph.getNodeAttributes(node);
            return !avoidKinds.has(a.kind) && !datedAfter(a.date, asOf);
          },
  };
}

/**
 * The topic entities of a graph, computed once per graph: the search asks on every relaxed edge,
 * and most imported graphs have none (then the check is one size test). Entity kinds never change
 * after a graph is built or imported, so the cache cannot go stale.
 */
const topicCache = new WeakMap<KnowledgeGraph, ReadonlySet<string>>();
function topicNodes(graph: KnowledgeGraph): ReadonlySet<string> {
  let topics = topicCache.get(graph);
  if (topics === undefined) {
    topics = new Set(graph.filterNodes((_node, a) => TOPIC_KINDS.has(a.kind)));
    topicCache.set(graph, topics);
  }
  return topics;
}

/**
 * Each edge's position in the graph, computed once per graph: graphology lists parallel edges
 * newest first, and a hop's equally strong relations should read in the curated order.
 */
const orderCache = new WeakMap<KnowledgeGraph, ReadonlyMap<string, number>>();
function edgeOrder(graph: KnowledgeGraph): ReadonlyMap<string, number> {
  let order = orderCache.get(graph);
  if (order === undefined) {
    order = new Map(graph.edges().map((edge, i) => [edge, i]));
    orderCache.set(graph, order);
  }
  return order;
}

/** True when `node` would be an interior topic hub of a path between the rules' ends. */
export function isTopicHub(graph: KnowledgeGraph, rules: SearchRules, node: string): boolean {
  return node !== rules.from && node !== rules.to && topicNodes(graph).has(node);
}

/**
 * Every relation that may serve as the hop `a → b` under the rules, strongest first, then in the
 * graph's (curated) order.
 */
export function hopEvidence(
  graph: KnowledgeGraph,
  rules: SearchRules,
  a: string,
  b: string,
): string[] {
  const found: [string, number][] = [];
  const { share } = rules.measure;
  const take = (edge: string, attributes: EdgeAttributes) => {
    if (rules.edgeOk === null || rules.edgeOk(edge, attributes))
      found.push([edge, share(attributes)]);
  };
  graph.forEachOutEdge(a, b, take);
  graph.forEachOutEdge(b, a, (edge, attributes) => {
    if (!rules.directed || attributes.undirected === true) take(edge, attributes);
  });
  // Among equals, the curated order of the data files (roughly, the article's order).
  const order = edgeOrder(graph);
  const at = (edge: string) => order.get(edge) ?? Infinity;
  return found.sort((x, y) => y[1] - x[1] || at(x[0]) - at(y[0])).map(([edge]) => edge);
}

/** The cost of a path given its nodes and each hop's strongest relation (see the module note). */
export function pathCost(
  graph: KnowledgeGraph,
  rules: SearchRules,
  nodes: readonly string[],
  edges: readonly string[],
): number {
  let cost = 0;
  edges.forEach((edge, i) => {
    const next = nodes[i + 1] ?? '';
    cost +=
      HOP +
      (i + 1 < edges.length && isTopicHub(graph, rules, next) ? HUB : 0) +
      rules.measure.cost(graph.getEdgeAttributes(edge));
  });
  return cost;
}

/** Per side of the search: each reached node's cost and the edge it was best reached by. */
interface Side {
  readonly cost: Map<string, number>;
  readonly predEdge: Map<string, string>;
  frontier: string[];
  level: number;
}

const newSide = (start: string): Side => ({
  cost: new Map([[start, 0]]),
  predEdge: new Map(),
  frontier: [start],
  level: 0,
});

/**
 * The cheapest path from `start` to `rules.to` under the rules, or null.
 *
 * Bidirectional and layer by layer from the side with the smaller frontier: hops dominate the
 * cost, so every node of a layer has the same hop count and keeping, per node, its cheapest
 * predecessor is exact (a Dijkstra whose queue is the layer: no heap). Costs are arranged so the
 * two halves add up: the forward side pays for entering a hub, the backward side for the hub it
 * leaves towards the end. The meeting node with the least total wins.
 */
export function search(
  graph: KnowledgeGraph,
  start: string,
  rules: SearchRules,
): { nodes: string[]; edges: string[] } | null {
  const { to, edgeOk, nodeOk, hopOk, directed } = rules;
  const edgeCost = rules.measure.cost;
  if (start === to) return { nodes: [start], edges: [] };
  const forward = newSide(start);
  const backward = newSide(to);
  let meet: string | null = null;
  const topics = topicNodes(graph);
  const hubCost =
    topics.size === 0
      ? () => 0
      : (node: string) => (node !== rules.from && node !== to && topics.has(node) ? HUB : 0);

  while (meet === null && forward.frontier.length > 0 && backward.frontier.length > 0) {
    if (forward.level + backward.level >= rules.maxHops) return null;
    const isForward = forward.frontier.length <= backward.frontier.length;
    const side = isForward ? forward : backward;
    const other = isForward ? backward : forward;
    const next: string[] = [];
    let bestTotal = Infinity;
    // One relax function per layer (not per node): u, base and uHub are updated in place.
    let u = '';
    let base = 0;
    let uHub = 0;
    const relax = (edge: string, attributes: EdgeAttributes, source: string, target: string) => {
      const v = source === u ? target : source;
      if (v === u) return; // self-loop
      if (directed && attributes.undirected !== true) {
        // Forward walks out-edges; backward walks in-edges (the path runs v → u).
        if (isForward ? source !== u : target !== u) return;
      }
      if (edgeOk !== null && !edgeOk(edge, attributes)) return;
      if (nodeOk !== null && v !== start && v !== to && !nodeOk(v)) return;
      if (hopOk !== null && !(isForward ? hopOk(u, v) : hopOk(v, u))) return;
      const known = side.cost.get(v);
      const cost = base + (isForward ? hubCost(v) : uHub) + edgeCost(attributes);
      if (known === undefined) next.push(v);
      else if (known <= cost) return; // reached earlier, or as well in this layer
      side.cost.set(v, cost);
      side.predEdge.set(v, edge);
    };
    for (const node of side.frontier) {
      u = node;
      base = (side.cost.get(node) ?? 0) + HOP;
      uHub = isForward ? 0 : hubCost(node);
      graph.forEachEdge(node, relax);
    }
    // Every cheapest path crosses the new layer at a node the other side has reached.
    for (const v of next) {
      const otherCost = other.cost.get(v);
      if (otherCost === undefined) continue;
      const total = (side.cost.get(v) ?? 0) + otherCost;
      if (
        total < bestTotal - 1e-9 ||
        (Math.abs(total - bestTotal) <= 1e-9 && meet !== null && v < meet)
      ) {
        bestTotal = total;
        meet = v;
      }
    }
    side.frontier = next;
    side.level++;
  }
  if (meet === null) return null;

  const nodes = [meet];
  const edges: string[] = [];
  // Walk back from the meeting node to both ends.
  for (const [side, end, atStart] of [
    [forward, start, true],
    [backward, to, false],
  ] as const) {
    for (let node = meet; node !== end;) {
      const edge = side.predEdge.get(node);
      const previous = edge === undefined ? undefined : graph.opposite(node, edge);
      if (edge === undefined || previous === undefined) return null;
      if (atStart) {
        edges.unshift(edge);
        nodes.unshift(previous);
      } else {
        edges.push(edge);
        nodes.push(previous);
      }
      node = previous;
    }
  }
  return edges.length > rules.maxHops || new Set(nodes).size !== nodes.length
    ? null
    : { nodes, edges };
}
