/**
 * The path finder panel: its form (`path-form.ts`) and the ranked, explained results. Choosing a
 * result highlights it on the canvas; hovering or focusing a hop shows its claim.
 */
import { countOf } from '../../model/text';
import { citationsText, graphHasCertainty, kindLabel } from '../../graph/describe';
import { h, replaceChildren } from '../dom';
import type { PathResults } from '../path-results';
import type { Store } from '../store';
import type { PathQuery } from '../view-state';
import { createPathForm } from './path-form';
import { certaintyBadge } from './provenance';

export interface PathFinder {
  /** Re-renders the results for the current state. */
  render(): void;
  /** Fills "from" with an entity and moves focus to "to" (the details panel's shortcut). */
  startFrom(node: string): void;
}

/** How the results are ordered, said plainly for each ranking the engine uses. */
const RANKING_WORDS: Readonly<Record<PathResults['ranking'], string>> = {
  evidence: 'fewest hops first, then direct ties before shared topics, then strongest evidence.',
  weight: 'fewest hops first, then strongest ties (the heaviest weights).',
  hops: 'fewest hops first (the graph records no weights or certainty to rank by).',
};

export function createPathFinder(
  panel: HTMLElement,
  store: Store,
  results: () => PathResults | null,
): PathFinder {
  const graph = store.graph;
  const label = (id: string) => graph.getNodeAttribute(id, 'label');
  // A graph that records no certainty (an imported one) shows no "unrated" badge on every hop.
  const withCertainty = graphHasCertainty(graph);
  const badge = (certainty: Parameters<typeof certaintyBadge>[0]) =>
    withCertainty ? certaintyBadge(certainty) : null;
  const { form, message, fill, startFrom } = createPathForm(store);
  const output = h('div', { className: 'path-results' });
  replaceChildren(panel, h('h2', {}, 'Path finder'), form, message, output);

  let shownQuery: PathQuery | null = null;
  return {
    render() {
      const current = results();
      if (current === null) {
        if (shownQuery !== null) replaceChildren(output);
        shownQuery = null;
        return;
      }
      if (
        shownQuery === null ||
        shownQuery.from !== current.query.from ||
        shownQuery.to !== current.query.to
      )
        fill(current.query);
      shownQuery = current.query;
      if (current.error !== null) {
        replaceChildren(output, h('p', { className: 'path-error', role: 'alert' }, current.error));
        return;
      }
      const { query, paths, explanations, reasons } = current;
      const perspective =
        current.by.length === 0
          ? null
          : h(
              'p',
              { className: 'muted small perspective-note' },
              `According to ${current.by.map(label).join(', ')} only (the legend’s “According to”).`,
            );
      if (paths.length === 0) {
        replaceChildren(
          output,
          perspective,
          h(
            'p',
            {},
            `No path from ${label(query.from)} to ${label(query.to)} within ${query.maxHops} hops under these options.${
              current.provenanceWouldHelp
                ? ' They are connected only through provenance (who was quoted where): tick “Include provenance” under Options to follow it.'
                : ''
            }`,
          ),
        );
        return;
      }
      replaceChildren(
        output,
        perspective,
        h(
          'p',
          { className: 'muted small' },
          `${countOf(paths.length, 'path')} from ${label(query.from)} to ${label(query.to)}: ${RANKING_WORDS[current.ranking]}`,
        ),
        h(
          'ol',
          { className: 'path-list' },
          paths.map((path, i) =>
            h(
              'li',
              { className: i === query.chosen ? 'chosen' : null },
              h(
                'button',
                {
                  type: 'button',
                  className: 'path-choice',
                  'aria-pressed': i === query.chosen ? 'true' : 'false',
                  onclick: () => store.update({ path: { ...query, chosen: i } }),
                },
                path.nodes.map(label).join(' → '),
              ),
              h('p', { className: 'muted small path-why' }, reasons[i] ?? ''),
              h(
                'details',
                { className: 'path-hops' },
                h('summary', {}, `Each hop, with its evidence (${countOf(path.hops, 'hop')})`),
                h(
                  'ul',
                  { className: 'hops' },
                  (explanations[i]?.hops ?? []).map((hop) =>
                    h(
                      'li',
                      { className: 'hop', tabindex: 0, 'data-edge': hop.edge, title: hop.claim },
                      h('span', {}, hop.sentence, ' '),
                      badge(hop.certainty),
                      h(
                        'span',
                        { className: 'muted small' },
                        // An imported graph may have neither: no stray separator then.
                        ` ${[hop.voice, citationsText(graph, hop.citations, 'brief')].filter(Boolean).join(' · ')}`,
                      ),
                      h('p', { className: 'hop-claim' }, hop.claim),
                      hop.evidence.length > 1
                        ? h(
                            'ul',
                            {
                              className: 'hop-evidence',
                              'aria-label': 'More evidence for this hop',
                            },
                            hop.evidence
                              .slice(1)
                              .map((e) =>
                                h(
                                  'li',
                                  { 'data-edge': e.edge, title: e.claim },
                                  'also: ',
                                  e.sentence,
                                  ' ',
                                  badge(e.certainty),
                                  h('span', { className: 'muted small' }, ` ${e.voice}`),
                                ),
                              ),
                          )
                        : null,
                    ),
                  ),
                ),
              ),
            ),
          ),
        ),
      );
    },
    startFrom(node) {
      startFrom(
        node,
        `From ${label(node)} (${kindLabel(graph.getNodeAttribute(node, 'kind'))}): now name where to go.`,
      );
    },
  };
}
