/**
 * Where the names of known entities occur in a text: labels and aliases found case-, accent- and
 * width-insensitively (native scripts as written), acronyms only as written, the longest of
 * overlapping names kept. Pure, and free of the language library: the Review view marks a text
 * with it without loading that library.
 */

/** A name found in a text: `text.slice(start, end)` is `name`. */
export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly name: string;
}

/** An entity a text may name (from the graph or the draft so far). */
export interface KnownName {
  readonly id: string;
  /** Its label and aliases. */
  readonly names: readonly string[];
}

/**
 * A text folded for matching (as `foldText` folds) with, for each folded character, the index of
 * the character it came from: a match in the folded text maps back to the original.
 */
function foldWithMap(text: string): { folded: string; from: number[] } {
  let folded = '';
  const from: number[] = [];
  let i = 0;
  for (const char of text) {
    const f = char
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[’‘`´]/g, "'")
      .replace(/[‐‑‒–—]/g, '-');
    for (let k = 0; k < f.length; k++) from.push(i);
    folded += f;
    i += char.length;
  }
  from.push(i);
  return { folded, from };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An acronym ("US", "ROK", "U.S."): matched as written, or "us" would match the word. */
const isAcronym = (name: string) => /^[A-Z0-9.&-]{1,6}$/.test(name) && /[A-Z]/.test(name);

/**
 * Every occurrence of the known entities' names in `text`, the longest first where two overlap
 * ("U.S. Department of Commerce" over "U.S."), each with the entity's id.
 */
export function findKnown(
  text: string,
  known: readonly KnownName[],
): (Mention & { readonly id: string })[] {
  const { folded, from } = foldWithMap(text);
  const found: (Mention & { id: string })[] = [];
  for (const entity of known) {
    for (const name of new Set(entity.names)) {
      if (name.trim().length < 2) continue;
      const acronym = isAcronym(name);
      const needle = acronym ? name : foldWithMap(name.trim()).folded;
      const haystack = acronym ? text : folded;
      // Not inside a longer word: "US" is not in "USB", "Intel" not in "Intelligence".
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(needle)}(?![\\p{L}\\p{N}])`, 'gu');
      for (const match of haystack.matchAll(pattern)) {
        const at = match.index;
        const start = acronym ? at : (from[at] ?? 0);
        const end = acronym ? at + needle.length : (from[at + needle.length] ?? text.length);
        found.push({ start, end, name: text.slice(start, end), id: entity.id });
      }
    }
  }
  return keepLongest(found);
}

/** Of overlapping mentions, the longest (then the first). */
export function keepLongest<M extends Mention>(mentions: readonly M[]): M[] {
  const sorted = [...mentions].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: M[] = [];
  for (const m of sorted) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}
