/**
 * The side columns fold away (on a laptop the legend and the path finder + details columns took
 * half of a 1280 px window). Each has a button and a key (`[` legend, `]` path finder and
 * details). The reader's folds for the graph view are remembered across visits; the table,
 * sources and "who says what" views take the whole width, so there both columns start folded,
 * and a row chosen in the table brings the details back beside it. Phones use sheets instead
 * (sheets.ts): the fold rules in style.css apply only above 800 px.
 */
import { byId, h, replaceChildren } from './dom';
import type { Renderer } from './renderer';
import { narrow } from './sheets';
import type { Store } from './store';
import type { ViewName, ViewState } from './view-state';

/** A side column: the legend (left) or the path finder and details (right). */
export type Side = 'left' | 'right';

/** Which side columns are folded in one kind of view. */
export interface Folds {
  readonly left: boolean;
  readonly right: boolean;
}

/** The reader's folds for the graph view and for the wide views (table, sources, who says what). */
export interface FoldPrefs {
  readonly graph: Folds;
  readonly wide: Folds;
}

/** Both columns open: the default, and what a broken or absent stored value means. */
export const OPEN: Folds = { left: false, right: false };
/** The wide views start with both columns out of the way. */
export const WIDE_START: Folds = { left: true, right: true };
/** The localStorage key of the graph view's folds. */
export const STORAGE_KEY = 'chipgraph.columns';

const SIDES: readonly Side[] = ['left', 'right'];

/**
 * Reads stored folds. Storage is outside data (another version of the page, an extension or a
 * person may have written anything there), so anything but a boolean counts as open.
 * @param raw - the stored text, or null when nothing is stored
 */
export function parseFolds(raw: string | null): Folds {
  if (raw === null) return OPEN;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return OPEN;
  }
  if (typeof value !== 'object' || value === null) return OPEN;
  return {
    left: 'left' in value && value.left === true,
    right: 'right' in value && value.right === true,
  };
}

/** The text `parseFolds` reads back. */
export function serializeFolds(folds: Folds): string {
  return JSON.stringify({ left: folds.left, right: folds.right });
}

/** The folds in force for a view: the graph view's own, or the wide views' shared ones. */
export function foldsFor(prefs: FoldPrefs, view: ViewName): Folds {
  return view === 'graph' ? prefs.graph : prefs.wide;
}

/** Sets one column of the folds in force for `view`, leaving the other kind of view alone. */
export function withFold(prefs: FoldPrefs, view: ViewName, side: Side, folded: boolean): FoldPrefs {
  const folds = { ...foldsFor(prefs, view), [side]: folded };
  return view === 'graph' ? { ...prefs, graph: folds } : { ...prefs, wide: folds };
}

/** The column a key folds or unfolds, if any. */
export function sideForKey(key: string): Side | null {
  return key === '[' ? 'left' : key === ']' ? 'right' : null;
}

/** What each column's button and body attribute are called. */
const COLUMN: Record<
  Side,
  { button: string; column: string; what: string; name: string; key: string }
> = {
  left: {
    button: 'fold-left',
    column: 'filters-panel',
    what: 'the legend',
    name: 'Legend',
    key: '[',
  },
  right: {
    button: 'fold-right',
    column: 'right-column',
    what: 'the path finder and details',
    name: 'Path finder and details',
    key: ']',
  },
};

/** Whether the reader is typing (a key there is text, not a command). */
const typing = (target: EventTarget | null): boolean =>
  target instanceof HTMLInputElement ||
  target instanceof HTMLTextAreaElement ||
  target instanceof HTMLSelectElement ||
  (target instanceof HTMLElement && target.isContentEditable);

function readStored(): Folds {
  try {
    return parseFolds(localStorage.getItem(STORAGE_KEY));
  } catch {
    // Storage can be switched off (it then throws): the columns simply start open.
    return OPEN;
  }
}

function remember(folds: Folds): void {
  try {
    localStorage.setItem(STORAGE_KEY, serializeFolds(folds));
  } catch {
    // Full or switched-off storage: the fold still holds for this visit.
  }
}

/**
 * Wires the fold buttons, the `[` and `]` keys and the skip links; lays the columns out for the
 * store's view now and on every change. Call it before the explorer's own store listener, so
 * that its view switch resizes sigma to the columns already laid out. Listeners end with `signal`.
 * @param renderer - the graph's renderer, if any (sigma is resized when its room changes)
 */
export function createColumns(
  viewStore: Store,
  renderer: () => Renderer | null,
  signal: AbortSignal,
): void {
  let prefs: FoldPrefs = { graph: readStored(), wide: WIDE_START };
  let laidOut = '';

  const apply = () => {
    const folds = foldsFor(prefs, viewStore.get().view);
    for (const side of SIDES) {
      const folded = folds[side];
      const { button: buttonId, column, what, name, key } = COLUMN[side];
      document.body.dataset[`${side}Column`] = folded ? 'folded' : 'open';
      const button = byId(buttonId, HTMLButtonElement);
      const action = `${folded ? 'Show' : 'Hide'} ${what}`;
      button.setAttribute('aria-label', action);
      button.title = `${action} (key ${key})`;
      button.setAttribute('aria-expanded', String(!folded));
      // The chevron points the way the column will move; a folded rail also names its column.
      const chevron = folded === (side === 'left') ? '›' : '‹';
      if (folded) replaceChildren(button, chevron, h('span', { className: 'fold-name' }, name));
      else replaceChildren(button, chevron);
      // Focus must not stay inside a column that just disappeared.
      if (folded && byId(column, HTMLElement).contains(document.activeElement)) button.focus();
    }
    const now = `${folds.left}${folds.right}`;
    if (now === laidOut) return;
    laidOut = now;
    // sigma follows window resizes only: tell it the canvas changed size. A hidden canvas (another
    // view) has no size, and sigma refuses that; the explorer resizes it when the graph returns.
    const drawn = renderer();
    const container = drawn?.sigma.getContainer();
    if (drawn && container && container.offsetWidth > 0 && container.offsetHeight > 0) {
      drawn.sigma.resize();
      drawn.refresh();
    }
  };

  const set = (side: Side, folded: boolean) => {
    const { view } = viewStore.get();
    prefs = withFold(prefs, view, side, folded);
    if (view === 'graph') remember(prefs.graph);
    apply();
  };
  const toggle = (side: Side) => set(side, !foldsFor(prefs, viewStore.get().view)[side]);

  for (const side of SIDES) {
    byId(COLUMN[side].button, HTMLButtonElement).addEventListener('click', () => toggle(side), {
      signal,
    });
  }
  document.addEventListener(
    'keydown',
    (event) => {
      const side = sideForKey(event.key);
      if (side === null || typing(event.target) || narrow()) return;
      // Ctrl/Cmd combinations belong to the browser; AltGr is how some layouts type [ and ].
      if (event.metaKey || (event.ctrlKey && !event.getModifierState('AltGraph'))) return;
      event.preventDefault();
      toggle(side);
    },
    { signal },
  );
  // "Skip to the path finder / details" would lead nowhere inside a folded column: unfold it first.
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.skip-link')) {
    link.addEventListener(
      'click',
      () => {
        const target = document.getElementById(link.hash.slice(1));
        const side = SIDES.find(
          (s) => target && byId(COLUMN[s].column, HTMLElement).contains(target),
        );
        if (side && foldsFor(prefs, viewStore.get().view)[side]) set(side, false);
      },
      { signal },
    );
  }
  const selects = (state: ViewState) => state.selected !== null || state.selectedEdge !== null;
  viewStore.subscribe((state, previous) => {
    if (signal.aborted) return;
    // A row chosen in the table, or the table opened on a selection (a link, or a page without
    // WebGL): its details come back beside the table.
    const chose =
      state.view === 'table' &&
      selects(state) &&
      (previous.view !== 'table' ||
        state.selected !== previous.selected ||
        state.selectedEdge !== previous.selectedEdge);
    if (chose && prefs.wide.right) prefs = withFold(prefs, 'table', 'right', false);
    apply();
  });
  if (viewStore.get().view === 'table' && selects(viewStore.get()))
    prefs = withFold(prefs, 'table', 'right', false);
  apply();
}
