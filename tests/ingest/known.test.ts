import { describe, expect, it } from 'vitest';
import { findKnown, keepLongest } from '../../src/ingest/known';

describe('findKnown', () => {
  const known = [
    { id: 'us', kind: 'country' as const, names: ['United States', 'U.S.', 'US'] },
    { id: 'commerce', kind: 'government-agency' as const, names: ['U.S. Department of Commerce'] },
    { id: 'huawei', kind: 'company' as const, names: ['Huawei', '华为'] },
    { id: 'empty', kind: 'company' as const, names: ['', ' ', 'X'] },
  ];

  it('bad input: no names, blank or one-letter names find nothing', () => {
    expect(findKnown('Huawei and X met.', [])).toEqual([]);
    expect(findKnown('X marks the spot', known)).toEqual([]);
    expect(findKnown('', known)).toEqual([]);
  });

  it('matches labels and aliases whatever the case, accents and width; acronyms only as written', () => {
    const text = 'HUAWÉI told us that ＨＵＡＷＥＩ and 华为 are one; the US and the U.S. agree.';
    const found = findKnown(text, known);
    expect(found.map((m) => [m.id, m.name])).toEqual([
      ['huawei', 'HUAWÉI'],
      ['huawei', 'ＨＵＡＷＥＩ'],
      ['huawei', '华为'],
      ['us', 'US'],
      ['us', 'U.S.'],
    ]);
    // The spans point into the original text.
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.name);
    // Not inside a longer word.
    expect(findKnown('A USB stick from Huaweis', known)).toEqual([]);
  });

  it('prefers the longest of overlapping names', () => {
    const found = findKnown('The U.S. Department of Commerce acted.', known);
    expect(found.map((m) => m.id)).toEqual(['commerce']);
    expect(
      keepLongest([
        { start: 0, end: 4, name: 'a' },
        { start: 2, end: 9, name: 'b' },
        { start: 10, end: 12, name: 'c' },
      ]).map((m) => m.name),
    ).toEqual(['b', 'c']);
  });
});
