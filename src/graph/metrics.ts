/**
 * Centrality metrics from graphology-metrics, stored on the nodes: `degree`, `pagerank`
 * (sizes the nodes) and `betweenness` (who brokers between clusters).
 */
import betweenness from 'graphology-metrics/centrality/betweenness.js';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import toUndirected from 'graphology-operators/to-undirected.js';
import { scaleSize } from './style';
import type { KnowledgeGraph } from './types';

/** Graphs with more nodes than this get no betweenness (see `computeMetrics`). */
export const BETWEENNESS_MAX_NODES = 20_000;

/**
 * PageRank over the undirected view. Power iteration can oscillate instead of converging (a
 * self-loop in a tiny graph), and graphology-metrics then throws: fall back to what it would have
 * approached, a random walk's stationary distribution, which on an undirected graph is
 * proportional to degree (uniform without edges).
 */
function rank(undirected: ReturnType<typeof toUndirected>): Record<string, number> {
  try {
    return pagerank(undirected, { getEdgeWeight: null });
  } catch {
    const total = undirected.reduceNodes((sum, node) => sum + undirected.degree(node), 0);
    const ranks: Record<string, number> = {};
    undirected.forEachNode((node) => {
      ranks[node] = total === 0 ? 1 / undirected.order : undirected.degree(node) / total;
    });
    return ranks;
  }
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
  const undirected = toUndirected(graph);
  const ranks = rank(undirected);
  // Brandes' algorithm is O(V·E): about 1 s at 9,000 nodes here, minutes at 100,000. Imported
  // graphs above the cap get no betweenness (0) rather than a frozen page.
  const between: Record<string, number> =
    graph.order <= BETWEENNESS_MAX_NODES
      ? betweenness(undirected, { normalized: true, getEdgeWeight: null })
      : {};
  // Loops, not Math.min(...values): spreading 200k arguments overflows the stack.
  let min = Infinity;
  let max = -Infinity;
  for (const value of Object.values(ranks)) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  graph.updateEachNodeAttributes((node, attributes) => ({
    ...attributes,
    degree: graph.degree(node),
    pagerank: ranks[node] ?? 0,
    betweenness: between[node] ?? 0,
    size: options.size ? scaleSize(ranks[node] ?? min, min, max) : attributes.size,
  }));
}
