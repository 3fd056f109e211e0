/**
 * `viewSubgraph`: the part of the knowledge graph a reader is looking at (the filters and focus,
 * or a highlighted path) as a typed graph of its own, for the exports of "the current view".
 */
import { MultiDirectedGraph } from 'graphology';
import type { KnowledgeGraph } from './types';

/** Node and edge ids in view. */
export interface GraphView {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

/**
 * The graph restricted to a view: the same attributes (graph, nodes, edges) and keys, the nodes
 * in view, and the edges in view whose two ends are.
 */
export function viewSubgraph(graph: KnowledgeGraph, view: GraphView): KnowledgeGraph {
  const sub: KnowledgeGraph = new MultiDirectedGraph();
  sub.replaceAttributes(graph.getAttributes());
  graph.forEachNode((node, attributes) => {
    if (view.nodes.has(node)) sub.addNode(node, attributes);
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (view.edges.has(edge) && sub.hasNode(source) && sub.hasNode(target))
      sub.addDirectedEdgeWithKey(edge, source, target, attributes);
  });
  return sub;
}
