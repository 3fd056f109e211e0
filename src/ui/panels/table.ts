/**
 * The table view: entities and relations as sortable, keyboard-navigable tables linked to the
 * selection, with a filter box, a choice of columns and "Export CSV" of what is shown. The
 * accessible alternative to the canvas (and the fallback without WebGL).
 */
import { asserterCounts } from '../../graph/claims';
import { asserterLabels, citationsText, kindLabel, relationWording } from '../../graph/describe';
import { CERTAINTIES, UNRATED } from '../../model/vocabulary';
import { foldText } from '../../model/text';
import { h, replaceChildren } from '../dom';
import { csvText } from '../../io/csv-write';
import { downloadName, downloadText } from '../download';
import type { Store } from '../store';
import { certaintyBadge } from './provenance';

/** One cell: the text shown (and exported), how it sorts, and optionally a richer display. */
export interface Cell {
  readonly text: string;
  readonly sort: string | number;
  readonly display?: () => HTMLElement;
}
interface Column {
  readonly name: string;
  readonly numeric?: boolean;
  /** A sentence-long text: the column gets room (at least 16em). */
  readonly long?: boolean;
  /** Shown unless the reader hides it. */
  readonly shown?: boolean;
}
interface Row {
  readonly key: string;
  readonly cells: readonly Cell[];
  readonly selected: boolean;
}
interface TableState {
  column: number;
  ascending: boolean;
  filter: string;
  hidden: Set<number>;
}

const text = (value: string): Cell => ({ text: value, sort: value });
const number = (value: number): Cell => ({ text: String(value), sort: value });

/** Rows in the order of a column (numbers numerically, text by locale). */
export function sortRows<R extends Row>(
  rows: readonly R[],
  column: number,
  ascending: boolean,
): R[] {
  return [...rows].sort((a, b) => {
    const x = a.cells[column]?.sort ?? '';
    const y = b.cells[column]?.sort ?? '';
    const order =
      typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return ascending ? order : -order;
  });
}

/** Rows any of whose shown cells contain the filter text (case- and accent-insensitively). */
export function filterRows<R extends Row>(
  rows: readonly R[],
  filter: string,
  shown: (column: number) => boolean,
): R[] {
  const needle = foldText(filter.trim());
  if (needle === '') return [...rows];
  return rows.filter((row) =>
    row.cells.some((cell, i) => shown(i) && foldText(cell.text).includes(needle)),
  );
}

export function createTable(
  container: HTMLElement,
  store: Store,
  actions: {
    readonly selectNode: (node: string) => void;
    readonly selectEdge: (edge: string) => void;
  },
): () => void {
  const graph = store.graph;
  const states: Record<'entities' | 'relations', TableState> = {
    entities: { column: 0, ascending: true, filter: '', hidden: new Set() },
    relations: { column: 0, ascending: true, filter: '', hidden: new Set() },
  };

  const table = (
    id: 'entities' | 'relations',
    title: string,
    columns: readonly Column[],
    rows: readonly Row[],
    onPick: (key: string) => void,
  ) => {
    const state = states[id];
    const shown = (i: number) => !state.hidden.has(i);
    const visibleRows = sortRows(
      filterRows(rows, state.filter, shown),
      state.column,
      state.ascending,
    );
    const filter = h('input', {
      type: 'search',
      id: `${id}-filter`,
      value: state.filter,
      placeholder: 'Filter rows',
      oninput: (event: Event) => {
        if (!(event.target instanceof HTMLInputElement)) return;
        state.filter = event.target.value;
        render();
        const again = container.querySelector<HTMLInputElement>(`#${id}-filter`);
        again?.focus();
        again?.setSelectionRange(again.value.length, again.value.length);
      },
    });
    const exportCsv = () =>
      downloadText(
        downloadName(graph.getAttribute('name'), 'csv', `-${id}`),
        csvText(
          columns.filter((_c, i) => shown(i)).map((c) => c.name),
          visibleRows.map((row) => row.cells.filter((_c, i) => shown(i)).map((c) => c.text)),
        ),
        'text/csv',
      );
    return h(
      'section',
      { className: 'table-section', 'aria-labelledby': `${id}-title` },
      h('h3', { id: `${id}-title` }, `${title} (${visibleRows.length} of ${rows.length} shown)`),
      h(
        'div',
        { className: 'table-tools' },
        h('label', { for: filter.id, className: 'visually-hidden' }, `Filter ${id}`),
        filter,
        h(
          'details',
          { className: 'column-choice' },
          h('summary', {}, 'Columns'),
          h(
            'fieldset',
            {},
            h('legend', { className: 'visually-hidden' }, `Columns of the ${id} table`),
            columns.map((column, i) =>
              h(
                'label',
                {},
                h('input', {
                  type: 'checkbox',
                  checked: shown(i),
                  disabled: i === 0,
                  onchange: () => {
                    if (state.hidden.has(i)) state.hidden.delete(i);
                    else state.hidden.add(i);
                    render();
                    container
                      .querySelector<HTMLDetailsElement>(`#${id}-table-wrap .column-choice`)
                      ?.setAttribute('open', '');
                  },
                }),
                ` ${column.name}`,
              ),
            ),
          ),
        ),
        h('button', { type: 'button', className: 'export-csv', onclick: exportCsv }, 'Export CSV'),
      ),
      h(
        'div',
        { className: 'table-wrap', id: `${id}-table-wrap` },
        h(
          'table',
          { id: `${id}-table`, className: 'data-table' },
          h('caption', { className: 'visually-hidden' }, title),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              columns.map((column, i) =>
                shown(i)
                  ? h(
                      'th',
                      {
                        scope: 'col',
                        className: column.long ? 'long' : null,
                        'aria-sort':
                          state.column === i
                            ? state.ascending
                              ? 'ascending'
                              : 'descending'
                            : 'none',
                      },
                      h(
                        'button',
                        {
                          type: 'button',
                          className: 'sort',
                          'data-column': i,
                          onclick: () => {
                            state.ascending = state.column === i ? !state.ascending : true;
                            state.column = i;
                            render();
                            container
                              .querySelector<HTMLButtonElement>(
                                `#${id}-table button[data-column="${i}"]`,
                              )
                              ?.focus();
                          },
                        },
                        column.name,
                      ),
                    )
                  : null,
              ),
            ),
          ),
          h(
            'tbody',
            {},
            visibleRows.map((row) =>
              h(
                'tr',
                {
                  tabindex: 0,
                  'data-key': row.key,
                  className: row.selected ? 'selected' : null,
                  'aria-current': row.selected ? 'true' : null,
                  onclick: () => onPick(row.key),
                  onkeydown: (event: Event) => {
                    if (
                      !(event instanceof KeyboardEvent) ||
                      !(event.currentTarget instanceof HTMLTableRowElement)
                    )
                      return;
                    const tr = event.currentTarget;
                    if (event.key === 'Enter' || event.key === ' ') {
                      event.preventDefault();
                      onPick(row.key);
                    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                      event.preventDefault();
                      const next =
                        event.key === 'ArrowDown'
                          ? tr.nextElementSibling
                          : tr.previousElementSibling;
                      if (next instanceof HTMLElement) next.focus();
                    }
                  },
                },
                row.cells.map((cell, i) => {
                  if (!shown(i)) return null;
                  const content = cell.display ? cell.display() : cell.text;
                  const className = columns[i]?.long ? 'long' : null;
                  return i === 0
                    ? h('th', { scope: 'row', className }, content)
                    : h('td', { className }, content);
                }),
              ),
            ),
          ),
        ),
      ),
    );
  };

  // How many relations each entity asserts (its claims), for the entities table.
  const claimCounts = new Map(asserterCounts(graph).map(({ id, count }) => [id, count]));
  const render = () => {
    const { nodes, edges } = store.visibility();
    const { selected, selectedEdge } = store.get();
    const entities = [...nodes].map((node): Row => {
      const a = graph.getNodeAttributes(node);
      return {
        key: node,
        selected: node === selected,
        cells: [
          text(a.label),
          text(kindLabel(a.kind)),
          text(a.aliases.join(', ')),
          text(a.description),
          number(a.degree),
          number(claimCounts.get(node) ?? 0),
          number(Number(a.pagerank.toFixed(4))),
        ],
      };
    });
    const relations = [...edges].map((edge): Row => {
      const a = graph.getEdgeAttributes(edge);
      const certainty = a.certainty ?? UNRATED;
      return {
        key: edge,
        selected: edge === selectedEdge,
        cells: [
          text(graph.getNodeAttribute(graph.source(edge), 'label')),
          text(relationWording(graph, edge).forward),
          text(graph.getNodeAttribute(graph.target(edge), 'label')),
          {
            text: certainty,
            // Strongest first when sorted ascending; the rank never shows.
            sort: a.certainty === undefined ? CERTAINTIES.length : CERTAINTIES.indexOf(a.certainty),
            display: () => certaintyBadge(a.certainty),
          },
          text(asserterLabels(graph, edge).join(', ')),
          a.date === undefined
            ? {
                text: '',
                sort: '',
                display: () => h('span', { className: 'muted small' }, 'undated'),
              }
            : text(a.date),
          text(a.claim),
          text(citationsText(graph, a.citations, 'brief')),
        ],
      };
    });
    const scrollTop = container.scrollTop;
    replaceChildren(
      container,
      h('h2', {}, 'Table'),
      table(
        'entities',
        'Entities',
        [
          { name: 'Entity' },
          { name: 'Kind' },
          { name: 'Aliases' },
          { name: 'Description', long: true },
          { name: 'Relations', numeric: true },
          { name: 'Claims made', numeric: true },
          { name: 'PageRank', numeric: true },
        ],
        entities,
        actions.selectNode,
      ),
      table(
        'relations',
        'Relations',
        [
          { name: 'Source' },
          { name: 'Relation' },
          { name: 'Target' },
          { name: 'Certainty' },
          { name: 'Asserted by' },
          { name: 'Date' },
          { name: 'Claim', long: true },
          { name: 'Citation' },
        ],
        relations,
        actions.selectEdge,
      ),
    );
    container.scrollTop = scrollTop;
  };
  return render;
}
