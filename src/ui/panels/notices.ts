/** Short, dismissible notices (unknown URL values, WebGL missing, import problems). */
import { h } from '../dom';

export type Notify = (message: string, level?: 'info' | 'error') => void;

/** How long an informative notice stays (errors stay until dismissed). */
export const NOTICE_SECONDS = 8;

/** Creates the notice area; returns the function that posts a notice. */
export function createNotices(container: HTMLElement): Notify {
  return (message, level = 'info') => {
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
          onclick: () => item.remove(),
        },
        '×',
      ),
    );
    container.append(item);
    if (level === 'info') setTimeout(() => item.remove(), NOTICE_SECONDS * 1000);
  };
}
