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
import type { KnowledgeGraph } from '../../graph/types';
import { CERTAINTIES, UNRATED } from '../../model/vocabulary';
import { h, replaceChildren } from '../dom';
import type { Store } from '../store';
import { createDataTable, type Cell, type Row } from './data-table';
import { certaintyBadge } from './provenance';

const text = (value: string): Cell => ({ text: value, sort: value });
const number = (value: number): Cell => ({ text: String(value), sort: value });

/** One row per entity (exported for the bench): name, kind, aliases, description, relations, claims made, PageRank. */
export function entityRows(
  graph: KnowledgeGraph,
  nodes: Iterable<string>,
  claimCounts: ReadonlyMap<string, number>,
): Row[] {
  return Array.from(nodes, (node): Row => {
    const a = graph.getNodeAttributes(node);
    return {
      key: node,
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
}

/**
 * One row per relation: its ends and wording, certainty (only when `withCertainty`: the column is
 * left out of a graph that records none), asserters, date, claim and citation.
 */
export function relationRows(
  graph: KnowledgeGraph,
  edges: Iterable<string>,
  withCertainty: boolean,
): Row[] {
  return Array.from(edges, (edge): Row => {
    const a = graph.getEdgeAttributes(edge);
    const certainty = a.certainty ?? UNRATED;
    return {
      key: edge,
      cells: [
        text(graph.getNodeAttribute(graph.source(edge), 'label')),
        text(relationWording(graph, edge).forward),
        text(graph.getNodeAttribute(graph.target(edge), 'label')),
        ...(withCertainty
          ? [
              {
                text: certainty,
                // Strongest first when sorted ascending; the rank never shows.
                sort:
                  a.certainty === undefined ? CERTAINTIES.length : CERTAINTIES.indexOf(a.certainty),
                display: () => certaintyBadge(a.certainty),
              },
            ]
          : []),
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
}

/**
 * Mounts the table view in `container`; returns its render function, called on each view change.
 * Rows are rebuilt only when the shown entities and relations change (filters, timeline); a new
 * selection only re-marks the rows drawn.
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
  const entities = createDataTable({
    id: 'entities',
    title: 'Entities',
    fileName,
    onPick: actions.selectNode,
    columns: [
      { name: 'Entity', width: 12 },
      { name: 'Kind', width: 10 },
      { name: 'Aliases', width: 10 },
      { name: 'Description', long: true, width: 24 },
      { name: 'Relations', numeric: true, width: 7 },
      { name: 'Claims made', numeric: true, width: 7 },
      { name: 'PageRank', numeric: true, width: 7 },
    ],
  });
  const relations = createDataTable({
    id: 'relations',
    title: 'Relations',
    fileName,
    onPick: actions.selectEdge,
    columns: [
      { name: 'Source', width: 11 },
      { name: 'Relation', width: 11 },
      { name: 'Target', width: 11 },
      ...(withCertainty ? [{ name: 'Certainty', width: 8 }] : []),
      { name: 'Asserted by', width: 10 },
      { name: 'Date', width: 7 },
      { name: 'Claim', long: true, width: 24 },
      { name: 'Citation', width: 11 },
    ],
  });
  replaceChildren(container, h('h2', {}, 'Table'), entities.element, relations.element);

  // How many relations each entity asserts (its claims), for the entities table.
  const claimCounts = new Map(asserterCounts(graph).map(({ id, count }) => [id, count]));
  let shown: { visibility: unknown; entities: Row[]; relations: Row[] } | null = null;
  return () => {
    const visibility = store.visibility();
    if (shown?.visibility !== visibility) {
      shown = {
        visibility,
        entities: entityRows(graph, visibility.nodes, claimCounts),
        relations: relationRows(graph, visibility.edges, withCertainty),
      };
    }
    const { selected, selectedEdge } = store.get();
    entities.update(shown.entities, selected);
    relations.update(shown.relations, selectedEdge);
  };
}
