/**
 * `buildGraph`: validated data → typed graphology graph, with centrality metrics and styles.
 * Coordinates are left at 0 here; `applyLayout` places the nodes.
 */
import { MultiDirectedGraph } from 'graphology';
import { RELATION_KINDS, type KnowledgeGraphData } from '../model/schema';
import { computeMetrics } from './metrics';
import { CERTAINTY_COLORS, KIND_COLORS } from './style';
import type { KnowledgeGraph } from './types';

/** Name and description given to the built graph (GEXF `<meta>`, page title). */
export const DEFAULT_GRAPH_META = {
  name: 'chipgraph',
  description: 'U.S.–China chip geopolitics as a typed, cited knowledge graph',
} as const;

/**
 * Builds the knowledge graph. Node keys are entity ids; edge keys are relation ids.
 * @param data - validated data (from `parseGraphData`)
 */
export function buildGraph(data: KnowledgeGraphData): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph();
  graph.replaceAttributes({ ...DEFAULT_GRAPH_META, sources: [...data.sources] });
  for (const entity of data.entities) {
    graph.addNode(entity.id, {
      label: entity.label,
      kind: entity.kind,
      aliases: [...entity.aliases],
      description: entity.description,
      ...(entity.date !== undefined && { date: entity.date }),
      citations: [...entity.citations],
      x: 0,
      y: 0,
      size: 1,
      color: KIND_COLORS[entity.kind],
      degree: 0,
      pagerank: 0,
      betweenness: 0,
    });
  }
  for (const relation of data.relations) {
    graph.addDirectedEdgeWithKey(relation.id, relation.source, relation.target, {
      kind: relation.kind,
      label: RELATION_KINDS[relation.kind].forward,
      claim: relation.claim,
      citations: [...relation.citations],
      certainty: relation.certainty,
      assertedBy: [...relation.assertedBy],
      ...(relation.attribution !== undefined && { attribution: relation.attribution }),
      ...(relation.date !== undefined && { date: relation.date }),
      ...(relation.until !== undefined && { until: relation.until }),
      ...(relation.qualifiers !== undefined && { qualifiers: { ...relation.qualifiers } }),
      size: 1.5,
      color: CERTAINTY_COLORS[relation.certainty],
    });
  }
  computeMetrics(graph);
  return graph;
}
