/**
 * The table view: entities and relations as sortable, keyboard-navigable tables linked to the
 * selection. The accessible alternative to the canvas (and the fallback without WebGL).
 */
import { asserterCounts } from '../../graph/claims';
import { asserterLabels, citationsText, kindLabel, relationWording } from '../../graph/describe';
import { CERTAINTIES, UNRATED } from '../../model/schema';
import { h, replaceChildren } from '../dom';
import type { Store } from '../store';

type Cell = string | number;
interface Column {
  readonly name: string;
  readonly numeric?: boolean;
}
interface Sort {
  column: number;
  ascending: boolean;
}

function sortRows<R extends { cells: Cell[] }>(rows: R[], sort: Sort): R[] {
  return [...rows].sort((a, b) => {
    const x = a.cells[sort.column] ?? '';
    const y = b.cells[sort.column] ?? '';
    const order =
      typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return sort.ascending ? order : -order;
  });
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
  const sorts = {
    entities: { column: 0, ascending: true },
    relations: { column: 0, ascending: true },
  };

  const table = (
    id: 'entities' | 'relations',
    caption: string,
    columns: readonly Column[],
    rows: { key: string; cells: Cell[]; selected: boolean }[],
    onPick: (key: string) => void,
  ) => {
    const sort = sorts[id];
    const sorted = sortRows(rows, sort);
    return h(
      'table',
      { id: `${id}-table`, className: 'data-table' },
      h('caption', {}, caption),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          columns.map((column, i) =>
            h(
              'th',
              {
                scope: 'col',
                'aria-sort':
                  sort.column === i ? (sort.ascending ? 'ascending' : 'descending') : 'none',
              },
              h(
                'button',
                {
                  type: 'button',
                  className: 'sort',
                  onclick: () => {
                    sorts[id] = {
                      column: i,
                      ascending: sort.column === i ? !sort.ascending : true,
                    };
                    render();
                    container
                      .querySelector<HTMLButtonElement>(
                        `#${id}-table th:nth-child(${i + 1}) button`,
                      )
                      ?.focus();
                  },
                },
                column.name,
              ),
            ),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        sorted.map((row) =>
          h(
            'tr',
            {
              tabindex: 0,
              'data-key': row.key,
              'aria-selected': row.selected ? 'true' : 'false',
              className: row.selected ? 'selected' : null,
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
                    event.key === 'ArrowDown' ? tr.nextElementSibling : tr.previousElementSibling;
                  if (next instanceof HTMLElement) next.focus();
                }
              },
            },
            row.cells.map((cell, i) =>
              i === 0 ? h('th', { scope: 'row' }, cell) : h('td', {}, cell),
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
    const entities = [...nodes].map((node) => {
      const a = graph.getNodeAttributes(node);
      return {
        key: node,
        selected: node === selected,
        cells: [
          a.label,
          kindLabel(a.kind),
          a.aliases.join(', '),
          a.degree,
          claimCounts.get(node) ?? 0,
          Number(a.pagerank.toFixed(4)),
        ],
      };
    });
    const relations = [...edges].map((edge) => {
      const a = graph.getEdgeAttributes(edge);
      return {
        key: edge,
        selected: edge === selectedEdge,
        cells: [
          graph.getNodeAttribute(graph.source(edge), 'label'),
          relationWording(graph, edge).forward,
          graph.getNodeAttribute(graph.target(edge), 'label'),
          a.certainty === undefined
            ? `9 ${UNRATED}`
            : `${CERTAINTIES.indexOf(a.certainty) + 1} ${a.certainty}`,
          asserterLabels(graph, edge).join(', '),
          a.date ?? '',
          a.claim,
          citationsText(graph, a.citations, 'brief'),
        ],
      };
    });
    const scrollTop = container.scrollTop;
    replaceChildren(
      container,
      h('h2', {}, 'Table'),
      table(
        'entities',
        `Entities (${entities.length} of ${graph.order} shown)`,
        [
          { name: 'Entity' },
          { name: 'Kind' },
          { name: 'Aliases' },
          { name: 'Relations', numeric: true },
          { name: 'Claims made', numeric: true },
          { name: 'PageRank', numeric: true },
        ],
        entities,
        actions.selectNode,
      ),
      table(
        'relations',
        `Relations (${relations.length} of ${graph.size} shown)`,
        [
          { name: 'Source' },
          { name: 'Relation' },
          { name: 'Target' },
          { name: 'Certainty' },
          { name: 'Asserted by' },
          { name: 'Date' },
          { name: 'Claim' },
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
