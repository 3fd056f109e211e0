/**
 * The table view: the shown entities and relations as two tables (see `data-table.ts`) linked to
 * the selection. The accessible alternative to the canvas (and the fallback without WebGL).
 */
import { asserterCounts } from '../../graph/claims';
import {
  asserterLabels,
  citationsText,
  graphHasCertainty,
  kindLabel,
  relationWording,
} from '../../graph/describe';
import type { KnowledgeGraph, NodeAttributes } from '../../graph/types';
import { CERTAINTIES, UNRATED } from '../../model/vocabulary';
import { h, replaceChildren } from '../dom';
import type { Store } from '../store';
import { createDataTable, type Column } from './data-table';
import { certaintyBadge } from './provenance';

/** The entities table's columns (exported for the bench): name, kind, aliases, description, relations, claims made, PageRank. */
export function entityColumns(
  graph: KnowledgeGraph,
  claimCounts: ReadonlyMap<string, number>,
): Column[] {
  const attribute = <K extends keyof NodeAttributes>(node: string, name: K) =>
    graph.getNodeAttribute(node, name);
  const number = (value: (node: string) => number) => ({
    numeric: true,
    width: 7,
    text: (node: string) => String(value(node)),
    sort: value,
  });
  const pagerank = (node: string) => Number(attribute(node, 'pagerank').toFixed(4));
  return [
    { name: 'Entity', width: 12, text: (node) => attribute(node, 'label') },
    { name: 'Kind', width: 10, text: (node) => kindLabel(attribute(node, 'kind')) },
    { name: 'Aliases', width: 10, text: (node) => attribute(node, 'aliases').join(', ') },
    {
      name: 'Description',
      long: true,
      width: 24,
      text: (node) => attribute(node, 'description'),
    },
    { name: 'Relations', ...number((node) => attribute(node, 'degree')) },
    { name: 'Claims made', ...number((node) => claimCounts.get(node) ?? 0) },
    { name: 'PageRank', ...number(pagerank) },
  ];
}

/**
 * The relations table's columns: its ends and wording, certainty (only when `withCertainty`: the
 * column is left out of a graph that records none), asserters, date, claim and citation.
 */
export function relationColumns(graph: KnowledgeGraph, withCertainty: boolean): Column[] {
  const attributes = (edge: string) => graph.getEdgeAttributes(edge);
  return [
    {
      name: 'Source',
      width: 11,
      text: (edge) => graph.getNodeAttribute(graph.source(edge), 'label'),
    },
    { name: 'Relation', width: 11, text: (edge) => relationWording(graph, edge).forward },
    {
      name: 'Target',
      width: 11,
      text: (edge) => graph.getNodeAttribute(graph.target(edge), 'label'),
    },
    ...(withCertainty
      ? [
          {
            name: 'Certainty',
            width: 8,
            text: (edge: string) => attributes(edge).certainty ?? UNRATED,
            // Strongest first when sorted ascending; the rank never shows.
            sort: (edge: string) => {
              const { certainty } = attributes(edge);
              return certainty === undefined ? CERTAINTIES.length : CERTAINTIES.indexOf(certainty);
            },
            display: (edge: string) => certaintyBadge(attributes(edge).certainty),
          },
        ]
      : []),
    { name: 'Asserted by', width: 10, text: (edge) => asserterLabels(graph, edge).join(', ') },
    {
      name: 'Date',
      width: 7,
      text: (edge) => attributes(edge).date ?? '',
      display: (edge) => {
        const { date } = attributes(edge);
        return date === undefined ? h('span', { className: 'muted small' }, 'undated') : date;
      },
    },
    { name: 'Claim', long: true, width: 24, text: (edge) => attributes(edge).claim },
    {
      name: 'Citation',
      width: 11,
      text: (edge) => citationsText(graph, attributes(edge).citations, 'brief'),
    },
  ];
}

/**
 * Mounts the table view in `container`; returns its render function, called on each view change.
 * The rows (the shown entities' and relations' keys) change only when the shown entities and
 * relations change (filters, timeline); a new selection only re-marks the rows drawn.
 */
export function createTable(
  container: HTMLElement,
  store: Store,
  actions: {
    readonly selectNode: (node: string) => void;
    readonly selectEdge: (edge: string) => void;
  },
): () => void {
  const graph = store.graph;
  const fileName = () => graph.getAttribute('name');
  // An imported graph usually records no certainty: a column of "unrated" would say nothing.
  const withCertainty = graphHasCertainty(graph);
  const claimCounts = new Map(asserterCounts(graph).map(({ id, count }) => [id, count]));
  const entities = createDataTable({
    id: 'entities',
    title: 'Entities',
    fileName,
    onPick: actions.selectNode,
    columns: entityColumns(graph, claimCounts),
  });
  const relations = createDataTable({
    id: 'relations',
    title: 'Relations',
    fileName,
    onPick: actions.selectEdge,
    columns: relationColumns(graph, withCertainty),
  });
  replaceChildren(container, h('h2', {}, 'Table'), entities.element, relations.element);

  let shown: { visibility: unknown; entities: string[]; relations: string[] } | null = null;
  return () => {
    const visibility = store.visibility();
    if (shown?.visibility !== visibility) {
      shown = {
        visibility,
        entities: [...visibility.nodes],
        relations: [...visibility.edges],
      };
    }
    const { selected, selectedEdge } = store.get();
    entities.update(shown.entities, selected);
    relations.update(shown.relations, selectedEdge);
  };
}
