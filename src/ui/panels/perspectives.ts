/**
 * The "Who says what" view: an entity's relations grouped by who asserts them, one column per
 * asserter, side by side (the outlet's narrative, each quoted analyst, an agency's stated
 * grounds). Without a selection it lists the asserters to start from.
 */
import { countOf } from '../../model/text';
import { entityLink } from './entity-link';
import { asserterCounts, perspectivesOn, perspectiveTitle } from '../../graph/claims';
import { citationsText, kindLabel, relationSentence } from '../../graph/describe';
import { h, replaceChildren } from '../dom';
import type { Store } from '../store';
import { certaintyBadgeIn } from './provenance';

export interface PerspectivesActions {
  readonly selectNode: (node: string) => void;
  readonly selectEdge: (edge: string) => void;
}

export function createPerspectivesView(
  container: HTMLElement,
  store: Store,
  actions: PerspectivesActions,
): () => void {
  const graph = store.graph;
  const label = (id: string) =>
    graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id || 'Unattributed';
  const entityButton = (id: string) => entityLink(graph, id, actions.selectNode, label(id));

  const speakerIsOutlet = (speaker: string, citations: readonly { source: string }[]) =>
    citations.some(
      (c) => graph.getAttribute('sources').find((s) => s.id === c.source)?.outlet === speaker,
    );

  return () => {
    const { selected } = store.get();
    const visible = store.visibility().edges;
    if (selected === null || !graph.hasNode(selected)) {
      replaceChildren(
        container,
        h('h2', {}, 'Who says what'),
        h(
          'p',
          { className: 'muted' },
          'Select an entity (search, click a node or pick one below) to see its relations grouped by who asserts them, side by side.',
        ),
        h(
          'ul',
          { className: 'asserter-list' },
          asserterCounts(graph).map(({ id, count }) =>
            h('li', {}, entityButton(id), ` — ${countOf(count, 'claim')}`),
          ),
        ),
      );
      return;
    }
    const groups = perspectivesOn(graph, selected)
      .map(({ speaker, claims }) => ({
        speaker,
        claims: claims.filter((edge) => visible.has(edge)),
      }))
      .filter((group) => group.claims.length > 0);
    replaceChildren(
      container,
      h('h2', {}, `Who says what about ${label(selected)}`),
      h(
        'p',
        { className: 'muted small' },
        groups.length === 0
          ? 'No visible relations: the filters hide them all.'
          : `${countOf(groups.length, 'asserter')}; a relation asserted by two appears under both.`,
      ),
      h(
        'div',
        { className: 'perspective-columns' },
        groups.map(({ speaker, claims }) =>
          h(
            'section',
            {
              className: 'perspective-column',
              'aria-label': perspectiveTitle(graph, { speaker, claims }),
            },
            speaker === ''
              ? h('h3', {}, `${perspectiveTitle(graph, { speaker, claims })} (${claims.length})`)
              : h('h3', {}, 'According to ', entityButton(speaker), ` (${claims.length})`),
            graph.hasNode(speaker)
              ? h(
                  'p',
                  { className: 'muted small' },
                  kindLabel(graph.getNodeAttribute(speaker, 'kind')),
                )
              : null,
            h(
              'ul',
              {},
              claims.map((edge) => {
                const a = graph.getEdgeAttributes(edge);
                return h(
                  'li',
                  { className: 'relation', 'data-edge': edge },
                  h(
                    'button',
                    {
                      type: 'button',
                      className: 'link claim-link',
                      title: a.claim,
                      onclick: () => actions.selectEdge(edge),
                    },
                    `${relationSentence(graph, edge, selected)}.`,
                  ),
                  ' ',
                  certaintyBadgeIn(graph, edge),
                  h('p', { className: 'muted small' }, a.claim),
                  h(
                    'cite',
                    { className: 'small' },
                    // A quoted speaker's words reach us through the outlet: say so.
                    `${speakerIsOutlet(speaker, a.citations) ? '' : 'quoted via '}${citationsText(graph, a.citations, 'brief')}`,
                  ),
                );
              }),
            ),
          ),
        ),
      ),
    );
  };
}
