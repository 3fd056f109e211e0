/**
 * A line over the canvas that says what the drawing is limited to, when it is: the perspective
 * ("According to Dylan Patel only") with a button back to everyone's claims. Faded entities alone
 * do not tell a reader why they are faded.
 */
import { h, replaceChildren } from './dom';
import type { Store } from './store';

/** Keeps `note` in step with the store's perspective. */
export function wireCanvasNote(note: HTMLElement, store: Store): void {
  const { graph } = store;
  let shown = '';
  const render = () => {
    const { by } = store.get();
    const key = [...by].sort().join(',');
    if (key === shown) return;
    shown = key;
    note.hidden = by.size === 0;
    if (by.size === 0) {
      replaceChildren(note);
      return;
    }
    const names = [...by].map((who) =>
      graph.hasNode(who) ? graph.getNodeAttribute(who, 'label') : who,
    );
    replaceChildren(
      note,
      h('span', {}, `According to ${names.join(', ')} only: the rest is faded.`),
      h(
        'button',
        { type: 'button', onclick: () => store.update({ by: new Set() }) },
        'Show everyone’s claims',
      ),
    );
  };
  store.subscribe(render);
  render();
}
