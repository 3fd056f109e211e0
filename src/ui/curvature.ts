/**
 * Curvature for parallel edges (several relations between the same two entities), so each stays
 * visible and clickable. @sigma/edge-curve's `indexParallelEdgesIndex` writes its indices into the
 * graph's attributes, which would leak into the JSON/GEXF exports; this computes the same spread
 * into a separate map instead.
 */
import type { AbstractGraph } from 'graphology-types';

/** Base curvature of the first parallel edge. */
export const PARALLEL_CURVATURE = 0.25;

/** Edge id → curvature, for edges that share both ends with another edge (either direction). */
export function parallelEdgeCurvatures(graph: AbstractGraph): Map<string, number> {
  const groups = new Map<string, string[]>();
  graph.forEachEdge((edge, _a, source, target) => {
    const key = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const group = groups.get(key);
    if (group) group.push(edge);
    else groups.set(key, [edge]);
  });
  const curvatures = new Map<string, number>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    group.forEach((edge, i) => {
      // Curvature is relative to the edge's own direction: flip reversed edges so they fan out.
      const [first] = group;
      const sameWay = first !== undefined && graph.source(edge) === graph.source(first);
      const magnitude = PARALLEL_CURVATURE * (1 + Math.floor(i / 2)) * (i % 2 === 0 ? 1 : -1);
      curvatures.set(edge, sameWay ? magnitude : -magnitude);
    });
  }
  return curvatures;
}
