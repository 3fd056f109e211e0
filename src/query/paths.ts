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

function toPath(graph: KnowledgeGraph, rules: SearchRules, nodes: readonly string[]): GraphPath {
  const evidence = nodes
    .slice(1)
    .map((next, i) =>
      preferOnPath(graph, rules, hopEvidence(graph, rules, nodes[i] ?? '', next), nodes, i),
    );
  const edges = evidence.map((list) => list[0] ?? '');
  return {
    nodes,
    edges,
    evidence,
    hops: edges.length,
    strength: edges.reduce(
      (product, edge) => product * rules.measure.share(graph.getEdgeAttributes(edge)),
      1,
    ),
    topicHubs: nodes.slice(1, -1).filter((node) => isTopicHub(graph, rules, node)),
    cost: pathCost(graph, rules, nodes, edges),
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
  const found: GraphPath[] = [toPath(graph, rules, first.nodes)];
  if (from === to) return found;
  const candidates: GraphPath[] = [];
  const seen = new Set<string>([first.nodes.join('\u0000')]);

  while (found.length < o.k) {
    const previous = found[found.length - 1];
    if (!previous) break;
    for (let i = 0; i < previous.hops; i++) {
      const spur = previous.nodes[i];
      if (spur === undefined) break;
      const root = previous.nodes.slice(0, i + 1);
      const rootKey = root.join('\u0000');
      // Hops already taken from this root by a found path are banned: the next path must differ.
      const bannedNext = new Set<string>();
      for (const path of found) {
        const next = path.nodes[i + 1];
        if (next !== undefined && path.nodes.slice(0, i + 1).join('\u0000') === rootKey)
          bannedNext.add(next);
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
      candidates.push(toPath(graph, rules, nodes));
    }
    if (candidates.length === 0) break;
    candidates.sort(comparePaths);
    const next = candidates.shift();
    if (next) found.push(next);
  }
  return found.sort(comparePaths);
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
  if (from === to) return [toPath(graph, rules, [from])];
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
  return sequences.map((nodes) => toPath(graph, rules, nodes)).sort(comparePaths);
}
