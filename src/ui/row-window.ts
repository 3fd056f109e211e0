/**
 * Which rows of a long table to draw: those in view plus a margin, for tables whose rows all have
 * one height (the table view draws a 100k-row table this way). Pure arithmetic, tested apart from
 * the DOM.
 */

/** Rows `first` (inclusive) to `end` (exclusive). */
export interface RowWindow {
  readonly first: number;
  readonly end: number;
}

/**
 * The rows to draw when the rows' area is scrolled by `offset` pixels and `height` pixels of it
 * are in view.
 * @param overscan - rows drawn beyond the view on each side, so that scrolling shows no gap
 */
export function rowWindow(
  offset: number,
  height: number,
  rowHeight: number,
  total: number,
  overscan: number,
): RowWindow {
  if (total <= 0 || !(rowHeight > 0)) return { first: 0, end: 0 };
  const top = Math.max(0, Math.floor(offset / rowHeight));
  const bottom = Math.ceil((Math.max(0, offset) + Math.max(0, height)) / rowHeight);
  const first = Math.min(Math.max(0, top - overscan), total);
  const end = Math.min(total, Math.max(first, bottom + overscan));
  return { first, end };
}

/**
 * The scroll offset that brings row `index` into view, changing the current `offset` as little as
 * possible (unchanged when the row is already in view).
 */
export function offsetToShow(
  index: number,
  offset: number,
  height: number,
  rowHeight: number,
): number {
  const top = index * rowHeight;
  if (top < offset) return top;
  if (top + rowHeight > offset + height) return top + rowHeight - height;
  return offset;
}
