/**
 * Entity autocomplete, for the search box and the path finder: labels and aliases (case-,
 * accent-insensitive, native scripts included) in a keyboard-navigable suggestion list, then
 * forgiving matches (typos, descriptions, claims) once that index has loaded.
 */
import { kindSwatch } from './swatch';
import { entityIndexOf } from '../../graph/lookup';
import type { SearchHit, SearchIndex } from '../../graph/search-index';
import { kindLabel } from '../../graph/describe';
import { h, replaceChildren } from '../dom';
import type { Store } from '../store';

/**
 * Turns a text input into an entity combobox (ARIA 1.2 pattern: the input keeps focus, arrows move
 * the active option, Enter or a click chooses it, Esc closes the list).
 * @param respectFilters - offer only entities the filters leave visible (the search box does)
 */
export function attachEntityAutocomplete(
  input: HTMLInputElement,
  listbox: HTMLElement,
  store: Store,
  onSelect: (node: string) => void,
  respectFilters = true,
  signal?: AbortSignal,
): void {
  const graph = store.graph;
  const index = entityIndexOf(graph);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listbox.id);
  listbox.setAttribute('role', 'listbox');
  listbox.hidden = true;
  const optionId = (i: number) => `${listbox.id}-option-${i}`;
  let hits: (Pick<SearchHit, 'id' | 'label' | 'matched'> & Partial<SearchHit>)[] = [];
  let active = -1;
  // The forgiving search (MiniSearch, about 7 KB gzip, and an index that takes a while to build
  // on a large graph) loads on first focus, after the page's first script; until it is ready the
  // literal name index answers alone.
  let forgiving: SearchIndex | null = null;
  let loading = false;
  const loadForgiving = () => {
    if (loading) return;
    loading = true;
    import('../../graph/search-index')
      .then(({ searchIndexOf }) => searchIndexOf(graph))
      .then((loaded) => {
        forgiving = loaded;
        if (signal?.aborted !== true && document.activeElement === input && input.value.trim())
          suggest();
      })
      .catch((error: unknown) => {
        // Literal search still works; say why the forgiving one does not, for whoever looks.
        console.warn('Forgiving search unavailable:', error);
      });
  };

  const close = () => {
    hits = [];
    active = -1;
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };

  const render = () => {
    if (hits.length === 0) {
      if (input.value.trim() === '') return close();
      replaceChildren(
        listbox,
        h(
          'li',
          { className: 'search-empty', role: 'option', 'aria-disabled': 'true' },
          respectFilters ? 'No matching entity (filters may hide it)' : 'No matching entity',
        ),
      );
    } else {
      replaceChildren(
        listbox,
        hits.map((hit, i) =>
          h(
            'li',
            {
              id: optionId(i),
              role: 'option',
              'aria-selected': i === active ? 'true' : 'false',
              className: i === active ? 'active' : null,
              onmousedown: (event: Event) => {
                event.preventDefault(); // keep focus in the input
                choose(i);
              },
            },
            kindSwatch(
              graph.getNodeAttribute(hit.id, 'kind'),
              graph.getNodeAttribute(hit.id, 'color'),
            ),
            h('span', { className: 'option-label' }, hit.label),
            hit.matchedIn === 'description' || hit.matchedIn === 'claim'
              ? h(
                  'span',
                  { className: 'option-alias option-context' },
                  `${hit.matchedIn === 'claim' ? 'in a claim' : 'in the description'}: ${hit.snippet ?? ''}`,
                )
              : hit.matched !== hit.label && hit.matched !== hit.id
                ? h('span', { className: 'option-alias' }, ` (${hit.matched})`)
                : null,
            h(
              'span',
              { className: 'option-kind' },
              kindLabel(graph.getNodeAttribute(hit.id, 'kind')),
            ),
          ),
        ),
      );
    }
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', optionId(active));
    else input.removeAttribute('aria-activedescendant');
  };

  const choose = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    input.value = hit.label;
    close();
    onSelect(hit.id);
  };

  const suggest = () => {
    frame = 0;
    // Focus moved on before the frame came: nothing to suggest to.
    if (document.activeElement !== input) return close();
    const visible = store.visibility();
    const shown = respectFilters ? (edge: string) => visible.edges.has(edge) : undefined;
    hits = (
      forgiving === null ? index.search(input.value, 50) : forgiving.search(input.value, 50, shown)
    )
      .filter((hit) => !respectFilters || visible.nodes.has(hit.id))
      .slice(0, 8);
    active = hits.length > 0 ? 0 : -1;
    render();
  };
  // Keystrokes within one frame make one search (fast typing on a large graph queues none); a
  // key that acts on the suggestions runs the pending one first.
  let frame = 0;
  input.addEventListener('focus', loadForgiving, { signal });
  input.addEventListener(
    'input',
    () => {
      loadForgiving();
      if (frame === 0) frame = requestAnimationFrame(suggest);
    },
    { signal },
  );
  signal?.addEventListener('abort', () => cancelAnimationFrame(frame));
  input.addEventListener(
    'keydown',
    (event) => {
      if (frame !== 0 && ['ArrowDown', 'ArrowUp', 'Enter'].includes(event.key)) {
        cancelAnimationFrame(frame);
        suggest();
      }
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        if (hits.length === 0) return;
        event.preventDefault();
        active = (active + (event.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length;
        render();
      } else if (event.key === 'Enter') {
        // With suggestions open, Enter picks one; otherwise it does what Enter does (submits).
        if (hits.length === 0) return;
        event.preventDefault();
        choose(Math.max(active, 0));
      } else if (event.key === 'Escape') {
        if (!listbox.hidden) {
          event.stopPropagation();
          close();
        }
      }
    },
    { signal },
  );
  input.addEventListener(
    'blur',
    () => {
      cancelAnimationFrame(frame);
      frame = 0;
      close();
    },
    { signal },
  );
}
