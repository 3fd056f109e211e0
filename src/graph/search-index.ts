/**
 * Search that forgives: typos, word prefixes and word order over entity names and aliases, then
 * over descriptions and the claims of the relations touching each entity (MiniSearch, a kept
 * library, rather than a home-made inverted index). Exact names keep the literal ranking of
 * `lookup.ts`, which answers first; this index only fills the places it leaves.
 *
 * One document per entity (names, description) and one per relation with a claim: a claim is
 * indexed once, not once per end, and a claim that matches offers both its entities.
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

/** An entity (`n:` id: names, description) or a relation with a claim (`e:` id: claim). */
interface SearchDocument {
  readonly id: string;
  readonly names?: string;
  readonly description?: string;
  readonly claim?: string;
}

/** Names, far above descriptions, above claims (a word in a claim is weak evidence). */
const BOOST = { names: 8, description: 2, claim: 1 } as const;
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

function entityDocument(graph: AbstractGraph, id: string): SearchDocument {
  const attributes = graph.getNodeAttributes(id);
  const description = stringAttr(attributes, 'description');
  return {
    id: `n:${id}`,
    names: namesOf(id, attributes).join('\n'),
    ...(description !== undefined && { description }),
  };
}

/** The relation's claim document, or null when it has no claim. */
function claimDocument(graph: AbstractGraph, edge: string): SearchDocument | null {
  const claim = stringAttr(graph.getEdgeAttributes(edge), 'claim');
  return claim === undefined || claim === '' ? null : { id: `e:${edge}`, claim };
}

function newMiniSearch(): MiniSearch<SearchDocument> {
  return new MiniSearch<SearchDocument>({
    fields: ['names', 'description', 'claim'],
    tokenize,
    processTerm,
    searchOptions: {
      boost: { ...BOOST },
      combineWith: 'OR',
      // The word being typed (the last) is a prefix; earlier words are whole (as a prefix, "nod"
      // in "nod 333" would score every "node" of a 100k graph). A misspelling costs one edit
      // per five letters (two at most); short words get none, which would match half the words.
      prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 2,
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

/** The words of a result that matched in one field. */
function termsIn(result: SearchResult, field: keyof typeof BOOST): Set<string> {
  const terms = new Set<string>();
  for (const [term, fields] of Object.entries(result.match))
    if (fields.includes(field)) terms.add(term);
  return terms;
}

function buildSearchIndex(
  graph: AbstractGraph,
  names: EntityIndex,
  mini: MiniSearch<SearchDocument>,
): SearchIndex {
  const labelOf = (id: string) => stringAttr(graph.getNodeAttributes(id), 'label') ?? id;

  /** The hits a result gives: its entity, or both ends of its relation. */
  const hitsOf = (result: SearchResult, relationShown: (edge: string) => boolean): SearchHit[] => {
    const key: unknown = result.id;
    if (typeof key !== 'string') return [];
    const id = key.slice(2);
    if (key.startsWith('n:') && graph.hasNode(id)) {
      const label = labelOf(id);
      const nameTerms = termsIn(result, 'names');
      if (nameTerms.size > 0) {
        const matched =
          namesOf(id, graph.getNodeAttributes(id)).find((name) =>
            tokenize(name).some((t) => nameTerms.has(t)),
          ) ?? label;
        return [{ id, label, matched, rank: 0, matchedIn: 'name' }];
      }
      const description = stringAttr(graph.getNodeAttributes(id), 'description') ?? '';
      const snippet = excerpt(description, termsIn(result, 'description'));
      return [{ id, label, matched: label, rank: 0, matchedIn: 'description', snippet }];
    }
    if (key.startsWith('e:') && graph.hasEdge(id) && relationShown(id)) {
      const claim = stringAttr(graph.getEdgeAttributes(id), 'claim') ?? '';
      const snippet = excerpt(claim, termsIn(result, 'claim'));
      return graph.extremities(id).map((node) => ({
        id: node,
        label: labelOf(node),
        matched: labelOf(node),
        rank: 0,
        matchedIn: 'claim' as const,
        snippet,
        edge: id,
      }));
    }
    return [];
  };

  const forgiving = (query: string): SearchResult[] => {
    const q = query.slice(0, MAX_QUERY);
    return q.trim() === '' ? [] : mini.search(q);
  };

  return {
    search(query, limit = 10, relationShown = () => true) {
      const hits: SearchHit[] = names
        .search(query, limit)
        .map((hit) => ({ ...hit, matchedIn: 'name' as const }));
      if (hits.length >= limit) return hits;
      const seen = new Set(hits.map((hit) => hit.id));
      for (const result of forgiving(query))
        for (const hit of hitsOf(result, relationShown)) {
          if (hits.length >= limit) return hits;
          if (seen.has(hit.id)) continue;
          seen.add(hit.id);
          hits.push(hit);
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
        if (typeof result.id !== 'string' || termsIn(result, 'names').size === 0) continue;
        const id = result.id.slice(2);
        if (!graph.hasNode(id)) continue;
        const label = labelOf(id);
        if (!labels.includes(label)) labels.push(label);
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
  mini.addAll(graph.mapNodes((id) => entityDocument(graph, id)));
  graph.forEachEdge((edge) => {
    const document = claimDocument(graph, edge);
    if (document !== null) mini.add(document);
  });
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
  const nodes = graph.nodes();
  const edges = graph.edges();
  const total = nodes.length + edges.length;
  let i = 0;
  while (i < total) {
    const start = performance.now();
    // At least one item per slice, however short the slice.
    do {
      const document =
        i < nodes.length
          ? entityDocument(graph, nodes[i] ?? '')
          : claimDocument(graph, edges[i - nodes.length] ?? '');
      i++;
      if (document !== null) mini.add(document);
    } while (i < total && performance.now() - start < sliceMs);
    if (i < total) await new Promise((resolve) => setTimeout(resolve, 0));
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
