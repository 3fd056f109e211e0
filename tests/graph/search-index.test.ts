import { MultiGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { createEntityIndex, findEntity } from '../../src/graph/lookup';
import {
  createSearchIndex,
  createSearchIndexAsync,
  excerpt,
  searchIndexOf,
  type SearchHit,
} from '../../src/graph/search-index';
import { NotFoundError } from '../../src/model/errors';
import { loadKnowledgeGraph } from '../../src/load';
import { SHIPPED_DATA, readDataDir } from '../helpers/data';

const graph = loadKnowledgeGraph(readDataDir(SHIPPED_DATA), { iterations: 0 });
const index = createSearchIndex(graph);
const BAD_QUERIES = ['', '   \t\n', 'x'.repeat(20_000), '!?.,;:()[]—…', '"\'<>&'];

/** The claim of a relation, for checking that a snippet comes from it. */
const claimOf = (hit: SearchHit) =>
  hit.edge === undefined ? undefined : graph.getEdgeAttribute(hit.edge, 'claim');
/** A snippet without the ellipses that mark where it was cut. */
const unclipped = (snippet: string | undefined) => (snippet ?? '').replace(/^…|…$/g, '');

describe('search', () => {
  it('returns nothing for an empty, blank, very long or punctuation-only query', () => {
    for (const query of BAD_QUERIES) expect(index.search(query)).toEqual([]);
    expect(index.search('nvidia', 0)).toEqual([]);
  });

  it('forgives a typo in a name: "nvdia" finds Nvidia first, as a name match', () => {
    expect(index.search('nvdia')[0]).toMatchObject({
      id: 'nvidia',
      matchedIn: 'name',
      rank: 0,
    });
    // Case, accents and width are folded as for exact names.
    expect(index.search('NVÍDA')[0]?.id).toBe('nvidia');
    expect(index.search('ｎｖｄｉａ')[0]?.id).toBe('nvidia');
  });

  it('finds a name from a word and an abbreviation: "commerce dept"', () => {
    expect(index.search('commerce dept')[0]).toMatchObject({
      id: 'us-commerce-department',
      matchedIn: 'name',
    });
  });

  it('finds "export controls": the restrictions entity first, then the claims that mention them', () => {
    const hits = index.search('export controls', 10);
    expect(hits[0]).toMatchObject({ id: 'us-export-controls', matchedIn: 'name' });
    const claims = hits.filter((hit) => hit.matchedIn === 'claim');
    expect(claims.length).toBeGreaterThan(0);
    for (const hit of claims) {
      // The snippet is a piece of the relation's claim, that relation touches the entity, and
      // the piece holds the word the query found.
      expect(claimOf(hit)).toContain(unclipped(hit.snippet));
      expect(graph.extremities(hit.edge ?? '')).toContain(hit.id);
      expect(hit.snippet?.toLowerCase()).toContain('export');
    }
    expect(claims.map((hit) => hit.id)).toContain('huawei');
  });

  it('says when a description matched, with a snippet from it', () => {
    const hit = index.search('trade blacklist').find((h) => h.matchedIn === 'description');
    expect(hit).toBeDefined();
    expect(graph.getNodeAttribute(hit?.id ?? '', 'description')).toContain(unclipped(hit?.snippet));
    expect(hit?.snippet).toMatch(/blacklist/i);
  });

  it('keeps the literal ranking for names: the same hits first, forgiving ones after', () => {
    const names = createEntityIndex(graph);
    for (const query of ['chip', 'nvidia', '华为', '海思', 'hua', 'ascend', 'us', 'blacklist'])
      for (const limit of [1, 3, 10]) {
        const hits = index.search(query, limit);
        const literal = names.search(query, limit);
        expect(hits.slice(0, literal.length)).toEqual(
          literal.map((hit) => ({ ...hit, matchedIn: 'name' })),
        );
        expect(hits.slice(literal.length).every((hit) => hit.rank === 0)).toBe(true);
        expect(hits.length).toBeLessThanOrEqual(limit);
        expect(new Set(hits.map((hit) => hit.id)).size).toBe(hits.length);
      }
    expect(index.search('华为')[0]).toMatchObject({ id: 'huawei', matched: '华为', rank: 4 });
  });

  it('ranks a name match above a description match above a claim match', () => {
    // The claim says the word most often and the description is long: only the field boosts
    // put the name first and the description before the claim.
    const g = new MultiGraph();
    g.addNode('named', { label: 'Zorblax Industries', aliases: [] });
    g.addNode('described', {
      label: 'Described',
      aliases: [],
      description: 'A long description of a firm that, among many other things, buys zorblax.',
    });
    g.addNode('claimed', { label: 'Claimed', aliases: [] });
    g.addNode('other', { label: 'Other', aliases: [] });
    g.addEdge('claimed', 'other', { claim: 'Zorblax, zorblax and more zorblax.' });
    const hits = createSearchIndex(g).search('zorblx');
    expect(hits.map((hit) => [hit.id, hit.matchedIn])).toEqual([
      ['named', 'name'],
      ['described', 'description'],
      ['claimed', 'claim'],
      ['other', 'claim'],
    ]);
  });

  it('reads accents in claims and descriptions, and keeps markup as text', () => {
    const g = new MultiGraph();
    g.addNode('a', {
      label: 'Alpha',
      aliases: ['阿尔法'],
      description: 'Maker of <b>café</b> chips',
    });
    g.addNode('b', { label: 'Beta', aliases: [] });
    g.addEdge('a', 'b', { claim: 'Beta resells Alpha’s Crème wafers.' });
    const small = createSearchIndex(g);
    expect(small.search('cafe')[0]).toMatchObject({
      id: 'a',
      matchedIn: 'description',
      snippet: 'Maker of <b>café</b> chips',
    });
    expect(small.search('creme').map((hit) => [hit.id, hit.matchedIn])).toEqual([
      ['a', 'claim'],
      ['b', 'claim'],
    ]);
    expect(small.search('阿尔')[0]).toMatchObject({ id: 'a', matched: '阿尔法' });
  });

  it('ignores the claims of relations the filters hide', () => {
    const curbs = (edge: string) => /export curbs/.test(graph.getEdgeAttribute(edge, 'claim'));
    const all = index.search('export curbs', 20);
    expect(all.some((hit) => hit.edge !== undefined && curbs(hit.edge))).toBe(true);
    expect(all.map((hit) => hit.id)).toContain('dylan-patel');
    const shown = index.search('export curbs', 20, (edge) => !curbs(edge));
    expect(shown.some((hit) => hit.edge !== undefined && curbs(hit.edge))).toBe(false);
    // Patel is found only through his claims about export curbs.
    expect(shown.map((hit) => hit.id)).not.toContain('dylan-patel');
  });
});

describe('resolve', () => {
  it('resolves nothing for an empty, blank, very long or punctuation-only query', () => {
    for (const query of BAD_QUERIES) expect(index.resolve(query)).toBeUndefined();
  });

  it('never resolves a fuzzy match, only what names the entity', () => {
    expect(index.resolve('nvdia')).toBeUndefined();
    expect(index.resolve('commerce dept')).toBeUndefined();
    expect(index.resolve('NVIDIA')).toBe('nvidia');
    expect(index.resolve('华为')).toBe('huawei');
  });
});

describe('suggest', () => {
  it('suggests nothing for an empty, blank, very long or punctuation-only query', () => {
    for (const query of BAD_QUERIES) expect(index.suggest(query)).toEqual([]);
  });

  it('adds forgiving name matches to the close spellings, never claim words', () => {
    expect(index.suggest('nvdia')[0]).toBe('Nvidia');
    expect(index.suggest('commerce dept')).toContain('U.S. Department of Commerce');
    // "notwithstanding" is only in a claim: no reason to think the user meant an entity.
    expect(index.suggest('notwithstanding')).toEqual([]);
  });

  it('feeds "did you mean" in findEntity without choosing for the user', () => {
    const error: unknown = (() => {
      try {
        findEntity(graph, 'commerce dept', index);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).suggestions).toContain('U.S. Department of Commerce');
    expect(() => findEntity(graph, 'nvdia', index)).toThrow(/Did you mean "Nvidia"/);
  });
});

describe('excerpt', () => {
  it('returns empty text for empty text, and short text whole', () => {
    expect(excerpt('', new Set(['x']))).toBe('');
    expect(excerpt('   ', new Set())).toBe('');
    expect(excerpt('A  short\nclaim.', new Set(['nothing']))).toBe('A short claim.');
  });

  it('cuts long text at word boundaries around the first matched word', () => {
    const words = Array.from({ length: 60 }, (_, i) => `word${i}`);
    words[40] = 'Crème';
    const text = words.join(' ');
    const cut = excerpt(text, new Set(['creme']), 60);
    expect(cut).toMatch(/^….*…$/);
    expect(cut).toContain('Crème');
    expect(cut.length).toBeLessThanOrEqual(62);
    expect(text).toContain(unclipped(cut));
    // Whole words only.
    expect(unclipped(cut)).toMatch(/^word\d+ .* word\d+$/);
  });
});

describe('createSearchIndexAsync', () => {
  it('builds an empty index for an empty graph', async () => {
    const empty = await createSearchIndexAsync(new MultiGraph());
    expect(empty.search('anything')).toEqual([]);
  });

  it('answers as the one-go build does, built in many slices', async () => {
    const sliced = await createSearchIndexAsync(graph, createEntityIndex(graph), 0);
    for (const query of ['nvdia', 'commerce dept', 'export controls', 'chip'])
      expect(sliced.search(query)).toEqual(index.search(query));
  });

  it('is built once per graph and shared', async () => {
    const first = searchIndexOf(graph);
    expect(searchIndexOf(graph)).toBe(first);
    expect((await first).search('nvdia')[0]?.id).toBe('nvidia');
  });
});
