import { describe, expect, it } from 'vitest';
import { sortRows, type Row, type SortKeyCache } from '../../../src/ui/panels/data-table';

const row = (key: string, ...sorts: (string | number)[]): Row => ({
  key,
  cells: sorts.map((sort) => ({ text: String(sort), sort })),
});
const keys = (rows: readonly Row[]) => rows.map((r) => r.key);

describe('sortRows', () => {
  it('bad input: a column the rows lack sorts as empty text and keeps the rows’ order', () => {
    const rows = [row('b', 'x'), row('a', 'y')];
    expect(keys(sortRows(rows, 5, true))).toEqual(['b', 'a']);
    expect(keys(sortRows(rows, 5, false))).toEqual(['b', 'a']);
    expect(sortRows([], 0, true)).toEqual([]);
  });

  it('sorts numbers numerically and text by locale, ties in the rows’ order either way', () => {
    const rows = [
      row('r1', 10, 'Éclair'),
      row('r2', 9, 'apple'),
      row('r3', 10, 'Banana'),
      row('r4', -1, 'apple'),
    ];
    expect(keys(sortRows(rows, 0, true))).toEqual(['r4', 'r2', 'r1', 'r3']);
    expect(keys(sortRows(rows, 0, false))).toEqual(['r1', 'r3', 'r2', 'r4']);
    // Locale order: accents and case do not push "Éclair" after "apple" as code points would.
    expect(keys(sortRows(rows, 1, true))).toEqual(['r2', 'r4', 'r3', 'r1']);
    expect(keys(sortRows(rows, 1, false))).toEqual(['r1', 'r3', 'r2', 'r4']);
    // The input is left as it was.
    expect(keys(rows)).toEqual(['r1', 'r2', 'r3', 'r4']);
  });

  it('agrees with a pairwise collator sort, with a kept cache, on a subset and on new texts', () => {
    const collator = new Intl.Collator();
    const words = [
      'Zhang',
      'zhang',
      'Ascend',
      'ascend 910C',
      'Nvidia',
      'NVIDIA',
      '華為',
      'Huawei',
      '5G',
      'ä',
    ];
    const rows = Array.from({ length: 200 }, (_, i) =>
      row(`k${i}`, words[(i * 7) % words.length] ?? ''),
    );
    const naive = (list: readonly Row[]) =>
      [...list].sort((a, b) =>
        collator.compare(String(a.cells[0]?.sort), String(b.cells[0]?.sort)),
      );
    const cache: SortKeyCache = new Map();
    expect(keys(sortRows(rows, 0, true, cache))).toEqual(keys(naive(rows)));
    expect(cache.get(0)?.size).toBe(new Set(words).size);
    const subset = rows.filter((_, i) => i % 3 === 0);
    expect(keys(sortRows(subset, 0, true, cache))).toEqual(keys(naive(subset)));
    // A text the cache has not seen is ranked afresh, not put first.
    // Mostly distinct texts are compared directly, in the same order, and leave no ranks behind.
    const names = Array.from({ length: 300 }, (_, i) =>
      row(`n${i}`, `${words[i % words.length] ?? ''} ${i}`),
    );
    const fresh: SortKeyCache = new Map();
    expect(keys(sortRows(names, 0, false, fresh))).toEqual(keys(naive(names).reverse()));
    expect(fresh.size).toBe(0);
    const grown = [...rows, row('new', 'Micron')];
    expect(keys(sortRows(grown, 0, true, cache))).toEqual(keys(naive(grown)));
  });
});
