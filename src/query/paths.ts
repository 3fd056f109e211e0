/**
 * `findPaths`: how is X connected to Y? The k cheapest simple paths (Yen's algorithm over
 * sequences of entities), under constraints. `allShortestPaths`: every path of the fewest hops.
 * The cost, the options and the search live in `search.ts`; every result carries, per hop, all the
 * relations between its two entities as evidence.
 */
import type { KnowledgeGraph } from '../graph/types';
import {
  checkEnds,
  hopEvidence,
  isTopicHub,
  pathCost,
  resolvePathOptions,
  rulesOf,
  search,
  type PathOptions,
  type SearchRules,
} from './search';

export {
  CERTAINTY_WEIGHTS,
  DEFAULT_PATH_OPTIONS,
  certaintyWeight,
  pathRanking,
  resolvePathOptions,
  type PathOptions,
  type PathRanking,
} from './search';

/** A path: entities in order and, per hop, its evidence. `nodes.length === hops + 1`. */
export interface GraphPath {
  readonly nodes: readonly string[];
  /** Per hop, its strongest relation (the one the explanation reads). */
  readonly edges: readonly string[];
  /** Per hop, every relation between its two entities that the options allow, strongest first. */
  readonly evidence: readonly (readonly string[])[];
  readonly hops: number;
  /**
   * Product of the hops' strongest relations' shares (see `pathMeasure`): their certainty
   * weights (1 when every hop is a fact); in a weighted imported graph, their weights ÷ the
   * heaviest (1 when every tie is the heaviest); 1 where the graph records neither.
   */
  readonly strength: number;
  /** Interior entities that are topics (a shared field, not a tie): ranked after direct ties. */
  readonly topicHubs: readonly string[];
  /** The one number paths are searched and ranked by (lower is better; see `search.ts`). */
  readonly cost: number;
}

/**
 * Among a hop's equally strong relations, a statement about the path's next (or previous) entity
 * reads first: SemiAnalysis → Dylan Patel → Huawei → Nvidia reads Patel's claim about Nvidia.
 */
function preferOnPath(
  graph: KnowledgeGraph,
  rules: SearchRules,
  evidence: readonly string[],
  nodes: readonly string[],
  i: number,
): string[] {
  const around = new Set([nodes[i - 1], nodes[i + 2]].filter((n) => n !== undefined));
  const onPath = (edge: string) => {
    const stated = graph.getEdgeAttribute(edge, 'statementOf');
    return stated !== undefined &&
      graph.hasEdge(stated) &&
      (around.has(graph.source(stated)) || around.has(graph.target(stated)))
      ? 1
      : 0;
  };
  const weight = (edge: string) => rules.measure.share(graph.getEdgeAttributes(edge));
  // A stable sort keeps hopEvidence's order (by id) among equals.
  return [...evidence].sort((a, b) => weight(b) - weight(a) || onPath(b) - onPath(a));
}

/** The quote a relation carries: a statement link's relation, or the relation itself. */
function quoteOf(graph: KnowledgeGraph, edge: string): string {
  return graph.getEdgeAttribute(edge, 'statementOf') ?? edge;
}

/**
 * One relation per hop such that no quote is read twice (a statement link and the relation it
 * was derived from are one remark, as are two links of the same statement), the strongest such
 * choice; null when none exists. Exhaustive, with a bound: paths are short and a hop carries few
 * relations, and without statement links the strongest per hop is always the answer.
 */
function distinctQuotes(
  graph: KnowledgeGraph,
  rules: SearchRules,
  evidence: readonly (readonly string[])[],
): string[] | null {
  const strongest = evidence.map((list) => list[0] ?? '');
  const quotes = strongest.map((edge) => quoteOf(graph, edge));
  if (new Set(quotes).size === quotes.length) return strongest;
  const gain = (edge: string) => Math.log(rules.measure.share(graph.getEdgeAttributes(edge)));
  // The best still reachable from hop i on: each later hop's strongest (an upper bound).
  const bound = strongest.map(gain);
  for (let i = bound.length - 2; i >= 0; i--) bound[i] = (bound[i] ?? 0) + (bound[i + 1] ?? 0);
  let best: string[] | null = null;
  let bestScore = -Infinity;
  const chosen: string[] = [];
  const used = new Set<string>();
  const walk = (i: number, score: number) => {
    if (score + (bound[i] ?? 0) <= bestScore) return;
    if (i === evidence.length) {
      best = [...chosen];
      bestScore = score;
      return;
    }
    for (const edge of evidence[i] ?? []) {
      const quote = quoteOf(graph, edge);
      if (used.has(quote)) continue;
      used.add(quote);
      chosen.push(edge);
      walk(i + 1, score + gain(edge));
      chosen.pop();
      used.delete(quote);
    }
  };
  walk(0, 0);
  return best;
}

/**
 * A sequence of entities as a search candidate: `bound`, the cost with each hop's strongest
 * relation (what the search orders by, a lower bound); `path`, the path as read with one quote
 * counted once, or null when the hops can only be read by repeating a quote.
 */
interface Candidate {
  readonly nodes: readonly string[];
  readonly bound: number;
  readonly path: GraphPath | null;
}

function toCandidate(
  graph: KnowledgeGraph,
  rules: SearchRules,
  nodes: readonly string[],
): Candidate {
  const evidence = nodes
    .slice(1)
    .map((next, i) =>
      preferOnPath(graph, rules, hopEvidence(graph, rules, nodes[i] ?? '', next), nodes, i),
    );
  const bound = pathCost(
    graph,
    rules,
    nodes,
    evidence.map((list) => list[0] ?? ''),
  );
  const edges = distinctQuotes(graph, rules, evidence);
  if (edges === null) return { nodes, bound, path: null };
  return {
    nodes,
    bound,
    path: {
      nodes,
      edges,
      // The relation the hop reads first; then the rest of its evidence, save the remarks other
      // hops read (one remark is never evidence twice in a path, not even as "also").
      evidence: evidence.map((list, i) => {
        const elsewhere = new Set(
          edges.filter((_, j) => j !== i).map((edge) => quoteOf(graph, edge)),
        );
        return [
          edges[i] ?? '',
          ...list.filter((edge) => edge !== edges[i] && !elsewhere.has(quoteOf(graph, edge))),
        ];
      }),
      hops: edges.length,
      strength: edges.reduce(
        (product, edge) => product * rules.measure.share(graph.getEdgeAttributes(edge)),
        1,
      ),
      topicHubs: nodes.slice(1, -1).filter((node) => isTopicHub(graph, rules, node)),
      cost: pathCost(graph, rules, nodes, edges),
    },
  };
}

/** Best first: the lower cost (fewer hops, then fewer topic hubs, then stronger evidence or ties), then a stable order by entity ids. */
export function comparePaths(a: GraphPath, b: GraphPath): number {
  if (Math.abs(a.cost - b.cost) > 1e-9) return a.cost - b.cost;
  const ka = a.nodes.join('\u0000');
  const kb = b.nodes.join('\u0000');
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/**
 * The k best simple paths from `from` to `to` (Yen's algorithm), best first; each a different
 * sequence of entities. `[]` when no path satisfies the options; one zero-hop path when
 * `from === to`.
 * @throws NotFoundError for unknown entities; UsageError for invalid options
 */
export function findPaths(
  graph: KnowledgeGraph,
  from: string,
  to: string,
  options: Partial<PathOptions> = {},
): GraphPath[] {
  const o = resolvePathOptions(graph, options);
  checkEnds(graph, from, to, o);
  const rules = rulesOf(graph, from, to, o);
  const first = search(graph, from, rules);
  if (!first) return [];
  // Zero hops read no quote: always a path.
  if (from === to) return [toCandidate(graph, rules, first.nodes).path].filter((p) => p !== null);
  // Yen's algorithm over entity sequences, in the order of their bound (each hop's strongest
  // relation). A sequence whose hops can only be read by counting one quote twice is explored
  // (its deviations may be good paths) but not returned; one that must read a weaker relation
  // costs more than its bound, so the search goes on until no unexplored sequence could beat
  // the k-th path found.
  const explored: Candidate[] = [];
  const found: GraphPath[] = [];
  const candidates: Candidate[] = [toCandidate(graph, rules, first.nodes)];
  const seen = new Set<string>([first.nodes.join('\u0000')]);
  // A safety net for pathological graphs (every short path repeating a quote): never reached by
  // the article or the bench, whose paths are valid as found.
  const limit = 20 * o.k + 100;
  const kth = () => found[o.k - 1]?.cost ?? Infinity;

  while (candidates.length > 0 && explored.length < limit) {
    candidates.sort((a, b) => a.bound - b.bound || compareNodes(a.nodes, b.nodes));
    const next = candidates[0];
    if (next === undefined || next.bound > kth() + 1e-9) break;
    candidates.shift();
    explored.push(next);
    if (next.path) {
      found.push(next.path);
      found.sort(comparePaths);
    }
    const previous = next.nodes;
    for (let i = 0; i < previous.length - 1; i++) {
      const spur = previous[i];
      if (spur === undefined) break;
      const root = previous.slice(0, i + 1);
      const rootKey = root.join('\u0000');
      // Hops already taken from this root by an explored sequence are banned: the next differs.
      const bannedNext = new Set<string>();
      for (const { nodes } of explored) {
        const after = nodes[i + 1];
        if (after !== undefined && nodes.slice(0, i + 1).join('\u0000') === rootKey)
          bannedNext.add(after);
      }
      const bannedNodes = new Set(root.slice(0, -1));
      const spurPath = search(graph, spur, {
        ...rules,
        maxHops: o.maxHops - i,
        hopOk: (a, b) => a !== spur || !bannedNext.has(b),
        nodeOk: (node) => !bannedNodes.has(node) && (rules.nodeOk === null || rules.nodeOk(node)),
      });
      if (!spurPath) continue;
      const nodes = [...root.slice(0, -1), ...spurPath.nodes];
      const key = nodes.join('\u0000');
      if (seen.has(key) || new Set(nodes).size !== nodes.length) continue;
      seen.add(key);
      candidates.push(toCandidate(graph, rules, nodes));
    }
  }
  return found.slice(0, o.k);
}

/** Entity sequences in a stable order (ties of cost). */
function compareNodes(a: readonly string[], b: readonly string[]): number {
  const ka = a.join('\u0000');
  const kb = b.join('\u0000');
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/**
 * Whether following provenance relations (who was quoted where, where an outlet is based) would
 * connect two entities that the options leave unconnected: only then is "include provenance"
 * worth suggesting. False when the options already include provenance.
 * @throws NotFoundError for unknown entities; UsageError for invalid options
 */
export function provenanceWouldConnect(
  graph: KnowledgeGraph,
  from: string,
  to: string,
  options: Partial<PathOptions> = {},
): boolean {
  if (options.withProvenance === true || from === to) return false;
  return findPaths(graph, from, to, { ...options, k: 1, withProvenance: true }).length > 0;
}

/**
 * Every path of the fewest hops (up to `limit`, each a different sequence of entities), best
 * first.
 * @throws NotFoundError for unknown entities; UsageError for invalid options
 */
export function allShortestPaths(
  graph: KnowledgeGraph,
  from: string,
  to: string,
  options: Partial<Omit<PathOptions, 'k'>> = {},
  limit = 100,
): GraphPath[] {
  const o = resolvePathOptions(graph, options);
  checkEnds(graph, from, to, o);
  const rules = rulesOf(graph, from, to, o);
  if (from === to) return [toCandidate(graph, rules, [from]).path].filter((p) => p !== null);
  // Breadth-first layers, remembering every entity that reaches a node from the previous layer.
  const depth = new Map<string, number>([[from, 0]]);
  const into = new Map<string, Set<string>>();
  let frontier = [from];
  for (let d = 0; d < o.maxHops && frontier.length > 0 && !depth.has(to); d++) {
    const next: string[] = [];
    for (const u of frontier) {
      for (const v of graph.neighbors(u)) {
        if (rules.nodeOk !== null && v !== to && !rules.nodeOk(v)) continue;
        const known = depth.get(v);
        if (known !== undefined && known !== d + 1) continue;
        if (hopEvidence(graph, rules, u, v).length === 0) continue;
        if (known === undefined) {
          depth.set(v, d + 1);
          next.push(v);
        }
        const preds = into.get(v) ?? new Set<string>();
        preds.add(u);
        into.set(v, preds);
      }
    }
    frontier = next;
  }
  if (!depth.has(to)) return [];
  const sequences: string[][] = [];
  const walk = (node: string, after: string[]) => {
    if (sequences.length >= limit) return;
    if (node === from) {
      sequences.push([from, ...after]);
      return;
    }
    for (const previous of into.get(node) ?? []) walk(previous, [node, ...after]);
  };
  walk(to, []);
  // A sequence that can only be read by counting one quote twice is not a path of its own.
  return sequences
    .map((nodes) => toCandidate(graph, rules, nodes).path)
    .filter((path) => path !== null)
    .sort(comparePaths);
}
