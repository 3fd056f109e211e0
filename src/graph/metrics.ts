/**
 * Centrality metrics from graphology-metrics, stored on the nodes: `degree`, `pagerank`
 * (sizes the nodes) and `betweenness` (who brokers between clusters).
 */
import betweenness from 'graphology-metrics/centrality/betweenness.js';
import toUndirected from 'graphology-operators/to-undirected.js';
import { scaleSize } from './style';
import type { KnowledgeGraph } from './types';

/**
 * Graphs whose nodes × edges exceed this get no betweenness (see `computeMetrics`). Brandes'
 * algorithm costs O(V·E): about 40 ns per unit here, so the cap is about a second.
 */
export const BETWEENNESS_MAX_WORK = 25_000_000;

/** PageRank's settings, graphology-metrics' defaults. */
const ALPHA = 0.85;
const MAX_ITERATIONS = 100;
const TOLERANCE = 1e-6;

/**
 * PageRank over the undirected view (each relation a tie, a self-loop once, as on `toUndirected`'s
 * copy), by power iteration exactly as graphology-metrics' `pagerank` does it (a test compares the
 * two).
 *
 * Why not graphology-metrics' own: it follows outbound edges only, so it needs an undirected copy
 * of the graph first, and `toUndirected` copies every attribute: 1.8 s of the 2.2 s PageRank cost
 * on a 50,000-node / 200,000-edge import, against about 0.2 s for these arrays.
 *
 * Power iteration can oscillate instead of converging; then the result is what it would have
 * approached, a random walk's stationary distribution, which on an undirected graph is
 * proportional to degree (uniform without edges).
 */
export function undirectedPagerank(graph: KnowledgeGraph): Map<string, number> {
  const nodes = graph.nodes();
  const n = nodes.length;
  const index = new Map<string, number>();
  nodes.forEach((node, i) => index.set(node, i));
  // Compressed adjacency: the neighbours of node i are neighbours[starts[i] .. starts[i + 1]).
  const starts = new Uint32Array(n + 1);
  const list: number[] = [];
  for (let i = 0; i < n; i++) {
    starts[i] = list.length;
    const node = nodes[i] ?? '';
    graph.forEachEdge(node, (_edge, _attributes, source, target) =>
      list.push(index.get(source === node ? target : source) ?? 0),
    );
  }
  starts[n] = list.length;
  const neighbours = Uint32Array.from(list);
  const p = 1 / n;
  let x = new Float64Array(n).fill(p);
  let next = new Float64Array(n);
  const dangling: number[] = [];
  for (let i = 0; i < n; i++) if ((starts[i + 1] ?? 0) === starts[i]) dangling.push(i);
  let converged = false;
  for (let iteration = 0; iteration < MAX_ITERATIONS && !converged; iteration++) {
    let dangleSum = 0;
    for (const i of dangling) dangleSum += x[i] ?? 0;
    dangleSum *= ALPHA;
    next.fill(0);
    for (let i = 0; i < n; i++) {
      const start = starts[i] ?? 0;
      const end = starts[i + 1] ?? 0;
      const share = (ALPHA * (x[i] ?? 0)) / (end - start);
      for (let j = start; j < end; j++) {
        const k = neighbours[j] ?? 0;
        next[k] = (next[k] ?? 0) + share;
      }
      next[i] = (next[i] ?? 0) + dangleSum * p + (1 - ALPHA) * p;
    }
    let error = 0;
    for (let i = 0; i < n; i++) error += Math.abs((next[i] ?? 0) - (x[i] ?? 0));
    [x, next] = [next, x];
    converged = error < n * TOLERANCE;
  }
  const ranks = new Map<string, number>();
  if (converged) {
    nodes.forEach((node, i) => ranks.set(node, x[i] ?? 0));
  } else {
    const total = list.length;
    nodes.forEach((node, i) =>
      ranks.set(node, total === 0 ? p : ((starts[i + 1] ?? 0) - (starts[i] ?? 0)) / total),
    );
  }
  return ranks;
}

/**
 * Computes and stores degree, PageRank and normalised betweenness; sizes nodes by PageRank
 * unless `options.size` is false (an imported graph that brings its own sizes).
 */
export function computeMetrics(
  graph: KnowledgeGraph,
  options: { size: boolean } = { size: true },
): void {
  if (graph.order === 0) return;
  // Both over the undirected view: a relation ties two entities whichever way it reads, and
  // directed PageRank would crown the sinks (domains that many things are "designed for").
  const ranks = undirectedPagerank(graph);
  // Capped by V·E, not V: a 20,000-node graph with 80,000 edges took 96 s. Imported graphs above
  // the cap get no betweenness rather than a frozen page: each node keeps the one it had (its
  // file's, or 0 for none).
  const between: Record<string, number> | null =
    graph.order * graph.size <= BETWEENNESS_MAX_WORK
      ? betweenness(toUndirected(graph), { normalized: true, getEdgeWeight: null })
      : null;
  // Loops, not Math.min(...values): spreading 200k arguments overflows the stack.
  let min = Infinity;
  let max = -Infinity;
  for (const value of ranks.values()) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  graph.updateEachNodeAttributes((node, attributes) => ({
    ...attributes,
    degree: graph.degree(node),
    pagerank: ranks.get(node) ?? 0,
    betweenness: between === null ? attributes.betweenness : (between[node] ?? 0),
    size: options.size ? scaleSize(ranks.get(node) ?? min, min, max) : attributes.size,
  }));
}
