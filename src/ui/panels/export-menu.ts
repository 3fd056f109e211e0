/**
 * The Export menu: GEXF 1.3, GEXF 1.2draft, JSON or PNG, of the whole graph or of what is on
 * screen (the filters and focus, or the highlighted path). Files are named after the graph and
 * the date.
 */
import { toCypher } from '../../io/cypher-write';
import { MultiDirectedGraph } from 'graphology';
import { toCsv } from '../../io/csv-write';
import { toGraphml } from '../../io/graphml-write';
import { toGraphJson } from '../../io/json-write';
import { subgraph } from 'graphology-operators';
import type { KnowledgeGraph } from '../../graph/types';
import { toGexf, type GexfVersion } from '../../io/gexf-write';
import { h, replaceChildren } from '../dom';
import { downloadName, downloadText } from '../download';

export interface ExportMenuSources {
  readonly graph: KnowledgeGraph;
  /** What is on screen now: the highlighted path if any, else the visible nodes and edges. */
  readonly currentView: () => { nodes: ReadonlySet<string>; edges: ReadonlySet<string> };
  /** Downloads a PNG of the canvas, or null when there is none (no WebGL). */
  readonly png: ((fileName: string) => void) | null;
}

/** The graph restricted to some nodes and edges (for JSON; GEXF filters while writing). */
export function viewSubgraph(
  graph: KnowledgeGraph,
  view: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> },
) {
  const sub = subgraph(graph, [...view.nodes]);
  sub.forEachEdge((edge) => {
    if (!view.edges.has(edge)) sub.dropEdge(edge);
  });
  return sub;
}

/** The view's part of the graph as a typed graph (same attributes, fewer items). */
function toKnowledgeSubgraph(
  graph: KnowledgeGraph,
  view: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> },
): KnowledgeGraph {
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

export function createExportMenu(container: HTMLElement, sources: ExportMenuSources): void {
  const { graph } = sources;
  const scope = (): 'whole' | 'view' =>
    container.querySelector<HTMLInputElement>('input[name="export-scope"]:checked')?.value ===
    'view'
      ? 'view'
      : 'whole';
  const name = () => graph.getAttribute('name');
  const suffix = () => (scope() === 'view' ? '-view' : '');
  const gexf = (version: GexfVersion) => {
    const view = scope() === 'view' ? sources.currentView() : null;
    const text = toGexf(graph, { version, nodes: view?.nodes ?? null, edges: view?.edges ?? null });
    downloadText(
      downloadName(name(), 'gexf', `${suffix()}${version === '1.3' ? '' : '-1.2draft'}`),
      text,
      'application/gexf+xml',
    );
  };
  const json = () => {
    const target = scope() === 'view' ? viewSubgraph(graph, sources.currentView()) : graph;
    downloadText(
      downloadName(name(), 'json', suffix()),
      JSON.stringify(toGraphJson(target), null, 2),
      'application/json',
    );
  };
  /** The graph in scope, as a typed graph (the view's subgraph keeps the typed attributes). */
  const inScope = (): KnowledgeGraph =>
    scope() === 'view' ? toKnowledgeSubgraph(graph, sources.currentView()) : graph;
  const graphml = () =>
    downloadText(
      downloadName(name(), 'graphml', suffix()),
      toGraphml(inScope()),
      'application/graphml+xml',
    );
  const csv = () => {
    const { nodes, edges } = toCsv(inScope());
    downloadText(downloadName(name(), 'csv', `${suffix()}-nodes`), nodes, 'text/csv');
    downloadText(downloadName(name(), 'csv', `${suffix()}-edges`), edges, 'text/csv');
  };
  const cypher = () =>
    downloadText(downloadName(name(), 'cypher', suffix()), toCypher(inScope()), 'text/plain');
  const close = () => container.closest('details')?.removeAttribute('open');
  const item = (id: string, label: string, action: () => void, disabled = false) =>
    h(
      'button',
      {
        type: 'button',
        id,
        role: 'menuitem',
        disabled,
        onclick: () => {
          action();
          close();
        },
      },
      label,
    );
  const { png } = sources;

  replaceChildren(
    container,
    h(
      'fieldset',
      { className: 'export-scope' },
      h('legend', {}, 'What to export'),
      h(
        'label',
        {},
        h('input', { type: 'radio', name: 'export-scope', value: 'whole', checked: true }),
        ' Whole graph',
      ),
      h(
        'label',
        {},
        h('input', { type: 'radio', name: 'export-scope', value: 'view' }),
        ' Current view (filters, focus or path)',
      ),
    ),
    h(
      'div',
      { role: 'menu', className: 'export-items' },
      item('export-gexf', 'GEXF 1.3 (Gephi, networkx ≥ 3.6)', () => gexf('1.3')),
      item('export-gexf-12', 'GEXF 1.2draft (older networkx)', () => gexf('1.2draft')),
      item('export-json', 'JSON (graphology)', json),
      item('export-graphml', 'GraphML (networkx, yEd, Cytoscape)', graphml),
      item('export-csv', 'CSV: nodes and edges (spreadsheets, Gephi)', csv),
      item('export-cypher', 'Cypher script (Neo4j)', cypher),
      item(
        'download-png',
        'PNG picture of the view',
        () => png?.(downloadName(name(), 'png').replace(/\.png$/, '')),
        png === null,
      ),
    ),
  );
}
