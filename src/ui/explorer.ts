/**
 * `mountExplorer`: wires one graph to the page: the store (view state + URL), the sigma renderer
 * and every panel. Returns `destroy`, which detaches it all, so the page can switch to an
 * imported graph and back.
 */
import { countOf } from '../model/text';
import { kindLabel } from '../graph/describe';
import type { KnowledgeGraph } from '../graph/types';
import { wireCameraControls } from './camera-controls';
import { wireCanvasNote } from './canvas-note';
import { createColumns } from './columns';
import { byId, h } from './dom';
import { createExportMenu } from './panels/export-menu';
import type { Notify } from './panels/notices';
import type { EditTarget, ReviewView } from './panels/review';
import type { SidePanels } from './panels/side-panels';
import { chosenPath, createPathResults } from './path-cache';
import { downloadBlob } from './download';
import { createRenderer, hasWebGL, type Renderer } from './renderer';
import { createSheets, narrow } from './sheets';
import { createStore } from './store';
import { sliceChanged, VIEW_NAMES, type ViewName, type ViewState } from './view-state';
import { FILTER_FIELDS, type Visibility } from './visibility';

export interface Explorer {
  /** Settles once the side panels are mounted (after the canvas's first frame). */
  readonly ready: Promise<void>;
  destroy(): void;
}

/**
 * What each panel shows, besides what is visible: it re-renders only when one of these changed
 * (at 100k nodes the legend's counts alone walk every node and edge).
 */
const DETAILS_STATE: readonly (keyof ViewState)[] = ['selected', 'selectedEdge', 'focus'];
const FILTERS_STATE: readonly (keyof ViewState)[] = [
  ...FILTER_FIELDS,
  'colorBy',
  'sizeBy',
  'labels',
  'labelSize',
];
const PATH_STATE: readonly (keyof ViewState)[] = ['path', 'by'];

/**
 * Shows a graph. The URL's view parameters are read for it (unknown ones give a notice).
 * @param keepParams - URL parameters that belong to the page, not the view (`file`)
 * @param readUrl - false to leave the URL's view parameters unread (they belong to a file still
 *   loading)
 */
export function mountExplorer(
  graph: KnowledgeGraph,
  notify: Notify,
  keepParams: Readonly<Record<string, string>> = {},
  readUrl = true,
): Explorer {
  const controller = new AbortController();
  const { signal } = controller;
  const on = <K extends keyof HTMLElementEventMap>(
    target: HTMLElement | Document,
    type: K,
    listener: (event: HTMLElementEventMap[K]) => void,
  ) => target.addEventListener(type, listener as EventListener, { signal });

  document.title = `${graph.getAttribute('name')} — ${graph.order} entities, ${graph.size} relations · chipgraph`;
  const store = createStore(graph, (message) => notify(message), {
    signal,
    keep: keepParams,
    readUrl,
  });

  let renderer: Renderer | null = null;
  const setSheet = createSheets(store, () => renderer, signal);
  // Before the renderer and the store listener below: sigma starts in, and resizes to, the room
  // the folded or open side columns leave.
  createColumns(store, () => renderer, signal);
  // The path engine loads on the first query (a ?from=&to= link, or the form): then show it.
  const pathResults = createPathResults(graph, () => {
    if (signal.aborted) return;
    renderAll(true);
    const path = currentPath();
    if (path && store.get().view === 'graph') renderer?.fit([...path.nodes]);
  });
  // The side panels: their code loads now, beside the canvas's first draw, and they mount after
  // the first frame (see `ready` below).
  const sidePanels = import('./panels/side-panels');
  let panels: SidePanels | null = null;
  const actions = {
    findPathsFrom: (node: string) => {
      if (narrow()) setSheet('paths');
      panels?.pathFinder.startFrom(node);
    },
    selectNode: (node: string) => {
      store.update({ selected: node, selectedEdge: null });
      if (narrow()) setSheet('details');
    },
    selectEdge: (edge: string) => {
      const { view } = store.get();
      store.update({
        selectedEdge: edge,
        selected: null,
        view: view === 'sources' || view === 'perspectives' ? 'graph' : view,
      });
    },
    setFocus: (depth: 0 | 1 | 2) => store.update({ focus: depth }),
    edit: (target: EditTarget) => {
      store.update({ view: 'review' });
      void reviewView().then((view) => view.edit(target));
    },
    comparePerspectives: (node: string) =>
      store.update({ selected: node, selectedEdge: null, view: 'perspectives' }),
    clear: () => store.update({ selected: null, selectedEdge: null, focus: 0 }),
  };

  // Sigma is simply tried: asking first whether WebGL exists costs a throwaway context (11 ms
  // of the first frame, profiled); only a failure asks, to say why.
  let webgl = true;
  const container = byId('sigma-container', HTMLElement);
  try {
    renderer = createRenderer(container, store, {
      onSelectNode: actions.selectNode,
      onSelectEdge: actions.selectEdge,
      onClearSelection: actions.clear,
      onKeyboardFocus: (node) => {
        const status = document.getElementById('canvas-status');
        if (!status) return;
        status.textContent =
          node === null
            ? ''
            : `${graph.getNodeAttribute(node, 'label')}, ${kindLabel(graph.getNodeAttribute(node, 'kind'))}, ${countOf(graph.degree(node), 'relation')}. Enter selects.`;
      },
    });
  } catch (error) {
    // Whatever sigma had put in its container before failing goes with it.
    container.replaceChildren();
    webgl = hasWebGL();
    if (webgl)
      notify(
        `The graph cannot be drawn here (${error instanceof Error ? error.message : String(error)}). The table view shows the same data.`,
        'error',
      );
  }
  const fallback = byId('graph-view', HTMLElement).querySelector('.no-webgl');
  if (!renderer) {
    if (!webgl)
      notify(
        'This browser offers no WebGL, so the network cannot be drawn: showing the table view instead.',
        'error',
      );
    if (!fallback)
      byId('graph-view', HTMLElement).append(
        h(
          'p',
          { className: 'muted no-webgl' },
          'The network drawing needs WebGL. Use the Table and Sources views.',
        ),
      );
    if (store.get().view === 'graph') store.update({ view: 'table' }, 'replace');
  }

  /** A view whose module loads the first time it is shown (most visits never open it). */
  const lazyView = (name: ViewName, load: () => Promise<() => void>) => {
    let render: (() => void) | null = null;
    let loading = false;
    return () => {
      if (render) return render();
      if (loading) return;
      loading = true;
      void load().then((loaded) => {
        render = loaded;
        if (!signal.aborted && store.get().view === name) loaded();
      });
    };
  };
  const renderTable = lazyView('table', async () =>
    (await import('./panels/table')).createTable(byId('table-view', HTMLElement), store, actions),
  );
  const renderSources = lazyView('sources', async () =>
    (await import('./panels/sources')).createSourcesView(
      byId('sources-view', HTMLElement),
      store,
      (edge) =>
        store.update({ selectedEdge: edge, selected: null, view: renderer ? 'graph' : 'table' }),
    ),
  );
  const renderPerspectives = lazyView('perspectives', async () =>
    (await import('./panels/perspectives')).createPerspectivesView(
      byId('perspectives-view', HTMLElement),
      store,
      actions,
    ),
  );
  /** The Review view (its module, with the validator, loads when first opened or edited from). */
  let review: Promise<ReviewView> | null = null;
  const reviewView = () =>
    (review ??= import('./panels/review').then(({ createReviewView }) =>
      createReviewView(byId('review-view', HTMLElement), store, { notify }),
    ));
  const currentPath = () => chosenPath(pathResults(store.get().path, store.get().by));
  const pictureRenderer = renderer;
  /** The briefing of what is shown (a chosen path named as its question) or of the whole graph. */
  const briefing = async (scope: 'whole' | 'view') => {
    if (pictureRenderer === null) return null;
    const model = await import('./briefing-model');
    const results = pathResults(store.get().path, store.get().by);
    const chosen = results ? (results.paths[results.query.chosen] ?? results.paths[0]) : undefined;
    const { picture, nodes, edges } = pictureRenderer.picture(scope);
    const frame = model.briefingFrame(graph, {
      title: document.title.replace(/ · chipgraph$/, ''),
      nodes,
      edges,
      path:
        scope === 'view' && results && chosen
          ? {
              nodes: chosen.nodes,
              edges: chosen.edges,
              rank: results.paths.indexOf(chosen) + 1,
              of: results.paths.length,
            }
          : null,
      today: new Date().toISOString().slice(0, 10),
    });
    return { model, picture, frame };
  };
  createExportMenu(byId('export-menu', HTMLElement), {
    graph,
    currentView: () => currentPath() ?? store.visibility(),
    png:
      pictureRenderer === null
        ? null
        : (fileName, scope) =>
            void Promise.all([briefing(scope), import('./briefing')]).then(([made, png]) => {
              if (made === null) return;
              png.drawBriefing(made.picture, made.frame).toBlob((blob) => {
                if (blob) downloadBlob(`${fileName}.png`, blob);
              }, 'image/png');
            }),
    svg:
      pictureRenderer === null
        ? null
        : (fileName, scope) =>
            void briefing(scope).then((made) => {
              if (made === null) return;
              const text = made.model.toBriefingSvg(made.picture, made.frame);
              downloadBlob(`${fileName}.svg`, new Blob([text], { type: 'image/svg+xml' }));
            }),
  });

  const showView = (view: ViewName) => {
    for (const name of VIEW_NAMES) {
      byId(`${name}-view`, HTMLElement).hidden = name !== view;
      document
        .querySelector(`[data-view="${name}"]`)
        ?.setAttribute('aria-pressed', String(name === view));
    }
    if (view === 'graph') renderer?.sigma.resize();
    // On a phone the tabs scroll sideways: the open view's tab is brought into sight.
    if (narrow())
      document
        .querySelector(`.view-tabs [data-view="${view}"]`)
        ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  };

  /** The state and visibility the panels last showed (null: nothing shown yet, or forced). */
  let shown: { state: ViewState; visibility: Visibility } | null = null;
  /** Renders what changed since the last render; `force` renders everything (the path engine loaded). */
  const renderAll = (force = false) => {
    const state = store.get();
    const visibility = store.visibility();
    const before = force || shown?.visibility !== visibility ? null : shown.state;
    shown = { state, visibility };
    // With nothing selected the details panel is a short intro: it yields the column to the paths.
    document.body.dataset['details'] =
      state.selected === null && state.selectedEdge === null ? 'empty' : 'shown';
    showView(state.view);
    if (panels && sliceChanged(before, state, DETAILS_STATE)) panels.renderDetails();
    if (panels && sliceChanged(before, state, FILTERS_STATE)) panels.renderFilters();
    if (state.view === 'table') renderTable();
    if (state.view === 'sources') renderSources();
    if (state.view === 'perspectives') renderPerspectives();
    // Rendered on opening only: a selection elsewhere must not reset a form being typed in.
    if (state.view === 'review' && before?.view !== 'review')
      void reviewView().then((view) => {
        if (!signal.aborted && store.get().view === 'review') view.render();
      });
    if (panels && sliceChanged(before, state, PATH_STATE)) panels.pathFinder.render();
    renderer?.setPath(currentPath());
  };

  const frame = (
    state: ReturnType<typeof store.get>,
    previous: ReturnType<typeof store.get> | null,
  ) => {
    if (!renderer || state.view !== 'graph') return;
    if (state.selected !== null && state.selected !== previous?.selected)
      renderer.focusOn(state.selected);
    if (state.selectedEdge !== null && state.selectedEdge !== previous?.selectedEdge) {
      renderer.fit([graph.source(state.selectedEdge), graph.target(state.selectedEdge)]);
    }
    if (state.focus !== 0 && state.focus !== previous?.focus)
      renderer.fit([...store.visibility().nodes]);
    const path = currentPath();
    if (path && state.path !== previous?.path) renderer.fit([...path.nodes]);
  };

  store.subscribe((state, previous) => {
    renderAll();
    frame(state, previous);
  });

  for (const name of VIEW_NAMES) {
    const button = document.querySelector<HTMLElement>(`[data-view="${name}"]`);
    if (button) on(button, 'click', () => store.update({ view: name }));
  }
  wireCameraControls(renderer, signal);
  wireCanvasNote(byId('canvas-note', HTMLElement), store);

  // Keyboard: "/" focuses search, Esc clears the selection.
  on(document, 'keydown', (event) => {
    const target = event.target;
    const typing = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement;
    if (event.key === '/' && !typing) {
      event.preventDefault();
      byId('search-input', HTMLInputElement).focus();
    } else if (event.key === 'Escape') {
      if (store.get().selected !== null || store.get().selectedEdge !== null) actions.clear();
      if (narrow()) setSheet('');
    }
  });

  renderAll();
  frame(store.get(), null);
  // On a phone, a link that selects something opens its details.
  if (narrow() && (store.get().selected !== null || store.get().selectedEdge !== null))
    setSheet('details');

  // After the first view and its names have been drawn, or at once when there is no canvas: the
  // panels, rendered in full once.
  const firstFrame = renderer === null ? Promise.resolve() : renderer.named;
  const ready = Promise.all([sidePanels, firstFrame]).then(([{ mountSidePanels }]) => {
    if (signal.aborted) return;
    panels = mountSidePanels(
      store,
      actions,
      () => pathResults(store.get().path, store.get().by),
      signal,
    );
    renderAll(true);
  });

  return {
    ready,
    destroy() {
      controller.abort();
      renderer?.kill();
      byId('search-input', HTMLInputElement).value = '';
    },
  };
}
