import { describe, expect, it } from 'vitest';
import { findNames, guessKind } from '../../src/ingest/mentions';

const names = (text: string) => findNames(text).map((m) => m.name);

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
