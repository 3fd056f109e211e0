import { describe, expect, it } from 'vitest';
import { findKnown, findNames, guessKind, keepLongest } from '../../src/ingest/mentions';

const names = (text: string) => findNames(text).map((m) => m.name);

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

describe('findNames', () => {
  it('bad input: a text without capitals, or only sentence-opening words, names nothing', () => {
    expect(names('')).toEqual([]);
    expect(names('nothing here is named at all.')).toEqual([]);
    expect(names('However, it rained. Although late, they came.')).toEqual([]);
  });

  it('finds products, names with "of", dashes and acronyms, without possessives or a leading "The"', () => {
    expect(
      names(
        'The CloudMatrix 384 uses Ascend 910C chips, while Nvidia’s GB200 NVL72 and the U.S. Department of Commerce watch the Indo-Pacific.',
      ),
    ).toEqual([
      'CloudMatrix 384',
      'Ascend 910C',
      'Nvidia',
      'GB200 NVL72',
      'U.S. Department of Commerce',
      'Indo-Pacific',
    ]);
    // A lower-case suffix ends a name; a head noun after it is part of it.
    expect(
      names('Nvidia-led groups fought the U.S.–China tech war and joined the Chip 4 alliance.'),
    ).toEqual(['Nvidia', 'U.S.–China tech war', 'Chip 4 alliance']);
  });

  it('leaves out generic acronyms, lone numbers, weekdays and adjectives, but not names after them', () => {
    expect(
      names('Since 2019 the AI race grew. On Monday, Chinese firms met Global Times reporters.'),
    ).toEqual(['Global Times']);
  });

  it('splits a name from the organisation its title follows, and drops a generic acronym after a name', () => {
    expect(
      names('Nvidia CEO Jensen Huang saw the CloudMatrix 384 AI system and its Ascend 910C NPUs.'),
    ).toEqual(['Nvidia', 'Jensen Huang', 'CloudMatrix 384', 'Ascend 910C']);
  });

  it('finds people compromise knows and unnamed speakers', () => {
    const found = names('One Chinese analyst agreed, and so did Dylan Patel, an expert on chips.');
    expect(found).toContain('Chinese analyst');
    expect(found).toContain('Dylan Patel');
  });
});

describe('guessKind', () => {
  it('bad input: a word that suggests nothing gets no kind', () => {
    expect(guessKind('Zorblat', '', false)).toBeUndefined();
  });

  it('reads a kind from the words of the name, the word after it, or the language library', () => {
    expect(guessKind('Dylan Patel', '', true)).toBe('person');
    expect(guessKind('Chinese analyst', '', false)).toBe('person');
    expect(guessKind('U.S. Department of Commerce', '', false)).toBe('government-agency');
    expect(guessKind('Global Times', '', false)).toBe('news-outlet');
    expect(guessKind('Ascend 910C', ' chips, which', false)).toBe('chip');
    expect(guessKind('GPT models', '', false)).toBe('ai-model');
    expect(guessKind('Semicon Taiwan', ' (SCT) fair', false)).toBe('event');
    expect(guessKind('U.S.–China tech war', '', false)).toBe('event');
    expect(guessKind('U.S.', '', false)).toBe('country');
    expect(guessKind('Japan', '', false)).toBe('country');
    expect(guessKind('CloudMatrix 384', ' is a', false)).toBe('system');
  });
});

describe('findNames: measures and sentence openers are no names', () => {
  it('bad input: units and figures in capitals, and "None" opening a sentence, name nothing', () => {
    const names = (text: string) => findNames(text).map((m) => m.name);
    expect(
      names('It reaches 300 PFLOPS of BF16 compute with 48TB of memory and 800G links.'),
    ).toEqual([]);
    expect(names('None of the figures came from Huawei.')).toEqual(['Huawei']);
  });
});
