/**
 * The ids writers give edges. An edge a file brought without an id has a key graphology made
 * (`geid_<instance>_<n>`, the instance number starting from a random byte): written as it is, the
 * same file would export differently on every run. Such an edge is written as `e<n>`, its place
 * among those edges, skipping any id the graph uses already.
 */
import type { AbstractGraph } from 'graphology-types';

/**
 * Whether an edge key is graphology's own, made for an edge added without one. graphology's own
 * inspector tells them apart the same way.
 */
export const isGeneratedEdgeKey = (key: string): boolean =>
  key.startsWith('geid_') && /^geid_\d+_\d+$/.test(key);

/**
 * The id to write for each edge of `graph`: its key, or a stable `e<n>` for a generated one.
 * The numbering is made once, on the first generated key asked for.
 */
export function edgeIdsOf(graph: AbstractGraph): (edge: string) => string {
  let stable: Map<string, string> | null = null;
  return (edge) => {
    if (!isGeneratedEdgeKey(edge)) return edge;
    if (stable === null) {
      const ids = new Map<string, string>();
      let n = 0;
      graph.forEachEdge((key) => {
        if (!isGeneratedEdgeKey(key)) return;
        while (graph.hasEdge(`e${n}`)) n++;
        ids.set(key, `e${n}`);
        n++;
      });
      stable = ids;
    }
    return stable.get(edge) ?? edge;
  };
}
