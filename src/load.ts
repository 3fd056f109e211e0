/**
 * The whole core pipeline in one call: curated files → validated data → laid-out graph. The CLI
 * and the page both start here, so they show the same graph with the same coordinates.
 */
import { buildGraph } from './graph/build';
import type { KnowledgeGraph } from './graph/types';
import { applyLayout, type LayoutOptions } from './layout/layout';
import { parseGraphData, type DataFile } from './model/validate';

/**
 * Parses, validates, builds and lays out the knowledge graph.
 * @throws DataError listing every problem in the files
 */
export function loadKnowledgeGraph(
  files: readonly DataFile[],
  layout: Partial<LayoutOptions> = {},
): KnowledgeGraph {
  const graph = buildGraph(parseGraphData(files));
  applyLayout(graph, layout);
  return graph;
}
