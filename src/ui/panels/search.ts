/**
 * The search box: an ARIA combobox over labels and aliases (case-, accent-insensitive, native
 * scripts included) with a keyboard-navigable suggestion list. Follows the filters.
 */
import { createEntityIndex } from '../../graph/lookup';
import { kindLabel } from '../../graph/describe';
import { h, replaceChildren } from '../dom';
import type { Store } from '../store';

export function createSearch(
  input: HTMLInputElement,
  listbox: HTMLElement,
  store: Store,
  onSelect: (node: string) => void,
): void {
  const graph = store.graph;
  const index = createEntityIndex(graph);
  let hits: { id: string; label: string; matched: string }[] = [];
  let active = -1;

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
          'No matching entity (filters may hide it)',
        ),
      );
    } else {
      replaceChildren(
        listbox,
        hits.map((hit, i) =>
          h(
            'li',
            {
              id: `search-option-${i}`,
              role: 'option',
              'aria-selected': i === active ? 'true' : 'false',
              className: i === active ? 'active' : null,
              onmousedown: (event: Event) => {
                event.preventDefault(); // keep focus in the input
                choose(i);
              },
            },
            h('span', {
              className: 'swatch',
              style: `background:${graph.getNodeAttribute(hit.id, 'color')}`,
            }),
            h('span', { className: 'option-label' }, hit.label),
            hit.matched !== hit.label && hit.matched !== hit.id
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
    if (active >= 0) input.setAttribute('aria-activedescendant', `search-option-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };

  const choose = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    input.value = hit.label;
    close();
    onSelect(hit.id);
  };

  input.addEventListener('input', () => {
    const visible = store.visibility().nodes;
    hits = index
      .search(input.value, 50)
      .filter((hit) => visible.has(hit.id))
      .slice(0, 8);
    active = hits.length > 0 ? 0 : -1;
    render();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (hits.length === 0) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length;
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(Math.max(active, 0));
    } else if (event.key === 'Escape') {
      if (!listbox.hidden) {
        event.stopPropagation();
        close();
      }
    }
  });
  input.addEventListener('blur', close);
}
