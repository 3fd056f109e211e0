/** Shared pieces that show where a claim comes from: certainty badge, asserters, citations. */
import {
  voiceText,
  citationsText,
  corroborationText,
  sourceSupport,
  supportText,
  edgeWeight,
  graphHasCertainty,
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
 * The relation's certainty badge, or null in a graph that records no certainty at all (an
 * imported one), where "unrated" on every relation would say nothing.
 */
export function certaintyBadgeIn(graph: KnowledgeGraph, edge: string): HTMLElement | null {
  return graphHasCertainty(graph)
    ? certaintyBadge(graph.getEdgeAttribute(edge, 'certainty'))
    : null;
}

/**
 * The provenance line of a relation: certainty, asserters, date, weight, qualifiers, and its
 * citations in brief (outlet, date, ¶n): the card it sits in names each source in full once.
 */
export function provenance(graph: KnowledgeGraph, edge: string): HTMLElement {
  const a = graph.getEdgeAttributes(edge);
  const qualifiers = qualifierText(graph, edge);
  const weight = edgeWeight(graph, edge);
  return h(
    'div',
    { className: 'provenance' },
    certaintyBadgeIn(graph, edge),
    supportText(graph, edge) !== ''
      ? h(
          'span',
          { className: `support${sourceSupport(graph, edge).contesting > 0 ? ' contested' : ''}` },
          supportText(graph, edge),
        )
      : null,
    voiceText(graph, edge) !== ''
      ? h('span', { className: 'asserted' }, voiceText(graph, edge))
      : null,
    a.date !== undefined
      ? h('span', { className: 'date' }, a.until ? `${a.date}–${a.until}` : a.date)
      : null,
    weight !== undefined ? h('span', { className: 'weight' }, `weight ${weight}`) : null,
    qualifiers ? h('span', { className: 'qualifiers' }, qualifiers) : null,
    a.citations.length > 0 ? h('cite', {}, citationsText(graph, a.citations, 'brief')) : null,
    (a.corroboration ?? []).map((c) =>
      h('p', { className: `corroboration ${c.stance}` }, corroborationText(graph, c)),
    ),
  );
}

/** The card's "Sources" line: each source it cites named once, in full; null when it cites none. */
export function sourcesLine(sources: readonly { readonly name: string }[]): HTMLElement | null {
  if (sources.length === 0) return null;
  return h(
    'p',
    { className: 'card-sources muted small' },
    sources.length === 1 ? 'Source: ' : 'Sources: ',
    sources.flatMap((s, i) => [i > 0 ? '; ' : null, h('cite', {}, s.name)]),
  );
}
