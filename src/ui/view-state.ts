/**
 * What the user is looking at, separate from the graph (which it never changes), and its URL form:
 * `?select=<id>&edge=<id>&hide=<kinds>&hideRel=<kinds>&hideCert=<certainties>&hideBy=<ids>&asOf=YYYY&focus=1|2&view=table|sources`.
 * Pure: no DOM, unit-tested in Node.
 */
import type { AbstractGraph } from 'graphology-types';
import { CERTAINTIES, ENTITY_KIND_IDS, RELATION_KIND_IDS } from '../model/schema';

export type ViewName = 'graph' | 'table' | 'sources';
export const VIEW_NAMES: readonly ViewName[] = ['graph', 'table', 'sources'];

export interface ViewState {
  /** Selected entity id. */
  readonly selected: string | null;
  /** Selected relation (edge) id. */
  readonly selectedEdge: string | null;
  readonly hiddenKinds: ReadonlySet<string>;
  readonly hiddenRelations: ReadonlySet<string>;
  readonly hiddenCertainties: ReadonlySet<string>;
  /** Asserters whose claims are hidden (a relation shows while any of its asserters is shown). */
  readonly hiddenAsserters: ReadonlySet<string>;
  /** Show only what is dated up to this year (undated items always show). */
  readonly asOf: number | null;
  /** 0: whole graph; 1 or 2: the selection's neighbourhood of that many hops. */
  readonly focus: 0 | 1 | 2;
  readonly view: ViewName;
}

export const DEFAULT_VIEW_STATE: ViewState = Object.freeze({
  selected: null,
  selectedEdge: null,
  hiddenKinds: new Set<string>(),
  hiddenRelations: new Set<string>(),
  hiddenCertainties: new Set<string>(),
  hiddenAsserters: new Set<string>(),
  asOf: null,
  focus: 0,
  view: 'graph',
});

const list = (set: ReadonlySet<string>) => [...set].sort().join(',');

/** Encodes the state as URL search parameters (defaults are left out, so URLs stay short). */
export function toSearchParams(state: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.selected !== null) params.set('select', state.selected);
  if (state.selectedEdge !== null) params.set('edge', state.selectedEdge);
  if (state.hiddenKinds.size > 0) params.set('hide', list(state.hiddenKinds));
  if (state.hiddenRelations.size > 0) params.set('hideRel', list(state.hiddenRelations));
  if (state.hiddenCertainties.size > 0) params.set('hideCert', list(state.hiddenCertainties));
  if (state.hiddenAsserters.size > 0) params.set('hideBy', list(state.hiddenAsserters));
  if (state.asOf !== null) params.set('asOf', String(state.asOf));
  if (state.focus !== 0) params.set('focus', String(state.focus));
  if (state.view !== 'graph') params.set('view', state.view);
  return params;
}

/** The result of reading a URL: the state, and a notice for each value that was ignored. */
export interface DecodedViewState {
  readonly state: ViewState;
  readonly notices: readonly string[];
}

/**
 * Reads the state from URL parameters. Unknown ids and values are dropped with a notice, never an
 * exception: a stale or hand-edited link still opens.
 */
export function fromSearchParams(params: URLSearchParams, graph: AbstractGraph): DecodedViewState {
  const notices: string[] = [];
  const pickSet = (name: string, known: (v: string) => boolean, what: string): Set<string> => {
    const values = (params.get(name) ?? '')
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);
    const good = values.filter(known);
    for (const bad of values.filter((v) => !known(v))) {
      notices.push(`The link names an unknown ${what} "${bad}"; it was ignored.`);
    }
    return new Set(good);
  };

  let selected = params.get('select');
  if (selected !== null && !graph.hasNode(selected)) {
    notices.push(`The link selects an unknown entity "${selected}"; nothing is selected.`);
    selected = null;
  }
  let selectedEdge = params.get('edge');
  if (selectedEdge !== null && !graph.hasEdge(selectedEdge)) {
    notices.push(`The link selects an unknown relation "${selectedEdge}"; it was ignored.`);
    selectedEdge = null;
  }
  let asOf: number | null = null;
  const asOfText = params.get('asOf');
  if (asOfText !== null) {
    if (/^\d{4}$/.test(asOfText)) asOf = Number(asOfText);
    else
      notices.push(`The link's "as of" year "${asOfText}" is not a year (YYYY); it was ignored.`);
  }
  const focusText = params.get('focus');
  let focus: 0 | 1 | 2 = 0;
  if (focusText === '1' || focusText === '2') focus = focusText === '1' ? 1 : 2;
  else if (focusText !== null)
    notices.push(`The link's focus "${focusText}" must be 1 or 2; it was ignored.`);
  const viewText = params.get('view');
  const view = VIEW_NAMES.find((v) => v === viewText) ?? 'graph';
  if (viewText !== null && viewText !== view)
    notices.push(`The link names an unknown view "${viewText}"; showing the graph.`);

  return {
    state: {
      selected,
      selectedEdge,
      hiddenKinds: pickSet(
        'hide',
        (v) => (ENTITY_KIND_IDS as readonly string[]).includes(v),
        'entity kind',
      ),
      hiddenRelations: pickSet(
        'hideRel',
        (v) => (RELATION_KIND_IDS as readonly string[]).includes(v),
        'relation kind',
      ),
      hiddenCertainties: pickSet(
        'hideCert',
        (v) => (CERTAINTIES as readonly string[]).includes(v),
        'certainty',
      ),
      hiddenAsserters: pickSet('hideBy', (v) => graph.hasNode(v), 'asserter'),
      asOf,
      focus,
      view,
    },
    notices,
  };
}

/** Returns a copy of `set` with `value` toggled. */
export function toggled(set: ReadonlySet<string>, value: string): Set<string> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}
