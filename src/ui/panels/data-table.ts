/**
 * One sortable, filterable, keyboard-navigable table with a choice of columns and "Export CSV" of
 * what it shows. A long table (over `VIRTUAL_ROWS` rows) draws only the rows in view, one line
 * each with the full text as a tooltip, so that a 100k-row table scrolls as lightly as a short one.
 */
import { foldText } from '../../model/text';
import { csvText } from '../../io/csv-write';
import { h, replaceChildren } from '../dom';
import { downloadName, downloadText } from '../download';
import { offsetToShow, rowWindow } from '../row-window';

/** One cell: the text shown (and exported), how it sorts, and optionally a richer display. */
export interface Cell {
  readonly text: string;
  readonly sort: string | number;
  readonly display?: () => HTMLElement;
}

export interface Column {
  readonly name: string;
  readonly numeric?: boolean;
  /** A sentence-long text: the column gets room (at least 16em). */
  readonly long?: boolean;
  /** Its width in em in a long table, whose columns cannot size to rows not drawn. Default 9. */
  readonly width?: number;
}

export interface Row {
  readonly key: string;
  readonly cells: readonly Cell[];
}

/** Above this many rows (after the filter), a table draws only the rows in view. */
export const VIRTUAL_ROWS = 400;
/** Rows drawn beyond the view on each side of a long table. */
const OVERSCAN = 15;
/** A long table's row height before one is measured (one line of text and padding). */
const ROW_HEIGHT_GUESS = 27;

/** The one collator of every table: creating one per sort (or per comparison) is costly. */
const collator = new Intl.Collator();

/**
 * Sort keys cached per column: each distinct text's place in collation order. Valid for one set of
 * rows (a table drops it when its rows change); a filtered subset of those rows reuses it.
 */
export type SortKeyCache = Map<number, ReadonlyMap<string, number>>;

/** Each distinct text of `texts` → its place in collation order (equal texts share one). */
function collationRanks(texts: Iterable<string>): Map<string, number> {
  const distinct = [...new Set(texts)].sort(collator.compare);
  const ranks = new Map<string, number>();
  let rank = 0;
  distinct.forEach((text, i) => {
    const previous = distinct[i - 1];
    if (previous !== undefined && collator.compare(previous, text) !== 0) rank = i;
    ranks.set(text, rank);
  });
  return ranks;
}

/**
 * Rows in the order of a column (numbers numerically, text by locale). Each row's key is computed
 * once. Texts that repeat (a relation's kind, an entity's kind, a source's name) are ranked once
 * each and the rows sorted by rank, which `cache` keeps for the next sort of the same rows; texts
 * that are mostly distinct (names, claims) are compared with the one collator directly, which is
 * then the faster of the two (measured at 400k relations: 1.7 s against 2.4 s for distinct
 * claims; 0.66 s against 0.88 s for 100k names repeated four times).
 */
export function sortRows<R extends Row>(
  rows: readonly R[],
  column: number,
  ascending: boolean,
  cache: SortKeyCache = new Map(),
): R[] {
  const values = rows.map((row) => row.cells[column]?.sort ?? '');
  const sign = ascending ? 1 : -1;
  const order = Array.from(rows.keys());
  // Ties keep the rows' order (a stable sort), whichever way.
  if (values.every((v) => typeof v === 'number')) {
    order.sort((a, b) => sign * ((values[a] ?? 0) - (values[b] ?? 0)) || a - b);
  } else {
    const texts = values.map(String);
    let ranks = cache.get(column);
    if (ranks === undefined || texts.some((text) => !ranks?.has(text))) {
      const distinct = new Set(texts);
      ranks = distinct.size <= texts.length / 2 ? collationRanks(distinct) : undefined;
      if (ranks !== undefined) cache.set(column, ranks);
    }
    if (ranks === undefined) {
      order.sort((a, b) => sign * collator.compare(texts[a] ?? '', texts[b] ?? '') || a - b);
    } else {
      const known = ranks;
      const keys = Float64Array.from(texts, (text) => known.get(text) ?? 0);
      order.sort((a, b) => sign * ((keys[a] ?? 0) - (keys[b] ?? 0)) || a - b);
    }
  }
  return order.map((i) => rows[i]).filter((row): row is R => row !== undefined);
}

/** Folded cell texts, computed once per cell: a filter over 400k rows folds each text once. */
const foldedTexts = new WeakMap<Cell, string>();
const folded = (cell: Cell) => {
  let text = foldedTexts.get(cell);
  if (text === undefined) {
    text = foldText(cell.text);
    foldedTexts.set(cell, text);
  }
  return text;
};

/** Rows any of whose shown cells contain the filter text (case- and accent-insensitively). */
export function filterRows<R extends Row>(
  rows: readonly R[],
  filter: string,
  shown: (column: number) => boolean,
): R[] {
  const needle = foldText(filter.trim());
  if (needle === '') return [...rows];
  return rows.filter((row) =>
    row.cells.some((cell, i) => shown(i) && folded(cell).includes(needle)),
  );
}

/** A table on the page: its element, and `update` to show other rows or another selection. */
export interface DataTable {
  readonly element: HTMLElement;
  /** Shows these rows (the same array again: only the selection is redrawn). */
  update(rows: readonly Row[], selected: string | null): void;
}

/**
 * Creates a table. Its sort, filter and hidden columns live as long as the table does.
 * @param spec.id - the prefix of its element ids (`<id>-table`, `<id>-filter`, `<id>-table-wrap`)
 */
export function createDataTable(spec: {
  readonly id: string;
  readonly title: string;
  readonly columns: readonly Column[];
  /** The graph's name, for the CSV file's name. */
  readonly fileName: () => string;
  readonly onPick: (key: string) => void;
}): DataTable {
  const { id, title, columns } = spec;
  let column = 0;
  let ascending = true;
  let filter = '';
  const hidden = new Set<number>();
  const shown = (i: number) => !hidden.has(i);
  let rows: readonly Row[] = [];
  let visibleRows: Row[] = [];
  /** Sort keys of `rows`, per column (see `sortRows`). */
  let sortKeys: SortKeyCache = new Map();
  let selected: string | null = null;
  let rowHeight = ROW_HEIGHT_GUESS;
  const virtual = () => visibleRows.length > VIRTUAL_ROWS;

  const heading = h('h3', { id: `${id}-title` });
  const head = h('thead');
  const body = h('tbody');
  const table = h(
    'table',
    { id: `${id}-table`, className: 'data-table' },
    h('caption', { className: 'visually-hidden' }, title),
    head,
    body,
  );
  const wrap = h('div', { className: 'table-wrap', id: `${id}-table-wrap` }, table);

  /** Sort and filter again, then redraw the heading and rows (from the top when asked). */
  const refilter = (toTop: boolean) => {
    const wasVirtual = virtual();
    visibleRows = sortRows(filterRows(rows, filter, shown), column, ascending, sortKeys);
    if (virtual() !== wasVirtual) drawHead();
    heading.textContent = `${title} (${visibleRows.length} of ${rows.length} shown)`;
    table.classList.toggle('virtual', virtual());
    wrap.classList.toggle('virtual', virtual());
    table.setAttribute('aria-rowcount', String(visibleRows.length + 1));
    if (toTop) wrap.scrollTop = 0;
    drawBody();
  };

  const cellElement = (cell: Cell, i: number) => {
    const long = columns[i]?.long === true;
    const props = {
      className: long ? 'long' : null,
      // A long table shows one line per row: the whole text on hover.
      title: virtual() && cell.text.length > 0 ? cell.text : null,
    };
    const content = cell.display ? cell.display() : cell.text;
    return i === 0 ? h('th', { scope: 'row', ...props }, content) : h('td', props, content);
  };

  const rowElement = (row: Row, index: number) =>
    h(
      'tr',
      {
        tabindex: 0,
        'data-key': row.key,
        'data-index': index,
        'aria-rowindex': index + 2,
        className: row.key === selected ? 'selected' : null,
        'aria-current': row.key === selected ? 'true' : null,
        onclick: () => spec.onPick(row.key),
      },
      row.cells.map((cell, i) => (shown(i) ? cellElement(cell, i) : null)),
    );

  const spacer = (height: number) => {
    const cell = h('td', { colspan: columns.length - hidden.size });
    cell.style.height = `${height}px`;
    return h('tr', { className: 'spacer', 'aria-hidden': 'true' }, cell);
  };

  let drawn = { first: -1, end: -1 };
  /** Draws the rows in view (all of a short table), keeping the focused row focused. */
  function drawBody(force = true) {
    const total = visibleRows.length;
    const range = virtual()
      ? rowWindow(wrap.scrollTop - head.offsetHeight, wrap.clientHeight, rowHeight, total, OVERSCAN)
      : { first: 0, end: total };
    if (!force && range.first === drawn.first && range.end === drawn.end) return;
    drawn = range;
    const focused =
      document.activeElement instanceof HTMLTableRowElement && body.contains(document.activeElement)
        ? Number(document.activeElement.dataset['index'])
        : null;
    replaceChildren(
      body,
      range.first > 0 ? spacer(range.first * rowHeight) : null,
      visibleRows.slice(range.first, range.end).map((row, i) => rowElement(row, range.first + i)),
      range.end < total ? spacer((total - range.end) * rowHeight) : null,
    );
    if (focused !== null)
      body
        .querySelector<HTMLElement>(`tr[data-index="${focused}"]`)
        ?.focus({ preventScroll: true });
    if (virtual()) {
      // The real height of a one-line row, once drawn: the spacers and window follow it.
      const measured = body.querySelector('tr[data-key]')?.getBoundingClientRect().height ?? 0;
      if (measured > 0 && Math.abs(measured - rowHeight) > 0.5) {
        rowHeight = measured;
        drawBody();
      }
    }
  }

  let frame = 0;
  wrap.addEventListener('scroll', () => {
    if (!virtual() || frame !== 0) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      drawBody(false);
    });
  });

  // A taller box (a rotated phone, a resized window) shows more rows than were drawn.
  const resized = new ResizeObserver(() => {
    if (!wrap.isConnected) resized.disconnect();
    else if (virtual()) drawBody(false);
  });
  resized.observe(wrap);

  /** Focuses row `index` (of the sorted, filtered rows), scrolling a long table to it. */
  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(visibleRows.length - 1, index));
    if (virtual()) {
      const rowsTop = head.offsetHeight;
      wrap.scrollTop =
        rowsTop +
        offsetToShow(target, wrap.scrollTop - rowsTop, wrap.clientHeight - rowsTop, rowHeight);
      drawBody(false);
    }
    body.querySelector<HTMLElement>(`tr[data-index="${target}"]`)?.focus();
  };
  body.addEventListener('keydown', (event) => {
    if (!(event.target instanceof HTMLTableRowElement)) return;
    const index = Number(event.target.dataset['index']);
    const key = event.target.dataset['key'];
    const page = Math.max(1, Math.floor(wrap.clientHeight / rowHeight) - 1);
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: visibleRows.length - 1,
    };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (key !== undefined) spec.onPick(key);
    } else if (event.key in moves) {
      event.preventDefault();
      focusRow(moves[event.key] ?? index);
    }
  });

  /** The header row; a long table's columns get set widths, as no row is there to size them. */
  function drawHead() {
    const long = virtual();
    table.style.minWidth = long
      ? `${columns.reduce((sum, c, i) => sum + (shown(i) ? (c.width ?? 9) : 0), 0)}em`
      : '';
    const th = (c: Column, i: number) => {
      const cell = h(
        'th',
        {
          scope: 'col',
          className: c.long ? 'long' : null,
          'aria-sort': column === i ? (ascending ? 'ascending' : 'descending') : 'none',
        },
        h(
          'button',
          {
            type: 'button',
            className: 'sort',
            'data-column': i,
            onclick: () => {
              ascending = column === i ? !ascending : true;
              column = i;
              drawHead();
              refilter(true);
              head.querySelector<HTMLButtonElement>(`button[data-column="${i}"]`)?.focus();
            },
          },
          c.name,
        ),
      );
      if (long) cell.style.width = `${c.width ?? 9}em`;
      return cell;
    };
    replaceChildren(
      head,
      h(
        'tr',
        { 'aria-rowindex': 1 },
        columns.map((c, i) => (shown(i) ? th(c, i) : null)),
      ),
    );
  }

  // A long table filters as the reader pauses, not on every keystroke.
  let typing: ReturnType<typeof setTimeout> | undefined;
  const filterBox = h('input', {
    type: 'search',
    id: `${id}-filter`,
    placeholder: 'Filter rows',
    oninput: (event: Event) => {
      if (!(event.target instanceof HTMLInputElement)) return;
      filter = event.target.value;
      clearTimeout(typing);
      if (rows.length > VIRTUAL_ROWS) typing = setTimeout(() => refilter(true), 150);
      else refilter(true);
    },
  });
  const exportCsv = () =>
    downloadText(
      downloadName(spec.fileName(), 'csv', `-${id}`),
      csvText(
        columns.filter((_c, i) => shown(i)).map((c) => c.name),
        visibleRows.map((row) => row.cells.filter((_c, i) => shown(i)).map((c) => c.text)),
      ),
      'text/csv',
    );
  const columnChoice = h(
    'details',
    { className: 'column-choice' },
    h('summary', {}, 'Columns'),
    h(
      'fieldset',
      {},
      h('legend', { className: 'visually-hidden' }, `Columns of the ${id} table`),
      columns.map((c, i) =>
        h(
          'label',
          {},
          h('input', {
            type: 'checkbox',
            checked: shown(i),
            disabled: i === 0,
            onchange: () => {
              if (hidden.has(i)) hidden.delete(i);
              else hidden.add(i);
              drawHead();
              refilter(false);
            },
          }),
          ` ${c.name}`,
        ),
      ),
    ),
  );

  const element = h(
    'section',
    { className: 'table-section', 'aria-labelledby': `${id}-title` },
    heading,
    h(
      'div',
      { className: 'table-tools' },
      h('label', { for: filterBox.id, className: 'visually-hidden' }, `Filter ${id}`),
      filterBox,
      columnChoice,
      h('button', { type: 'button', className: 'export-csv', onclick: exportCsv }, 'Export CSV'),
    ),
    wrap,
  );
  drawHead();

  return {
    element,
    update(next, nextSelected) {
      const before = selected;
      selected = nextSelected;
      if (next !== rows) {
        rows = next;
        sortKeys = new Map();
        refilter(false);
        return;
      }
      if (before === selected) return;
      // Only the rows drawn can show the selection.
      for (const tr of body.querySelectorAll<HTMLTableRowElement>('tr[data-key]')) {
        const is = tr.dataset['key'] === selected;
        tr.classList.toggle('selected', is);
        if (is) tr.setAttribute('aria-current', 'true');
        else tr.removeAttribute('aria-current');
      }
    },
  };
}
