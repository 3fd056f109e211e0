/**
 * The side panels: the selection's details, the legend and filters, the path finder and the
 * search box. The explorer mounts them after the canvas's first frame, and their code loads as a
 * chunk of its own meanwhile: the reader sees the network first (the page's first frame was 1.6×
 * a bare sigma page's with the panels built before it).
 */
import { byId } from '../dom';
import type { PathResults } from '../path-results';
import type { Store } from '../store';
import { createDetails, type DetailsActions } from './details';
import { createFilters } from './filters';
import { createPathFinder, type PathFinder } from './paths';
import { attachEntityAutocomplete } from './search';

export interface SidePanels {
  readonly renderDetails: () => void;
  readonly renderFilters: () => void;
  readonly pathFinder: PathFinder;
}

/** Mounts the side panels in their landmarks (see DESIGN's DOM contract) and wires search. */
export function mountSidePanels(
  store: Store,
  actions: DetailsActions & { readonly selectNode: (node: string) => void },
  pathResults: () => PathResults | null,
  signal: AbortSignal,
): SidePanels {
  const pathFinder = createPathFinder(byId('path-panel', HTMLElement), store, pathResults);
  const renderDetails = createDetails(byId('details-panel', HTMLElement), store, actions);
  const renderFilters = createFilters(byId('filters-panel', HTMLElement), store);
  attachEntityAutocomplete(
    byId('search-input', HTMLInputElement),
    byId('search-options', HTMLElement),
    store,
    actions.selectNode,
    true,
    signal,
  );
  return { renderDetails, renderFilters, pathFinder };
}
