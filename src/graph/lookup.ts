/**
 * Finding entities by name: id, label or alias, case- and accent-insensitively (native-script
 * aliases included), with ranked search for the page and "did you mean" suggestions for typos.
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { NotFoundError } from '../model/errors';
import { foldText } from '../model/text';

/** One search hit. */
export interface EntityMatch {
  readonly id: string;
  readonly label: string;
  /** The name that matched (label, alias or id), as written. */
  readonly matched: string;
  /** Higher is better: exact 4, prefix 3, word prefix 2, substring 1. */
  readonly rank: number;
}

interface IndexedName {
  readonly id: string;
  readonly name: string;
  readonly folded: string;
  /** The entity's place among equally good matches: most relations first, then by label. */
  order: number;
}

/** A reusable name index over a graph's nodes. Build once, query per keystroke. */
export interface EntityIndex {
  /** Ranked matches for a partial query (empty query: none). */
  search(query: string, limit?: number): EntityMatch[];
  /** The id of the entity a full name denotes, or undefined. */
  resolve(query: string): string | undefined;
  /** Labels of the entities whose names are closest to a misspelt query. */
  suggest(query: string, limit?: number): string[];
}

function stringAttr(attributes: Attributes, key: string): string | undefined {
  const value: unknown = attributes[key];
  return typeof value === 'string' ? value : undefined;
}

function aliasesOf(attributes: Attributes): string[] {
  const value: unknown = attributes['aliases'];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * Levenshtein distance, written here because the few npm packages for it add nothing for strings
 * of a few dozen characters; bounded by `max` so a long non-match exits early.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

const indexes = new WeakMap<AbstractGraph, EntityIndex>();

/**
 * The graph's entity index, built once and shared (search box, path finder, autocompletes):
 * building it reads every name of every node.
 */
export function entityIndexOf(graph: AbstractGraph): EntityIndex {
  let index = indexes.get(graph);
  if (index === undefined) indexes.set(graph, (index = createEntityIndex(graph)));
  return index;
}

/** Builds a name index over any graphology graph whose nodes have `label` and `aliases`. */
export function createEntityIndex(graph: AbstractGraph): EntityIndex {
  const names: IndexedName[] = [];
  const exact = new Map<string, string>();
  const labels = new Map<string, string>();
  graph.forEachNode((id, attributes) => {
    const label = stringAttr(attributes, 'label') ?? id;
    labels.set(id, label);
    for (const name of [label, ...aliasesOf(attributes), id]) {
      const folded = foldText(name);
      if (folded === '') continue;
      names.push({ id, name, folded, order: 0 });
      if (!exact.has(folded)) exact.set(folded, id);
    }
  });
  // Ties between matches of the same rank: most relations first, then alphabetical. Computed
  // once here, so that a keystroke compares numbers, not degrees and locale strings.
  const collator = new Intl.Collator();
  const ranked = [...labels.keys()].sort(
    (a, b) =>
      graph.degree(b) - graph.degree(a) || collator.compare(labels.get(a) ?? a, labels.get(b) ?? b),
  );
  const order = new Map(ranked.map((id, i) => [id, i]));
  for (const entry of names) entry.order = order.get(entry.id) ?? 0;

  const labelOf = (id: string) => labels.get(id) ?? id;

  return {
    search(query, limit = 10) {
      const q = foldText(query);
      if (q === '' || limit <= 0) return [];
      // The best `limit` matches without sorting every match (a one-letter query matches most of
      // a large graph, and this runs on every keystroke): one pass over the names, an entity's
      // names being adjacent, keeping its best rank; ties go to the precomputed order.
      const top: { entry: IndexedName; rank: number }[] = [];
      const worse = (
        rank: number,
        entry: IndexedName,
        than: { entry: IndexedName; rank: number },
      ) => rank < than.rank || (rank === than.rank && entry.order > than.entry.order);
      const offer = (entry: IndexedName, rank: number) => {
        const last = top[top.length - 1];
        if (
          top.length === limit &&
          last !== undefined &&
          !worse(last.rank, last.entry, { entry, rank })
        )
          return;
        let at = top.length;
        while (at > 0) {
          const before = top[at - 1];
          if (before === undefined || !worse(before.rank, before.entry, { entry, rank })) break;
          at--;
        }
        top.splice(at, 0, { entry, rank });
        if (top.length > limit) top.pop();
      };
      let current: IndexedName | null = null;
      let currentRank = 0;
      for (const entry of names) {
        if (current !== null && entry.id !== current.id) {
          if (currentRank > 0) offer(current, currentRank);
          current = null;
          currentRank = 0;
        }
        const f = entry.folded;
        const rank =
          f === q
            ? 4
            : f.startsWith(q)
              ? 3
              : f.includes(` ${q}`) || f.includes(`-${q}`)
                ? 2
                : f.includes(q)
                  ? 1
                  : 0;
        // An entity's best name is the first that ranks highest.
        if (current === null || rank > currentRank) {
          current = entry;
          currentRank = rank;
        }
      }
      if (current !== null && currentRank > 0) offer(current, currentRank);
      return top.map(({ entry, rank }) => ({
        id: entry.id,
        label: labelOf(entry.id),
        matched: entry.name,
        rank,
      }));
    },
    resolve(query) {
      return exact.get(foldText(query));
    },
    suggest(query, limit = 3) {
      const q = foldText(query);
      // Nothing typed is close to every short name: no suggestion rather than arbitrary ones.
      if (q === '') return [];
      const max = Math.max(2, Math.floor(q.length / 3));
      const scored = new Map<string, number>();
      for (const entry of names) {
        const distance =
          entry.folded.includes(q) && q.length >= 3 ? 0 : editDistance(q, entry.folded, max);
        if (distance > max) continue;
        const previous = scored.get(entry.id);
        if (previous === undefined || distance < previous) scored.set(entry.id, distance);
      }
      return [...scored.entries()]
        .sort((a, b) => a[1] - b[1] || labelOf(a[0]).localeCompare(labelOf(b[0])))
        .slice(0, limit)
        .map(([id]) => labelOf(id));
    },
  };
}

/**
 * Resolves a user's name for an entity to its id.
 * @throws NotFoundError with up to three suggestions when nothing matches exactly
 */
export function findEntity(
  graph: AbstractGraph,
  query: string,
  index = createEntityIndex(graph),
): string {
  const id = index.resolve(query);
  if (id !== undefined) return id;
  throw new NotFoundError('entity', query, index.suggest(query));
}
