/**
 * On a phone, the side panels open one at a time as a sheet over the lower part of the screen
 * (`body[data-sheet]`), from the "Panels" button or the sheet tabs; the graph, fitted again,
 * keeps the upper part.
 */
import { byId } from './dom';
import type { Renderer } from './renderer';
import type { Store } from './store';

/** The panel shown as a sheet ('' for none). */
export type Sheet = '' | 'filters' | 'paths' | 'details';

const PANELS: Record<Exclude<Sheet, ''>, string> = {
  filters: 'filters-panel',
  paths: 'path-panel',
  details: 'details-panel',
};

/** Whether the page is laid out for a phone (panels as sheets). */
export const narrow = (): boolean => window.matchMedia('(max-width: 800px)').matches;

/**
 * Wires the sheet buttons; returns `setSheet`. Listeners end with `signal`.
 * @param renderer - the graph's renderer, if any (it is resized and refitted when a sheet opens)
 */
export function createSheets(
  store: Store,
  renderer: () => Renderer | null,
  signal: AbortSignal,
): (sheet: Sheet) => void {
  const setSheet = (sheet: Sheet) => {
    document.body.dataset['sheet'] = sheet;
    byId('toggle-panels', HTMLButtonElement).setAttribute('aria-expanded', String(sheet !== ''));
    for (const button of document.querySelectorAll<HTMLElement>('.sheet-tabs [data-sheet]'))
      if (button.dataset['sheet'] !== '')
        button.setAttribute('aria-pressed', String(button.dataset['sheet'] === sheet));
    // The sheet opens at its heading.
    if (sheet !== '') byId(PANELS[sheet], HTMLElement).scrollTop = 0;
    // The graph area changed size: sigma redraws for it and the selection is fitted again.
    const drawn = renderer();
    if (drawn) {
      drawn.sigma.resize();
      const { selected } = store.get();
      if (selected !== null) drawn.focusOn(selected);
      else drawn.refresh();
    }
  };

  byId('toggle-panels', HTMLButtonElement).addEventListener(
    'click',
    () => {
      const open = (document.body.dataset['sheet'] ?? '') !== '';
      const { selected, selectedEdge, path } = store.get();
      setSheet(
        open
          ? ''
          : selected !== null || selectedEdge !== null
            ? 'details'
            : path
              ? 'paths'
              : 'filters',
      );
    },
    { signal },
  );
  for (const button of document.querySelectorAll<HTMLElement>('.sheet-tabs [data-sheet]')) {
    button.addEventListener(
      'click',
      () => {
        const sheet = button.dataset['sheet'];
        if (sheet === '' || sheet === 'filters' || sheet === 'paths' || sheet === 'details')
          setSheet(sheet);
      },
      { signal },
    );
  }
  return setSheet;
}
