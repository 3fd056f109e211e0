/**
 * The page's single source of view state, synchronised with the URL: discrete changes push a
 * history entry (so back/forward walk through selections), continuous ones (the time slider)
 * replace it.
 */
import type { KnowledgeGraph } from '../graph/types';
import { fromSearchParams, toQueryString, type ViewState } from './view-state';
import { timed } from './timing';
import { computeVisibility, sameVisibility, type Visibility } from './visibility';

export type HistoryMode = 'push' | 'replace' | 'none';

export interface Store {
  readonly graph: KnowledgeGraph;
  get(): ViewState;
  visibility(): Visibility;
  update(patch: Partial<ViewState>, history?: HistoryMode): void;
  subscribe(listener: (state: ViewState, previous: ViewState) => void): void;
}

/**
 * Creates the store from the current URL; calls `notify` for each ignored URL value.
 * @param options.signal - aborting it detaches the store from the window (when the page switches graphs)
 * @param options.keep - URL parameters to keep as they are (`file` of an imported graph)
 * @param options.readUrl - false to start from the default view, leaving the URL's view to the
 *   graph it names (a `?file=` link's view belongs to the file, still loading)
 */
export function createStore(
  graph: KnowledgeGraph,
  notify: (message: string) => void,
  options: {
    signal?: AbortSignal;
    keep?: Readonly<Record<string, string>>;
    readUrl?: boolean;
  } = {},
): Store {
  const keep = new URLSearchParams(options.keep ?? {}).toString();
  const decoded = fromSearchParams(
    new URLSearchParams(options.readUrl === false ? '' : location.search),
    graph,
  );
  decoded.notices.forEach(notify);
  let state = decoded.state;
  let visibility = computeVisibility(graph, state);
  const listeners: ((state: ViewState, previous: ViewState) => void)[] = [];

  const set = (next: ViewState, history: HistoryMode) => {
    const previous = state;
    state = next;
    if (!sameVisibility(previous, next)) visibility = computeVisibility(graph, state);
    if (history !== 'none') {
      const query = [keep, toQueryString(state)].filter(Boolean).join('&');
      const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
      if (url !== `${location.pathname}${location.search}${location.hash}`) {
        if (history === 'push') window.history.pushState(null, '', url);
        else window.history.replaceState(null, '', url);
      }
    }
    timed('update', () => {
      for (const listener of listeners) listener(state, previous);
    });
  };

  window.addEventListener(
    'popstate',
    () => {
      const again = fromSearchParams(new URLSearchParams(location.search), graph);
      again.notices.forEach(notify);
      set(again.state, 'none');
    },
    { signal: options.signal },
  );

  return {
    graph,
    get: () => state,
    visibility: () => visibility,
    update: (patch, history = 'push') => set({ ...state, ...patch }, history),
    subscribe: (listener) => listeners.push(listener),
  };
}
