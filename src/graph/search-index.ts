/**
 * Search that forgives: typos, word prefixes and word order over entity names and aliases, then
 * over descriptions and the claims of the relations touching each entity (MiniSearch, a kept
 * library, rather than a home-made inverted index). Exact names keep the literal ranking of
 * `lookup.ts`, which answers first; this index only fills the places it leaves.
 *
 * A module of its own so that the page can load it (and MiniSearch) after its first script.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { entityIndexOf, type EntityIndex, type EntityMatch } from './lookup';
import { foldText } from '../model/text';

/** Where a search found an entity. */
export type MatchedIn = 'name' | 'description' | 'claim';

/** One search hit, saying where the query was found. */
export interface SearchHit extends EntityMatch {
  /**
   * `name`: the label, an alias or the id (`matched` says which); `description` or `claim`: the
   * text in `snippet`. Rank 0 means the forgiving search found it (a typo, a word out of order,
   * a description or a claim), below every literal name match (ranks 1–4).
   */
  readonly matchedIn: MatchedIn;
  /** For a description or claim: a short excerpt (plain text) around the first matched word. */
  readonly snippet?: string;
  /** For a claim: the relation (edge key) whose claim matched. */
  readonly edge?: string;
}

/** The name index's answers plus the forgiving search. */
export interface SearchIndex extends EntityIndex {
  /**
   * Literal name matches first (as `EntityIndex.search`), then forgiving ones up to `limit`.
   * @param relationShown - claims of relations it refuses do not count (relations the page's
   *   filters hide: a claim the user cannot see is no reason to offer its entity)
   */
  search(query: string, limit?: number, relationShown?: (edge: string) => boolean): SearchHit[];
  /** Labels for "did you mean": close spellings first, then forgiving name matches. */
  suggest(query: string, limit?: number): string[];
}

interface EntityDocument {
  readonly id: string;
  readonly names: string;
  readonly description: string;
  readonly claims: string;
}

/** Names, far above descriptions, above claims (a word in a claim is weak evidence). */
const BOOST = { names: 8, description: 2, claims: 1 } as const;
/** Longest query the forgiving search reads: a pasted paragraph would otherwise fan out. */
const MAX_QUERY = 200;
/** Words too common in descriptions and claims to say anything. */
const STOP_WORDS = new Set(
  'a an and are as at be by for from has have in is it its of on or that the their to was were with'.split(
    ' ',
  ),
);

/** The words of a text, folded as names are (case, accents, width); CJK runs stay whole. */
function tokenize(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** Drops stop words and single Latin letters or digits ("U.S." gives "u", "s"). */
function processTerm(term: string): string | null {
  return STOP_WORDS.has(term) || /^[a-z0-9]$/.test(term) ? null : term;
}

function stringAttr(attributes: Attributes, key: string): string | undefined {
  const value: unknown = attributes[key];
  return typeof value === 'string' ? value : undefined;
}

function namesOf(id: string, attributes: Attributes): string[] {
  const aliases: unknown = attributes['aliases'];
  return [
    stringAttr(attributes, 'label') ?? id,
    ...(Array.isArray(aliases) ? aliases.filter((a): a is string => typeof a === 'string') : []),
    id,
  ];
}

/** The claims of the relations touching a node, with their edge keys. */
function claimsOf(graph: AbstractGraph, node: string): { edge: string; claim: string }[] {
  const claims: { edge: string; claim: string }[] = [];
  graph.forEachEdge(node, (edge, attributes) => {
    const claim = stringAttr(attributes, 'claim');
    if (claim !== undefined && claim !== '') claims.push({ edge, claim });
  });
  return claims;
}

function documentOf(graph: AbstractGraph, id: string): EntityDocument {
  const attributes = graph.getNodeAttributes(id);
  return {
    id,
    names: namesOf(id, attributes).join('\n'),
    description: stringAttr(attributes, 'description') ?? '',
    claims: claimsOf(graph, id)
      .map((c) => c.claim)
      .join('\n'),
  };
}

function newMiniSearch(): MiniSearch<EntityDocument> {
  return new MiniSearch<EntityDocument>({
    fields: ['names', 'description', 'claims'],
    tokenize,
    processTerm,
    searchOptions: {
      boost: { ...BOOST },
      combineWith: 'OR',
      // A word being typed is a prefix; a misspelling costs one edit per five letters (two at
      // most), and short words get none, which would match half the vocabulary.
      prefix: (term) => term.length >= 2,
      fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
      maxFuzzy: 2,
    },
  });
}

/**
 * A short excerpt of `text` around its first word among `terms` (folded document terms), cut at
 * word boundaries with "…" where cut. Plain text: the page puts it in a text node.
 */
export function excerpt(text: string, terms: ReadonlySet<string>, width = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= width) return flat;
  let at = 0;
  for (const word of flat.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    if (tokenize(word[0]).some((t) => terms.has(t))) {
      at = word.index;
      break;
    }
  }
  // Some words of context before the match, the rest after it.
  let start = Math.max(0, Math.min(at - Math.floor(width / 4), flat.length - width));
  if (start > 0) {
    const space = flat.indexOf(' ', start);
    start = space >= 0 && space < at ? space + 1 : start;
  }
  let end = Math.min(flat.length, start + width);
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    end = space > at ? space : end;
  }
  return `${start > 0 ? '…' : ''}${flat.slice(start, end).trim()}${end < flat.length ? '…' : ''}`;
}

/** Tells where a MiniSearch result matched, best field first, and the words that did. */
function whereMatched(result: SearchResult): { field: MatchedIn; terms: Set<string> } {
  const byField = {
    names: new Set<string>(),
    description: new Set<string>(),
    claims: new Set<string>(),
  };
  for (const [term, fields] of Object.entries(result.match))
    for (const field of fields)
      if (field === 'names' || field === 'description' || field === 'claims')
        byField[field].add(term);
  if (byField.names.size > 0) return { field: 'name', terms: byField.names };
  if (byField.description.size > 0) return { field: 'description', terms: byField.description };
  return { field: 'claim', terms: byField.claims };
}

function buildSearchIndex(
  graph: AbstractGraph,
  names: EntityIndex,
  mini: MiniSearch<EntityDocument>,
): SearchIndex {
  const labelOf = (id: string) => stringAttr(graph.getNodeAttributes(id), 'label') ?? id;

  const hitOf = (
    result: SearchResult,
    relationShown: (edge: string) => boolean,
  ): SearchHit | null => {
    const id: unknown = result.id;
    if (typeof id !== 'string' || !graph.hasNode(id)) return null;
    const label = labelOf(id);
    const { field, terms } = whereMatched(result);
    const has = (text: string) => tokenize(text).some((t) => terms.has(t));
    if (field === 'name') {
      const matched = namesOf(id, graph.getNodeAttributes(id)).find(has) ?? label;
      return { id, label, matched, rank: 0, matchedIn: 'name' };
    }
    if (field === 'description') {
      const description = stringAttr(graph.getNodeAttributes(id), 'description') ?? '';
      return {
        id,
        label,
        matched: label,
        rank: 0,
        matchedIn: 'description',
        snippet: excerpt(description, terms),
      };
    }
    // The claim with the most matched words says why best.
    let best: { edge: string; claim: string } | undefined;
    let bestCount = 0;
    for (const c of claimsOf(graph, id)) {
      if (!relationShown(c.edge)) continue;
      const count = new Set(tokenize(c.claim).filter((t) => terms.has(t))).size;
      if (count > bestCount) [best, bestCount] = [c, count];
    }
    if (best === undefined) return null;
    return {
      id,
      label,
      matched: label,
      rank: 0,
      matchedIn: 'claim',
      snippet: excerpt(best.claim, terms),
      edge: best.edge,
    };
  };

  const forgiving = (query: string): SearchResult[] => {
    const q = query.slice(0, MAX_QUERY);
    return q.trim() === '' ? [] : mini.search(q);
  };

  return {
    search(query, limit = 10, relationShown = () => true) {
      const literal: SearchHit[] = names
        .search(query, limit)
        .map((hit) => ({ ...hit, matchedIn: 'name' as const }));
      if (literal.length >= limit) return literal;
      const seen = new Set(literal.map((hit) => hit.id));
      const hits = literal;
      for (const result of forgiving(query)) {
        if (hits.length >= limit) break;
        const hit = seen.has(String(result.id)) ? null : hitOf(result, relationShown);
        if (hit !== null) hits.push(hit);
      }
      return hits;
    },
    resolve(query) {
      // Never a guess: a name the user did not write does not resolve (`kg show nvdia` fails
      // and suggests instead).
      return names.resolve(query);
    },
    suggest(query, limit = 3) {
      const labels = names.suggest(query, limit);
      for (const result of forgiving(query)) {
        if (labels.length >= limit) break;
        // Only names: a word in a claim is no reason to think the user meant that entity.
        if (whereMatched(result).field !== 'name') continue;
        const label = typeof result.id === 'string' ? labelOf(result.id) : undefined;
        if (label !== undefined && !labels.includes(label)) labels.push(label);
      }
      return labels;
    },
  };
}

/**
 * Builds the forgiving search over a graph's nodes (names and aliases, `description`) and its
 * edges' `claim`s, in one go: for the command line, tests and the bench.
 */
export function createSearchIndex(
  graph: AbstractGraph,
  names: EntityIndex = entityIndexOf(graph),
): SearchIndex {
  const mini = newMiniSearch();
  mini.addAll(graph.mapNodes((id) => documentOf(graph, id)));
  return buildSearchIndex(graph, names, mini);
}

/**
 * Builds the same index in slices of a few milliseconds, yielding to the event loop between
 * them, so that a page with 100k entities keeps answering while it builds.
 */
export async function createSearchIndexAsync(
  graph: AbstractGraph,
  names: EntityIndex = entityIndexOf(graph),
  sliceMs = 12,
): Promise<SearchIndex> {
  const mini = newMiniSearch();
  const ids = graph.nodes();
  let i = 0;
  while (i < ids.length) {
    const start = performance.now();
    // At least one entity per slice, however short the slice.
    do {
      const id = ids[i++];
      if (id !== undefined) mini.add(documentOf(graph, id));
    } while (i < ids.length && performance.now() - start < sliceMs);
    if (i < ids.length) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return buildSearchIndex(graph, names, mini);
}

const indexes = new WeakMap<AbstractGraph, Promise<SearchIndex>>();

/** The graph's forgiving search, built once (in slices) and shared by every search box. */
export function searchIndexOf(graph: AbstractGraph): Promise<SearchIndex> {
  let index = indexes.get(graph);
  if (index === undefined) indexes.set(graph, (index = createSearchIndexAsync(graph)));
  return index;
}
