/**
 * `arrangeImported`: what an imported graph needs before it is shown — metrics (which size the
 * nodes unless the file brings sizes) and a layout unless the file brings positions.
 */
import { computeMetrics } from '../graph/metrics';
import type { KnowledgeGraph } from '../graph/types';
import { applyLayout, layoutOptionsFor } from './layout';

/**
 * Computes metrics and, when the file gave no positions, a layout scaled to the graph's size.
 * @param given - what the file brought for every node: positions, sizes
 */
export function arrangeImported(
  graph: KnowledgeGraph,
  given: { readonly positioned: boolean; readonly sized: boolean },
): KnowledgeGraph {
  computeMetrics(graph, { size: !given.sized });
  if (!given.positioned) applyLayout(graph, layoutOptionsFor(graph.order));
  return graph;
}
