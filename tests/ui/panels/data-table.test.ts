import { describe, expect, it } from 'vitest';
import {
  filterRows,
  orderRows,
  sortRows,
  type Column,
  type FoldedTextCache,
  type SortKeyCache,
} from '../../../src/ui/panels/data-table';

/** Columns over a table of values: row `key`'s cell in column i is `values[key][i]`. */
function table(values: Record<string, readonly (string | number)[]>) {
  const columns = Array.from({ length: 3 }, (_, i): Column => ({
    name: `c${i}`,
    text: (key) => String(values[key]?.[i] ?? ''),
    sort: (key) => values[key]?.[i] ?? '',
  }));
  return { rows: Object.keys(values), columns };
}

describe('sortRows', () => {
  it('bad input: a column the table lacks keeps the rows’ order; no rows sort to none', () => {
    const { rows, columns } = table({ b: ['x'], a: ['y'] });
    expect(sortRows(rows, columns, 5, true)).toEqual(['b', 'a']);
    expect(sortRows(rows, columns, 5, false)).toEqual(['b', 'a']);
    expect(sortRows([], columns, 0, true)).toEqual([]);
  });

  it('sorts numbers numerically and text by locale, ties in the rows’ order either way', () => {
    const { rows, columns } = table({
      r1: [10, 'Éclair'],
      r2: [9, 'apple'],
      r3: [10, 'Banana'],
      r4: [-1, 'apple'],
    });
    expect(sortRows(rows, columns, 0, true)).toEqual(['r4', 'r2', 'r1', 'r3']);
    expect(sortRows(rows, columns, 0, false)).toEqual(['r1', 'r3', 'r2', 'r4']);
    // Locale order: accents and case do not push "Éclair" after "apple" as code points would.
    expect(sortRows(rows, columns, 1, true)).toEqual(['r2', 'r4', 'r3', 'r1']);
    expect(sortRows(rows, columns, 1, false)).toEqual(['r1', 'r3', 'r2', 'r4']);
    // The input is left as it was.
    expect(rows).toEqual(['r1', 'r2', 'r3', 'r4']);
  });

  it('sorts by a column’s sort key where it has one, not by its text', () => {
    const columns: Column[] = [
      { name: 'certainty', text: (key) => key, sort: (key) => ['fact', 'claim'].indexOf(key) },
    ];
    expect(sortRows(['claim', 'fact'], columns, 0, true)).toEqual(['fact', 'claim']);
    // Without one, the text.
    expect(sortRows(['claim', 'fact'], [{ name: 'text', text: (key) => key }], 0, true)).toEqual([
      'claim',
      'fact',
    ]);
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
    const values: Record<string, string[]> = {};
    for (let i = 0; i < 200; i++) values[`k${i}`] = [words[(i * 7) % words.length] ?? ''];
    for (let i = 0; i < 300; i++) values[`n${i}`] = [`${words[i % words.length] ?? ''} ${i}`];
    values['new'] = ['Micron'];
    const { columns } = table(values);
    const rows = Object.keys(values).filter((key) => key.startsWith('k'));
    const naive = (list: readonly string[]) =>
      [...list].sort((a, b) => collator.compare(values[a]?.[0] ?? '', values[b]?.[0] ?? ''));
    const cache: SortKeyCache = new Map();
    expect(sortRows(rows, columns, 0, true, cache)).toEqual(naive(rows));
    expect(cache.get(0)?.size).toBe(new Set(words).size);
    const subset = rows.filter((_, i) => i % 3 === 0);
    expect(sortRows(subset, columns, 0, true, cache)).toEqual(naive(subset));
    // Mostly distinct texts are compared directly, in the same order, and leave no ranks behind.
    const names = Object.keys(values).filter((key) => key.startsWith('n'));
    const fresh: SortKeyCache = new Map();
    expect(sortRows(names, columns, 0, false, fresh)).toEqual(naive(names).reverse());
    expect(fresh.size).toBe(0);
    // A text the cache has not seen is ranked afresh, not put first.
    const grown = [...rows, 'new'];
    expect(sortRows(grown, columns, 0, true, cache)).toEqual(naive(grown));
  });
});

describe('filterRows', () => {
  it('bad input: a blank filter keeps every row; a filter nothing contains keeps none', () => {
    const { rows, columns } = table({ a: ['Huawei'], b: ['Nvidia'] });
    expect(filterRows(rows, columns, '   ', () => true)).toEqual(['a', 'b']);
    expect(filterRows(rows, columns, 'Micron', () => true)).toEqual([]);
  });

  it('matches any shown column, ignoring case and accents, and reads each text once', () => {
    const { rows, columns } = table({ a: ['Huawei', 'Shenzhen'], b: ['Nvidia', 'Santa Clara'] });
    expect(filterRows(rows, columns, 'HUAWEÍ', () => true)).toEqual(['a']);
    expect(filterRows(rows, columns, 'clara', () => true)).toEqual(['b']);
    // A hidden column does not match.
    expect(filterRows(rows, columns, 'clara', (i) => i !== 1)).toEqual([]);
    let reads = 0;
    const counted: Column[] = [{ name: 'name', text: (key) => (reads++, key) }];
    const cache: FoldedTextCache = new Map();
    filterRows(rows, counted, 'a', () => true, cache);
    filterRows(rows, counted, 'b', () => true, cache);
    expect(reads).toBe(2);
  });
});

describe('orderRows', () => {
  it('filters, then sorts by the column, or keeps the given order without one', () => {
    const { rows, columns } = table({ c: ['Cc'], a: ['Ab'], b: ['Bb'] });
    const view = { filter: 'b', ascending: true, shown: () => true };
    expect(orderRows(rows, columns, { ...view, column: 0 })).toEqual(['a', 'b']);
    expect(orderRows(rows, columns, { ...view, column: null })).toEqual(['a', 'b']);
    expect(orderRows(rows, columns, { ...view, filter: '', column: null })).toEqual([
      'c',
      'a',
      'b',
    ]);
    expect(orderRows(rows, columns, { ...view, filter: '', column: 0, ascending: false })).toEqual([
      'c',
      'b',
      'a',
    ]);
  });
});
