/**
 * Short, dismissible notices (unknown URL values, WebGL missing, import problems). A notice of
 * the same text as one already shown replaces it, and only the newest few show: four stacked
 * errors once pushed the graph down 210 px. The older ones wait, hidden, and show again as the
 * newer ones are dismissed.
 */
import { h } from '../dom';

export type Notify = (message: string, level?: 'info' | 'error') => void;

/** How long an informative notice stays (errors stay until dismissed). */
export const NOTICE_SECONDS = 8;

/** How many notices show at once (the newest). */
export const MAX_VISIBLE_NOTICES = 2;

/**
 * Which notices show, given their texts oldest first: the newest `max`. Pure, for the tests.
 * @returns one flag per notice, in the same order
 */
export function visibleNotices(texts: readonly string[], max = MAX_VISIBLE_NOTICES): boolean[] {
  return texts.map((_text, i) => i >= texts.length - Math.max(0, max));
}

/**
 * The index of a shown notice with this text (posting it again replaces that one rather than
 * stacking a copy), or -1. Pure, for the tests.
 */
export function sameNotice(texts: readonly string[], message: string): number {
  return texts.indexOf(message);
}

/** Creates the notice area; returns the function that posts a notice. */
export function createNotices(container: HTMLElement): Notify {
  const items: { readonly text: string; readonly element: HTMLElement }[] = [];
  const arrange = () => {
    const shown = visibleNotices(items.map((item) => item.text));
    items.forEach((item, i) => {
      item.element.hidden = shown[i] !== true;
    });
  };
  const remove = (element: HTMLElement) => {
    const i = items.findIndex((item) => item.element === element);
    if (i < 0) return;
    items.splice(i, 1);
    element.remove();
    arrange();
  };
  return (message, level = 'info') => {
    const earlier =
      items[
        sameNotice(
          items.map((item) => item.text),
          message,
        )
      ];
    if (earlier) remove(earlier.element);
    const item = h(
      'div',
      { className: `notice notice-${level}`, role: level === 'error' ? 'alert' : null },
      h('span', {}, message),
      h(
        'button',
        {
          type: 'button',
          className: 'notice-close',
          'aria-label': 'Dismiss notice',
          title: 'Dismiss',
          onclick: () => remove(item),
        },
        '×',
      ),
    );
    items.push({ text: message, element: item });
    container.append(item);
    arrange();
    if (level === 'info') setTimeout(() => remove(item), NOTICE_SECONDS * 1000);
  };
}
