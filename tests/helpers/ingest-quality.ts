/**
 * How good a draft is against the shipped graph (issue 18's measure): of the graph's named
 * entities the text names as they are written there, how many the draft proposes, with how many
 * proposals each; of the shipped relations between two of them, how many pairs the draft relates.
 * Shared by the unit test that holds the goals and the bench that reports them.
 */
import type { Draft } from '../../src/ingest/draft';
import type { KnowledgeGraphData } from '../../src/model/schema';
import { foldText } from '../../src/model/text';

/** The entity kinds that carry names (people, organisations, places, products, events …). */
export const NAMED_KINDS: ReadonlySet<string> = new Set([
  'person',
  'company',
  'subsidiary',
  'research-firm',
  'government-agency',
  'news-outlet',
  'country',
  'place',
  'chip',
  'system',
  'ai-model',
  'event',
  'alliance',
]);

export interface DraftQuality {
  /** The shipped graph's named entities the text names. */
  readonly named: number;
  /** Of them, those the draft proposes. */
  readonly found: number;
  /** The most proposals one of them got. */
  readonly mostProposals: number;
  /** The shipped relations' pairs of named entities. */
  readonly pairs: number;
  /** Of them, those a proposed relation links (either way). */
  readonly pairsFound: number;
}

/** Measures a draft of `text` against the shipped data (see the module comment). */
export function draftQuality(
  draft: Draft,
  text: string,
  shipped: KnowledgeGraphData,
): DraftQuality {
  const occurs = (name: string) =>
    /^[\p{Lu}\p{N}]/u.test(name) &&
    new RegExp(
      `(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
      'u',
    ).test(text);
  const named = shipped.entities.filter(
    (e) => NAMED_KINDS.has(e.kind) && [e.label, ...e.aliases].some(occurs),
  );
  const fold = (name: string) => foldText(name).replace(/'s$/, '');
  const proposals = new Map(
    named.map((e) => {
      const variants = new Set([e.label, ...e.aliases].map(fold));
      const found = draft.entities.filter((p) =>
        [p.label, ...(p.aliases ?? [])].some((n) => variants.has(fold(n))),
      );
      return [e.id, found.map((p) => p.label)] as const;
    }),
  );
  const ids = new Set(named.map((e) => e.id));
  const pairs = new Set(
    shipped.relations
      .filter((r) => ids.has(r.source) && ids.has(r.target) && r.source !== r.target)
      .map((r) => [r.source, r.target].sort().join(' ')),
  );
  const linked = new Set<string>();
  for (const r of draft.relations)
    for (const [a, as] of proposals)
      for (const [b, bs] of proposals)
        if (
          a < b &&
          ((as.includes(r.from) && bs.includes(r.to)) || (as.includes(r.to) && bs.includes(r.from)))
        )
          linked.add(`${a} ${b}`);
  return {
    named: named.length,
    found: named.filter((e) => (proposals.get(e.id) ?? []).length > 0).length,
    mostProposals: Math.max(0, ...[...proposals.values()].map((p) => p.length)),
    pairs: pairs.size,
    pairsFound: [...pairs].filter((p) => linked.has(p)).length,
  };
}
