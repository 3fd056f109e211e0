/**
 * The page's entry: loads the bundled data through the same core pipeline as the CLI, then wires
 * the store (view state + URL), the sigma renderer and the panels.
 */
import './style.css';
import { downloadAsPNG } from '@sigma/export-image';
import { loadKnowledgeGraph } from '../load';
import { DataError, formatIssue } from '../model/errors';
import { bundledDataFiles } from './data';
import { byId, h, replaceChildren } from './dom';
import { createDetails } from './panels/details';
import { createFilters } from './panels/filters';
import { createNotices } from './panels/notices';
import { attachEntityAutocomplete } from './panels/search';
import { createSourcesView } from './panels/sources';
import { createTable } from './panels/table';
import { createPathFinder, type PathFinder } from './panels/paths';
import { chosenPath, createPathResults } from './path-results';
import { asPlainSigma, createRenderer, hasWebGL, type Renderer } from './renderer';
import { createStore } from './store';
import { VIEW_NAMES, type ViewName } from './view-state';

const notify = createNotices(byId('notices', HTMLElement));

function start(): void {
  let graph;
  try {
    graph = loadKnowledgeGraph(bundledDataFiles());
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    replaceChildren(
      byId('views', HTMLElement),
      h(
        'div',
        { className: 'data-errors', role: 'alert' },
        'The graph data is invalid:\n\n',
        error.issues.map((issue) => `${formatIssue(issue)}\n`),
      ),
    );
    return;
  }
  document.title = `chipgraph — ${graph.order} entities, ${graph.size} relations`;
  const store = createStore(graph, (message) => notify(message));

  const narrow = () => window.matchMedia('(max-width: 800px)').matches;
  const setPanelsOpen = (open: boolean) => {
    document.body.classList.toggle('panels-open', open);
    byId('toggle-panels', HTMLButtonElement).setAttribute('aria-expanded', String(open));
  };

  let renderer: Renderer | null = null;
  const pathResults = createPathResults(graph);
  const actions = {
    findPathsFrom: (node: string) => {
      if (narrow()) setPanelsOpen(true);
      pathFinder.startFrom(node);
    },
    selectNode: (node: string) => {
      store.update({ selected: node, selectedEdge: null });
      if (narrow()) setPanelsOpen(true);
    },
    selectEdge: (edge: string) => {
      store.update({
        selectedEdge: edge,
        selected: null,
        view: store.get().view === 'sources' ? 'graph' : store.get().view,
      });
    },
    setFocus: (depth: 0 | 1 | 2) => {
      store.update({ focus: depth });
    },
    clear: () => {
      store.update({ selected: null, selectedEdge: null, focus: 0 });
    },
  };

  if (hasWebGL()) {
    try {
      renderer = createRenderer(byId('sigma-container', HTMLElement), store, {
        onSelectNode: actions.selectNode,
        onSelectEdge: actions.selectEdge,
        onClearSelection: actions.clear,
      });
    } catch (error) {
      notify(
        `The graph cannot be drawn here (${error instanceof Error ? error.message : String(error)}). The table view shows the same data.`,
        'error',
      );
    }
  }
  if (!renderer) {
    if (!hasWebGL())
      notify(
        'This browser offers no WebGL, so the network cannot be drawn: showing the table view instead.',
        'error',
      );
    for (const id of ['zoom-in', 'zoom-out', 'zoom-fit', 'layout-toggle', 'download-png'])
      byId(id, HTMLButtonElement).disabled = true;
    byId('graph-view', HTMLElement).append(
      h(
        'p',
        { className: 'muted', style: 'padding:16px' },
        'The network drawing needs WebGL. Use the Table and Sources views.',
      ),
    );
    if (store.get().view === 'graph') store.update({ view: 'table' }, 'replace');
  }

  const pathFinder: PathFinder = createPathFinder(byId('path-panel', HTMLElement), store, () =>
    pathResults(store.get().path),
  );
  const renderDetails = createDetails(byId('details-panel', HTMLElement), store, actions);
  const renderFilters = createFilters(byId('filters-panel', HTMLElement), store);
  const renderTable = createTable(byId('table-view', HTMLElement), store, actions);
  const renderSources = createSourcesView(byId('sources-view', HTMLElement), store, (edge) => {
    store.update({ selectedEdge: edge, selected: null, view: renderer ? 'graph' : 'table' });
  });
  attachEntityAutocomplete(
    byId('search-input', HTMLInputElement),
    byId('search-options', HTMLElement),
    store,
    actions.selectNode,
  );

  const showView = (view: ViewName) => {
    for (const name of VIEW_NAMES) {
      byId(`${name}-view`, HTMLElement).hidden = name !== view;
      document
        .querySelector(`[data-view="${name}"]`)
        ?.setAttribute('aria-pressed', String(name === view));
    }
    if (view === 'graph') renderer?.sigma.resize();
  };

  const renderAll = () => {
    const state = store.get();
    showView(state.view);
    renderDetails();
    renderFilters();
    if (state.view === 'table') renderTable();
    if (state.view === 'sources') renderSources();
    pathFinder.render();
    renderer?.setPath(chosenPath(pathResults(state.path)));
  };

  store.subscribe((state, previous) => {
    renderAll();
    if (!renderer || state.view !== 'graph') return;
    if (state.selected !== null && state.selected !== previous.selected)
      renderer.focusOn(state.selected);
    if (state.selectedEdge !== null && state.selectedEdge !== previous.selectedEdge) {
      renderer.fit([graph.source(state.selectedEdge), graph.target(state.selectedEdge)]);
    }
    if (state.focus !== previous.focus && state.focus !== 0)
      renderer.fit([...store.visibility().nodes]);
  });

  // Toolbar and camera.
  for (const name of VIEW_NAMES) {
    document
      .querySelector(`[data-view="${name}"]`)
      ?.addEventListener('click', () => store.update({ view: name }));
  }
  byId('toggle-panels', HTMLButtonElement).addEventListener('click', () =>
    setPanelsOpen(!document.body.classList.contains('panels-open')),
  );
  byId('zoom-in', HTMLButtonElement).addEventListener(
    'click',
    () => void renderer?.sigma.getCamera().animatedZoom({ duration: 250 }),
  );
  byId('zoom-out', HTMLButtonElement).addEventListener(
    'click',
    () => void renderer?.sigma.getCamera().animatedUnzoom({ duration: 250 }),
  );
  byId('zoom-fit', HTMLButtonElement).addEventListener('click', () => renderer?.fit());
  const layoutButton = byId('layout-toggle', HTMLButtonElement);
  layoutButton.addEventListener('click', () => {
    if (!renderer) return;
    if (renderer.isLayoutRunning()) renderer.stopLayout();
    else renderer.startLayout();
    const running = renderer.isLayoutRunning();
    layoutButton.setAttribute('aria-pressed', String(running));
    layoutButton.textContent = running ? 'Stop layout' : 'Re-run layout';
  });
  byId('download-png', HTMLButtonElement).addEventListener('click', () => {
    if (!renderer) return;
    const date = new Date().toISOString().slice(0, 10);
    void downloadAsPNG(asPlainSigma(renderer.sigma), {
      fileName: `${graph.getAttribute('name')}-${date}`,
      backgroundColor: '#ffffff',
    });
  });

  // Keyboard: "/" focuses search, Esc clears the selection.
  document.addEventListener('keydown', (event) => {
    const target = event.target;
    const typing = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement;
    if (event.key === '/' && !typing) {
      event.preventDefault();
      byId('search-input', HTMLInputElement).focus();
    } else if (event.key === 'Escape') {
      if (store.get().selected !== null || store.get().selectedEdge !== null) actions.clear();
      if (narrow()) setPanelsOpen(false);
    }
  });

  renderAll();
  const initial = store.get();
  if (renderer && initial.selected !== null) renderer.focusOn(initial.selected);
  if (renderer && initial.selectedEdge !== null)
    renderer.fit([graph.source(initial.selectedEdge), graph.target(initial.selectedEdge)]);
  document.body.dataset['ready'] = 'true';
}

start();
