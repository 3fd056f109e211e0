/** Shared pieces that show where a claim comes from: certainty badge, asserters, citations. */
import {
  asserterLabels,
  citationsText,
  corroborationText,
  qualifierText,
} from '../../graph/describe';
import type { KnowledgeGraph } from '../../graph/types';
import { CERTAINTY_MEANINGS, UNRATED } from '../../model/schema';
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

/** The provenance line of a relation: certainty, asserters, date, qualifiers, citations. */
export function provenance(graph: KnowledgeGraph, edge: string): HTMLElement {
  const a = graph.getEdgeAttributes(edge);
  const qualifiers = qualifierText(graph, edge);
  return h(
    'div',
    { className: 'provenance' },
    certaintyBadge(a.certainty),
    h(
      'span',
      { className: 'asserted' },
      `asserted by ${asserterLabels(graph, edge).join(', ')}${a.attribution ? `, citing ${a.attribution}` : ''}`,
    ),
    a.date !== undefined
      ? h('span', { className: 'date' }, a.until ? `${a.date}–${a.until}` : a.date)
      : null,
    qualifiers ? h('span', { className: 'qualifiers' }, qualifiers) : null,
    h('cite', {}, citationsText(graph, a.citations)),
    (a.corroboration ?? []).map((c) =>
      h('p', { className: `corroboration ${c.stance}` }, corroborationText(graph, c)),
    ),
  );
}
