import { describe, expect, it } from 'vitest';
import { createEntityIndex, editDistance, findEntity } from '../../src/graph/lookup';
import { NotFoundError } from '../../src/model/errors';
import { foldText } from '../../src/model/text';
import { loadKnowledgeGraph } from '../../src/load';
import { SHIPPED_DATA, readDataDir } from '../helpers/data';

const graph = loadKnowledgeGraph(readDataDir(SHIPPED_DATA), { iterations: 0 });

describe('findEntity', () => {
  it('throws NotFoundError without suggestions for an empty, blank or punctuation-only name', () => {
    for (const query of ['', '   ', '!?.,;:', 'x'.repeat(5000)]) {
      const error: unknown = (() => {
        try {
          findEntity(graph, query);
        } catch (e) {
          return e;
        }
        return undefined;
      })();
      expect(error).toBeInstanceOf(NotFoundError);
      expect((error as NotFoundError).suggestions).toEqual([]);
    }
  });

  it('never picks a near miss: "nvdia" is unknown, with Nvidia as the suggestion', () => {
    expect(() => findEntity(graph, 'nvdia')).toThrow(
      /^Unknown entity "nvdia"\. Did you mean "Nvidia"\?$/,
    );
  });

  it('throws NotFoundError with suggestions for a misspelt name', () => {
    const error: unknown = (() => {
      try {
        findEntity(graph, 'hisilcon');
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).suggestions[0]).toBe('HiSilicon');
    expect((error as NotFoundError).message).toBe(
      'Unknown entity "hisilcon". Did you mean "HiSilicon"?',
    );
  });

  it('throws without suggestions for nonsense', () => {
    expect(() => findEntity(graph, 'zzzzqqqq')).toThrow(/^Unknown entity "zzzzqqqq"\.$/);
  });

  it('finds by id, label and alias, case- and accent-insensitively, in native scripts', () => {
    expect(findEntity(graph, 'huawei')).toBe('huawei');
    expect(findEntity(graph, 'HUAWEI')).toBe('huawei');
    expect(findEntity(graph, '华为')).toBe('huawei');
    expect(findEntity(graph, 'Huawéi')).toBe('huawei');
    expect(findEntity(graph, 'ＨＵＡＷＥＩ')).toBe('huawei');
    expect(findEntity(graph, 'chip 4')).toBe('chip-4');
    expect(findEntity(graph, 'Commerce Department')).toBe('us-commerce-department');
    expect(findEntity(graph, '  gb200   nvl72 ')).toBe('gb200-nvl72');
  });
});

describe('search', () => {
  const index = createEntityIndex(graph);

  it('returns nothing for an empty, blank, very long or punctuation-only query', () => {
    expect(index.search('')).toEqual([]);
    expect(index.search('   ')).toEqual([]);
    expect(index.search('x'.repeat(5000))).toEqual([]);
    expect(index.search('!?;')).toEqual([]);
  });

  it('ranks exact over prefix over word prefix over substring', () => {
    const hits = index.search('chip');
    // "Chip 4", "chips" and "chip design …" are all prefix matches: within a rank, the
    // better-connected entity comes first.
    expect(hits.map((h) => h.id)).toEqual(expect.arrayContaining(['chip-4', 'semiconductors']));
    for (const [i, hit] of hits.slice(1).entries()) {
      const before = hits[i];
      if (before?.rank === hit.rank)
        expect(graph.degree(before.id)).toBeGreaterThanOrEqual(graph.degree(hit.id));
    }
    const ranks = hits.map((h) => h.rank);
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
    expect(index.search('nvidia')[0]).toMatchObject({ id: 'nvidia', rank: 4 });
    expect(index.search('matrix').map((h) => h.id)).toContain('cloudmatrix-384');
  });

  it('matches native-script aliases and reports which name matched', () => {
    expect(index.search('海思')[0]).toMatchObject({ id: 'hisilicon', matched: '海思', rank: 4 });
  });

  it('returns the same matches as ranking and sorting every name would, for any query', () => {
    // The plain way: each entity's best-ranked name, sorted by rank, relations, then label.
    const reference = (query: string, limit: number) => {
      const q = foldText(query);
      const best = new Map<string, { id: string; label: string; matched: string; rank: number }>();
      graph.forEachNode((id, a) => {
        for (const name of [a.label, ...a.aliases, id]) {
          const f = foldText(name);
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
          if (rank > (best.get(id)?.rank ?? 0))
            best.set(id, { id, label: a.label, matched: name, rank });
        }
      });
      return [...best.values()]
        .sort(
          (x, y) =>
            y.rank - x.rank ||
            graph.degree(y.id) - graph.degree(x.id) ||
            x.label.localeCompare(y.label),
        )
        .slice(0, limit);
    };
    for (const query of ['a', 'c', 'chi', 'hua', 'e', 'n', 'us', 'ai', '-', 'x', 'zz'])
      for (const limit of [1, 3, 10, 100])
        expect(index.search(query, limit)).toEqual(reference(query, limit));
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions, bounded by max', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});
