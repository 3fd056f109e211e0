/**
 * The Export menu: GEXF 1.3, GEXF 1.2draft, JSON, GraphML, CSV, Cypher, or the briefing picture
 * (PNG, SVG), of the whole graph or of what is on screen (the filters and focus, or the
 * highlighted path). Files are named after the graph and the date.
 */
import type { GraphView } from '../../graph/subgraph';
import type { KnowledgeGraph } from '../../graph/types';
import { h, replaceChildren } from '../dom';
import { downloadName } from '../download';
import type { ExportFormat } from '../exports';

export interface ExportMenuSources {
  readonly graph: KnowledgeGraph;
  /** What is on screen now: the highlighted path if any, else the visible nodes and edges. */
  readonly currentView: () => GraphView;
  /** Downloads the briefing as a PNG (of the view or the whole graph), or null without a canvas (no WebGL). */
  readonly png: ((fileName: string, scope: 'whole' | 'view') => void) | null;
  /** The same briefing as an SVG, for print; null without a canvas. */
  readonly svg: ((fileName: string, scope: 'whole' | 'view') => void) | null;
}

export function createExportMenu(container: HTMLElement, sources: ExportMenuSources): void {
  const { graph } = sources;
  const scope = (): 'whole' | 'view' =>
    container.querySelector<HTMLInputElement>('input[name="export-scope"]:checked')?.value ===
    'view'
      ? 'view'
      : 'whole';
  const name = () => graph.getAttribute('name');
  const save = (format: ExportFormat) => {
    // Read the scope and view now: the writers load on first use.
    const view = scope() === 'view' ? sources.currentView() : null;
    void import('../exports').then(({ exportGraph }) => exportGraph(graph, format, view));
  };
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
  const { png, svg } = sources;

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
      item('export-gexf', 'GEXF 1.3 (Gephi, networkx ≥ 3.6)', () => save('gexf')),
      item('export-gexf-12', 'GEXF 1.2draft (older networkx)', () => save('gexf-1.2draft')),
      item('export-json', 'JSON (graphology)', () => save('json')),
      item('export-graphml', 'GraphML (networkx, yEd, Cytoscape)', () => save('graphml')),
      item('export-csv', 'CSV: nodes and edges (spreadsheets, Gephi)', () => save('csv')),
      item('export-cypher', 'Cypher script (Neo4j)', () => save('cypher')),
      item(
        'download-png',
        'Briefing picture (PNG)',
        () => png?.(downloadName(name(), 'png').replace(/\.png$/, ''), scope()),
        png === null,
      ),
      item(
        'download-svg',
        'Briefing picture for print (SVG)',
        () => svg?.(downloadName(name(), 'svg').replace(/\.svg$/, ''), scope()),
        svg === null,
      ),
    ),
  );
}
