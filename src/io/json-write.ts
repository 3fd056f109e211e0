/**
 * `toGraphJson`: the typed graph → graphology's serialization (`graph.export()`), with imported
 * undirected edges marked as graphology marks them (`undirected: true`, and the graph's type
 * `mixed` or `undirected`), so networkx, graphology and chipgraph read their direction back.
 */
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../graph/types';

type Serialized = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** The graph (or a subgraph of it) as graphology JSON, directions kept. */
export function toGraphJson(graph: { export(): Serialized }): Serialized {
  const serialized = graph.export();
  const edges = serialized.edges.map((edge) =>
    edge.attributes?.undirected === true ? { ...edge, undirected: true } : edge,
  );
  const undirected = edges.filter((edge) => edge.undirected === true).length;
  const type = undirected === 0 ? 'directed' : undirected === edges.length ? 'undirected' : 'mixed';
  return { ...serialized, options: { ...serialized.options, type }, edges };
}
