/**
 * Interactions at scale, in Node: the pure work behind what a reader does on a large graph (a
 * restyle, a hub's perspectives, a filter change, the table), timed without the browser so that
 * the page's own JavaScript is measured apart from sigma's draw (the browser rows time the rest).
 * Each with the floor it cannot beat as its baseline, where there is one.
 */
import { asserterCounts, perspectivesOn } from '../../src/graph/claims';
import type { KnowledgeGraph } from '../../src/graph/types';
import { importGraphFile } from '../../src/io/import';
import { parallelEdgeCurvatures } from '../../src/ui/curvature';
import {
  orderRows,
  SORTED_OPEN_LIMIT,
  sortRows,
  type SortKeyCache,
} from '../../src/ui/panels/data-table';
import { entityColumns, relationColumns } from '../../src/ui/panels/table';
import { createEdgeReducer, createNodeReducer, type ViewContext } from '../../src/ui/reducers';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../src/ui/view-state';
import { computeVisibility } from '../../src/ui/visibility';
import { MIN_RUNS, stat, time, type Row } from './stats';
import { syntheticGraph } from './synthetic';

/** The most connected node: the hub whose selection and perspectives cost most. */
function hubOf(graph: KnowledgeGraph): string {
  let hub = '';
  let most = -1;
  graph.forEachNode((node) => {
    const degree = graph.degree(node);
    if (degree > most) [hub, most] = [node, degree];
  });
  return hub;
}

export function interactionRows(n: number, log: (row: Row) => void): Row[] {
  const graphName = `synthetic ${n / 1000}k`;
  const graph = importGraphFile('synthetic.gexf', syntheticGraph(n).gexf);
  const rows: Row[] = [];
  const add = (row: Omit<Row, 'section' | 'graph'>) => {
    const full = { section: 'Node: interactions at scale', graph: graphName, ...row };
    rows.push(full);
    log(full);
  };
  const hub = hubOf(graph);
  const runs = MIN_RUNS + 2;

  // A full restyle: every node and edge through the reducers, as sigma's refresh calls them, after
  // the selection changes (a hub and back, alternately). The floor: sigma's own copy of each
  // item's attributes, which it makes with or without reducers.
  const curvatures = parallelEdgeCurvatures(graph);
  const contextOf = (state: ViewState): ViewContext => ({
    state,
    visibility: computeVisibility(graph, state),
    hovered: null,
    path: null,
    curvatures,
    edgeLabels: false,
    large: true,
    labels: null,
  });
  const plain = contextOf(DEFAULT_VIEW_STATE);
  const selected = contextOf({ ...DEFAULT_VIEW_STATE, selected: hub });
  let context = plain;
  const nodeReducer = createNodeReducer(graph, () => context);
  const edgeReducer = createEdgeReducer(graph, () => context);
  const restyle = () => {
    graph.forEachNode((node, a) => nodeReducer(node, { ...a }));
    graph.forEachEdge((edge, a) => edgeReducer(edge, { ...a }));
  };
  const copies = () => {
    graph.forEachNode((_node, a) => ({ ...a }));
    graph.forEachEdge((_edge, a) => ({ ...a }));
  };
  restyle();
  const ours: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < runs; i++) {
    context = i % 2 === 0 ? selected : plain;
    if (i % 2 === 0) {
      ours.push(time(restyle));
      floor.push(time(copies));
    } else {
      floor.push(time(copies));
      ours.push(time(restyle));
    }
  }
  add({
    measure: 'full restyle: every item through the reducers (select a hub, clear)',
    unit: 'ms',
    ours: stat(ours),
    baseline: { name: 'sigma’s copy of each item’s attributes (its floor)', stat: stat(floor) },
  });

  const filters: number[] = [];
  for (let i = 0; i < runs; i++) {
    const state = { ...DEFAULT_VIEW_STATE, hiddenKinds: new Set(i % 2 === 0 ? ['person'] : []) };
    filters.push(time(() => computeVisibility(graph, state)));
  }
  add({ measure: 'filter change: what is visible (hide a kind)', unit: 'ms', ours: stat(filters) });

  const mount: number[] = [];
  for (let i = 0; i < runs; i++) mount.push(time(() => parallelEdgeCurvatures(graph)));
  add({ measure: 'parallel-edge curvatures (at mount)', unit: 'ms', ours: stat(mount) });

  // The table when opened: the shown entities' and relations' keys, in the graph's order (above
  // SORTED_OPEN_LIMIT rows) or sorted by name, and the cells of the first rows drawn. Then a sort
  // by name; the baseline sorts as the table once did: the collator on every comparison.
  const claimCounts = new Map(asserterCounts(graph).map(({ id, count }) => [id, count]));
  const entityTable = entityColumns(graph, claimCounts);
  const relationTable = relationColumns(graph, false);
  const shownState = computeVisibility(graph, DEFAULT_VIEW_STATE);
  const opened = () => {
    const tables = [
      [[...shownState.nodes], entityTable],
      [[...shownState.edges], relationTable],
    ] as const;
    for (const [keys, columns] of tables) {
      const column = keys.length > SORTED_OPEN_LIMIT ? null : 0;
      const view = { filter: '', column, ascending: true, shown: () => true };
      for (const key of orderRows(keys, columns, view).slice(0, 60))
        for (const c of columns) c.text(key);
    }
  };
  const open: number[] = [];
  for (let i = 0; i < runs; i++) open.push(time(opened));
  add({
    measure: `table opened: ${n / 1000}k entity and ${(4 * n) / 1000}k relation rows, the first 60 of each drawn`,
    unit: 'ms',
    ours: stat(open),
  });
  const collator = new Intl.Collator();
  const entityKeys = graph.nodes();
  const name = (key: string) => graph.getNodeAttribute(key, 'label');
  const pairwise = () => [...entityKeys].sort((a, b) => collator.compare(name(a), name(b)));
  let cache: SortKeyCache = new Map();
  const sorted: number[] = [];
  const naive: number[] = [];
  for (let i = 0; i < runs; i++) {
    // The first sort of a table ranks its texts; later ones reuse the ranks: time the first.
    cache = new Map();
    const ascending = i % 2 === 0;
    if (i % 2 === 0) {
      sorted.push(time(() => sortRows(entityKeys, entityTable, 0, ascending, cache)));
      naive.push(time(pairwise));
    } else {
      naive.push(time(pairwise));
      sorted.push(time(() => sortRows(entityKeys, entityTable, 0, ascending, cache)));
    }
  }
  add({
    measure: 'table sorted by name (first sort: texts ranked once)',
    unit: 'ms',
    ours: stat(sorted),
    baseline: { name: 'the collator on every comparison', stat: stat(naive) },
  });
  // A hub's perspectives, the hub given 20k more relations (a Gephi-sized star): its relations
  // grouped by who asserts them, against merely walking them.
  const template = graph.getEdgeAttributes(graph.edges(hub)[0] ?? graph.edges()[0] ?? '');
  const ids = graph.nodes();
  for (let i = 0; i < 20_000; i++) {
    const other = ids[(i * 7919) % ids.length] ?? hub;
    if (other !== hub)
      graph.addEdge(hub, other, { ...template, assertedBy: [ids[i % 50] ?? hub] });
  }
  const perspectives: number[] = [];
  const walk: number[] = [];
  for (let i = 0; i < runs; i++) {
    perspectives.push(time(() => perspectivesOn(graph, hub)));
    walk.push(time(() => graph.forEachEdge(hub, () => undefined)));
  }
  add({
    measure: `a hub’s perspectives (${graph.degree(hub)} relations, 50 asserters)`,
    unit: 'ms',
    ours: stat(perspectives),
    baseline: { name: 'walking the hub’s edges (the floor)', stat: stat(walk) },
  });
  return rows;
}
