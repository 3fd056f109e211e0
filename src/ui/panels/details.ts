/**
 * The details panel: the selected entity (every visible relation as a sentence, grouped by kind,
 * with its provenance; neighbours are buttons that select them) or the selected relation.
 */
import { countOf } from '../../model/text';
import { entityLink } from './entity-link';
import { kindSwatch } from './swatch';
import {
  citationsText,
  kindLabel,
  relationPhrase,
  relationSentence,
  relationWording,
} from '../../graph/describe';
import { claimsMadeBy, quotedClaims } from '../../graph/claims';
import { cardSources, groupHeading, relationGroups } from '../../graph/relation-groups';
import { STATEMENT_KIND } from '../../model/vocabulary';
import { h, replaceChildren } from '../dom';
import type { Store } from '../store';
import type { EditTarget } from './review';
import { provenance, sourcesLine } from './provenance';

export interface DetailsActions {
  readonly selectNode: (node: string) => void;
  readonly selectEdge: (edge: string) => void;
  readonly setFocus: (depth: 0 | 1 | 2) => void;
  readonly findPathsFrom: (node: string) => void;
  readonly comparePerspectives: (node: string) => void;
  /** Edit mode: opens the Review view with a correction of this item, or a new relation. */
  readonly edit: (target: EditTarget) => void;
  readonly clear: () => void;
}

/** Edits go into the article graph's data; an imported graph is read-only. */
const editable = () => document.body.dataset['graph'] !== 'imported';

export function createDetails(
  panel: HTMLElement,
  store: Store,
  actions: DetailsActions,
): () => void {
  const graph = store.graph;

  const entityButton = (node: string) => entityLink(graph, node, actions.selectNode);

  const clearButton = () =>
    h(
      'button',
      {
        type: 'button',
        className: 'icon',
        'aria-label': 'Clear selection',
        onclick: actions.clear,
      },
      '×',
    );

  /** The button that selects one relation and shows it on the graph. */
  const showOnGraph = (edge: string) =>
    h(
      'button',
      {
        type: 'button',
        className: 'link claim-link',
        title: 'Select this relation and show it on the graph',
        onclick: () => actions.selectEdge(edge),
      },
      'Show on graph',
    );

  /** A claim as its sentence (links to both ends), "Show on graph", and its provenance. */
  const claimItem = (edge: string) =>
    h(
      'li',
      { className: 'relation', 'data-edge': edge },
      h(
        'p',
        { className: 'sentence' },
        entityButton(graph.source(edge)),
        ` ${relationWording(graph, edge).forward} `,
        entityButton(graph.target(edge)),
        '.',
        ' ',
        showOnGraph(edge),
      ),
      provenance(graph, edge),
    );

  const groupList = (edges: readonly string[]) =>
    h(
      'ul',
      {},
      edges.map((edge) => claimItem(edge)),
    );

  /**
   * "Claims made (n)" for anyone who asserts, "Quoted claims (n)" for an outlet; `listed` collects
   * the relations shown (the card names their sources once).
   */
  const claimSections = (node: string, visible: ReadonlySet<string>, listed: string[]) => {
    const made = claimsMadeBy(graph, node).filter((edge) => visible.has(edge));
    listed.push(...made);
    return [
      made.length > 0
        ? h(
            'section',
            { className: 'relation-group claims-made' },
            h('h3', {}, `Claims made (${made.length})`),
            groupList(made),
          )
        : null,
      ...quotedClaims(graph, node).map(({ speaker, claims }) => {
        const shown = claims.filter((edge) => visible.has(edge));
        listed.push(...shown);
        return h(
          'section',
          { className: 'relation-group quoted-claims' },
          h('h3', {}, `Quoted claims (${shown.length}), by `, entityButton(speaker)),
          groupList(shown),
        );
      }),
    ];
  };

  const renderEntity = (node: string) => {
    const a = graph.getNodeAttributes(node);
    const state = store.get();
    const visible = store.visibility().edges;
    const { groups: all, hidden } = relationGroups(graph, node, visible);
    // A statement link ("By Dylan Patel: Huawei competes with Nvidia") repeats a relation that
    // this card already lists: one claim is listed once.
    const own = new Set(all.flatMap((group) => group.edges));
    const grouped = all
      .map((group) => ({
        ...group,
        edges: group.edges.filter((edge) => {
          const stated = graph.getEdgeAttribute(edge, 'statementOf');
          return stated === undefined || !own.has(stated);
        }),
      }))
      .filter((group) => group.edges.length > 0);
    const shownCount = own.size;
    // Every relation the card lists, for its one "Sources" line.
    const listed: string[] = [];
    const groups = grouped.map((group) => {
      const { kind, edges } = group;
      listed.push(...edges);
      return h(
        'section',
        { className: 'relation-group' },
        h('h3', {}, `${groupHeading(graph, node, group)} (${edges.length})`),
        h(
          'ul',
          {},
          edges.map((edge) => {
            const other = graph.opposite(node, edge);
            const stated = graph.getEdgeAttribute(edge, 'statementOf');
            // A statement link reads as the statement: who said it, and what.
            const sentence =
              kind === STATEMENT_KIND && stated !== undefined && graph.hasEdge(stated)
                ? ['By ', entityButton(other), `: ${relationSentence(graph, stated)}.`, ' ']
                : [
                    `${a.label} ${relationPhrase(graph, edge, node)} `,
                    entityButton(other),
                    '.',
                    ' ',
                  ];
            return h(
              'li',
              { className: 'relation', 'data-edge': edge },
              h('p', { className: 'sentence' }, ...sentence, showOnGraph(edge)),
              provenance(graph, edge),
            );
          }),
        ),
      );
    });
    const claims = claimSections(node, visible, listed);
    replaceChildren(
      panel,
      h('header', { className: 'details-header' }, h('h2', {}, a.label), clearButton()),
      h('p', { className: 'kind' }, kindSwatch(a.kind, a.color), kindLabel(a.kind)),
      a.aliases.length > 0
        ? h(
            'p',
            { className: 'aliases' },
            h('span', { className: 'muted' }, 'Also: '),
            a.aliases.join(' · '),
          )
        : null,
      a.date !== undefined ? h('p', { className: 'muted' }, `Date: ${a.date}`) : null,
      h('p', { className: 'description' }, a.description),
      a.citations.length > 0
        ? h(
            'p',
            { className: 'muted small' },
            h('cite', {}, citationsText(graph, a.citations, 'brief')),
          )
        : null,
      // Each source named once here; every claim below cites it in brief (outlet, date, ¶n).
      sourcesLine(cardSources(graph, node, listed)),
      h(
        'div',
        { className: 'focus-controls', role: 'group', 'aria-label': 'Neighbourhood focus' },
        ([0, 1, 2] as const).map((depth) =>
          h(
            'button',
            {
              type: 'button',
              'aria-pressed': state.focus === depth ? 'true' : 'false',
              onclick: () => actions.setFocus(depth),
            },
            depth === 0 ? 'Whole graph' : `Focus ${countOf(depth, 'hop')}`,
          ),
        ),
        h(
          'button',
          { type: 'button', className: 'find-paths', onclick: () => actions.findPathsFrom(node) },
          'Find paths to…',
        ),
        h(
          'button',
          {
            type: 'button',
            className: 'compare-perspectives',
            onclick: () => actions.comparePerspectives(node),
          },
          'Who says what',
        ),
        editable()
          ? [
              h(
                'button',
                {
                  type: 'button',
                  className: 'edit-item',
                  title: 'Correct its name, kind, aliases or description (Review view)',
                  onclick: () => actions.edit({ entity: node }),
                },
                'Edit…',
              ),
              h(
                'button',
                {
                  type: 'button',
                  className: 'add-relation',
                  title: 'Add a cited relation from it (Review view)',
                  onclick: () => actions.edit({ relationFrom: node }),
                },
                'Add a relation…',
              ),
            ]
          : null,
      ),
      h(
        'p',
        { className: 'muted small' },
        // The count follows the filters and the perspective: what the card lists, of how many.
        `${shownCount === graph.degree(node) ? '' : `${shownCount} of `}${countOf(graph.degree(node), 'relation')}${shownCount === graph.degree(node) ? '' : ' shown'} · PageRank ${a.pagerank.toFixed(3)} · betweenness ${a.betweenness.toFixed(3)}`,
      ),
      groups.length > 0 ? groups : h('p', { className: 'muted' }, 'No visible relations.'),
      claims,
      hidden > 0
        ? h(
            'p',
            { className: 'muted small' },
            `${hidden} more relation${hidden === 1 ? '' : 's'} hidden by the filters.`,
          )
        : null,
    );
  };

  const renderEdge = (edge: string) => {
    const a = graph.getEdgeAttributes(edge);
    const source = graph.source(edge);
    const target = graph.target(edge);
    const stated =
      a.statementOf !== undefined && graph.hasEdge(a.statementOf) ? a.statementOf : null;
    replaceChildren(
      panel,
      h(
        'header',
        { className: 'details-header' },
        h('h2', {}, stated === null ? 'Claim' : 'Statement'),
        clearButton(),
      ),
      stated === null
        ? h(
            'p',
            { className: 'sentence' },
            entityButton(source),
            ` ${relationWording(graph, edge).forward} `,
            entityButton(target),
            '.',
          )
        : h(
            'p',
            { className: 'sentence' },
            entityButton(source),
            ` states that ${relationSentence(graph, stated)}. `,
            h(
              'button',
              {
                type: 'button',
                className: 'link',
                onclick: () => actions.selectEdge(stated),
              },
              'Open the relation itself',
            ),
          ),
      // A paraphrase of the source, not its words: set as a note, not a quotation.
      a.claim !== ''
        ? h(
            'p',
            { className: 'claim', title: 'The claim, paraphrased (not the source’s own words)' },
            a.claim,
          )
        : null,
      provenance(graph, edge),
      sourcesLine(cardSources(graph, null, [edge])),
      h('p', { className: 'muted small' }, `Relation kind: ${relationWording(graph, edge).label}`),
      // A statement is derived from its relation's asserters: the relation is what is edited.
      editable() && stated === null
        ? h(
            'button',
            {
              type: 'button',
              className: 'edit-item',
              title: 'Correct its kind, certainty, asserter or claim (Review view)',
              onclick: () => actions.edit({ relation: edge }),
            },
            'Edit…',
          )
        : null,
    );
  };

  const renderIntro = () => {
    const visibility = store.visibility();
    replaceChildren(
      panel,
      h('h2', {}, 'Details'),
      h(
        'p',
        {},
        `${visibility.nodes.size} of ${graph.order} entities and ${visibility.edges.size} of ${graph.size} relations shown.`,
      ),
      h(
        'p',
        { className: 'muted' },
        'Search (press /), click a node or an edge, or pick a row in the table to read its relations and where each claim comes from.',
      ),
    );
  };

  return () => {
    const { selected, selectedEdge } = store.get();
    if (selectedEdge !== null && graph.hasEdge(selectedEdge)) renderEdge(selectedEdge);
    else if (selected !== null && graph.hasNode(selected)) renderEntity(selected);
    else renderIntro();
  };
}
