/**
 * The Export menu's work, loaded when an export is first chosen (the writers are not needed to
 * show the graph): the graph in scope written in a format and downloaded.
 */
import { viewSubgraph, type GraphView } from '../graph/subgraph';
import type { KnowledgeGraph } from '../graph/types';
import { toCsv } from '../io/csv-write';
import { toCypher } from '../io/cypher-write';
import { toGexf } from '../io/gexf-write';
import { toGraphml } from '../io/graphml-write';
import { toGraphJson } from '../io/json-write';
import { downloadName, downloadText } from './download';

/** The formats of the Export menu (PNG is drawn by the briefing). */
export type ExportFormat = 'gexf' | 'gexf-1.2draft' | 'json' | 'graphml' | 'csv' | 'cypher';

/**
 * Writes the whole graph, or the part in `view`, and downloads it as `name`-date.ext.
 * @param view - the current view's nodes and edges, or null for the whole graph
 */
export function exportGraph(
  graph: KnowledgeGraph,
  format: ExportFormat,
  view: GraphView | null,
): void {
  const name = graph.getAttribute('name');
  const suffix = view === null ? '' : '-view';
  const target = view === null ? graph : viewSubgraph(graph, view);
  switch (format) {
    case 'gexf':
    case 'gexf-1.2draft': {
      const version = format === 'gexf' ? '1.3' : '1.2draft';
      downloadText(
        downloadName(name, 'gexf', `${suffix}${version === '1.3' ? '' : '-1.2draft'}`),
        toGexf(target, { version }),
        'application/gexf+xml',
      );
      return;
    }
    case 'json':
      downloadText(
        downloadName(name, 'json', suffix),
        JSON.stringify(toGraphJson(target), null, 2),
        'application/json',
      );
      return;
    case 'graphml':
      downloadText(
        downloadName(name, 'graphml', suffix),
        toGraphml(target),
        'application/graphml+xml',
      );
      return;
    case 'csv': {
      const { nodes, edges } = toCsv(target);
      downloadText(downloadName(name, 'csv', `${suffix}-nodes`), nodes, 'text/csv');
      downloadText(downloadName(name, 'csv', `${suffix}-edges`), edges, 'text/csv');
      return;
    }
    case 'cypher':
      downloadText(downloadName(name, 'cypher', suffix), toCypher(target), 'text/plain');
  }
}
