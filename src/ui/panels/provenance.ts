/** Shared pieces that show where a claim comes from: certainty badge, asserters, citations. */
import {
  asserterLabels,
  citationsText,
  corroborationText,
  qualifierText,
} from '../../graph/describe';
import type { KnowledgeGraph } from '../../graph/types';
import { CERTAINTY_MEANINGS, UNRATED } from '../../model/vocabulary';
import { h } from '../dom';

/** A certainty badge with its meaning as tooltip and accessible description. */
export function certaintyBadge(
  certainty: keyof typeof CERTAINTY_MEANINGS | undefined,
): HTMLElement {
  if (certainty === undefined) {
    return h(
      'span',
      { className: 'badge certainty-unrated', title: 'no certainty recorded for this relation' },
      UNRATED,
    );
  }
  return h(
    'span',
    { className: `badge certainty-${certainty}`, title: CERTAINTY_MEANINGS[certainty] },
    certainty,
  );
}

/**
 * The provenance line of a relation: certainty, asserters, date, qualifiers, citations.
 * @param knownSource - a source already named above (a group's heading): its citations show as
 *   paragraph numbers only
 */
export function provenance(
  graph: KnowledgeGraph,
  edge: string,
  knownSource: string | null = null,
): HTMLElement {
  const a = graph.getEdgeAttributes(edge);
  const qualifiers = qualifierText(graph, edge);
  const known = a.citations.filter((c) => c.source === knownSource);
  const others = a.citations.filter((c) => c.source !== knownSource);
  const cited = [
    known.map((c) => `¶${c.paragraph}`).join(', '),
    others.length > 0 ? citationsText(graph, others, knownSource === null ? 'full' : 'brief') : '',
  ]
    .filter(Boolean)
    .join('; ');
  return h(
    'div',
    { className: 'provenance' },
    certaintyBadge(a.certainty),
    a.assertedBy.length > 0 || a.attribution
      ? h(
          'span',
          { className: 'asserted' },
          [
            a.assertedBy.length > 0 ? `asserted by ${asserterLabels(graph, edge).join(', ')}` : '',
            a.attribution ? `citing ${a.attribution}` : '',
          ]
            .filter(Boolean)
            .join(', '),
        )
      : null,
    a.date !== undefined
      ? h('span', { className: 'date' }, a.until ? `${a.date}–${a.until}` : a.date)
      : null,
    qualifiers ? h('span', { className: 'qualifiers' }, qualifiers) : null,
    h('cite', {}, cited),
    (a.corroboration ?? []).map((c) =>
      h('p', { className: `corroboration ${c.stance}` }, corroborationText(graph, c)),
    ),
  );
}

/**
 * The source most of these relations cite, with its full heading ("BORNA, “title”, 2025-07-28"),
 * to name once above a group; null when they cite none.
 */
export function groupSource(
  graph: KnowledgeGraph,
  edges: readonly string[],
): { id: string; heading: string } | null {
  const counts = new Map<string, number>();
  for (const edge of edges)
    for (const c of graph.getEdgeAttribute(edge, 'citations'))
      counts.set(c.source, (counts.get(c.source) ?? 0) + 1);
  const [id] = [...counts.entries()].sort((x, y) => y[1] - x[1])[0] ?? [];
  if (id === undefined) return null;
  // The heading of a citation without its paragraphs.
  const heading = citationsText(graph, [{ source: id, paragraph: 1 }]).replace(/,? ¶1$/, '');
  return { id, heading };
}
