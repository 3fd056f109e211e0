import { describe, expect, it } from 'vitest';
import { checkReview } from '../../src/ingest/review';
import { SHIPPED_DATA, readDataDir } from '../helpers/data';

const shipped = () => readDataDir(SHIPPED_DATA);
const PARAGRAPHS = [
  'Orbis Labs said on Tuesday that its new accelerator beat every rival in a private test run.',
  'The firm gave no figures.',
];
/** A new source naming a new firm, reviewed: what the page sends on Save. */
const draft = (claim: string, description = 'A chip start-up, invented for this test.') => ({
  source: {
    id: 'orbis-note',
    title: 'A note on Orbis Labs',
    outlet: 'borna',
    published: '2025-08-01',
    paragraphs: 2,
    paragraphOpenings: ['Orbis Labs said on Tuesday', 'The firm gave no figures.'],
  },
  entities: [
    {
      label: 'Orbis Labs',
      kind: 'company',
      paragraphs: [1],
      description,
      accepted: true,
    },
    { label: 'Huawei', match: 'huawei', paragraphs: [1], accepted: true },
  ],
  relations: [
    {
      from: 'Orbis Labs',
      to: 'huawei',
      kinds: ['competes-with'],
      kind: 'competes-with',
      paragraph: 1,
      claim,
      accepted: true,
    },
  ],
});

describe('checkReview', () => {
  it('bad input: a value that is not a draft is named, not thrown', () => {
    for (const bad of [null, 'text', { source: 3 }]) {
      const check = checkReview(bad, shipped(), PARAGRAPHS);
      expect(check.added).toBeNull();
      expect(check.issues.length).toBeGreaterThan(0);
      expect(check.issues[0]?.file).toBe('the draft');
    }
  });

  it('says what saving would add, and every reviewer text that copies its paragraph', () => {
    const own = checkReview(draft('Orbis Labs sees Huawei as a rival.'), shipped(), PARAGRAPHS);
    expect(own.issues).toEqual([]);
    expect(own.copied).toEqual([]);
    expect(own.added).toMatchObject({ sources: 1, entities: 1, relations: 1 });
    expect(own.files.map((f) => f.path).sort()).toEqual([
      'graph-data/entities.json',
      'graph-data/relations.json',
      'graph-data/sources.json',
    ]);

    const copy = checkReview(
      draft(
        'Its new accelerator beat every rival in a private test.',
        'said on Tuesday that its new accelerator beat',
      ),
      shipped(),
      PARAGRAPHS,
    );
    expect(copy.copied).toEqual([
      {
        path: '$.relations[0].claim',
        paragraph: 1,
        run: 'its new accelerator beat every rival in',
      },
      {
        path: '$.entities[0].description',
        paragraph: 1,
        run: 'said on tuesday that its new accelerator',
      },
    ]);
    // Without the text at hand nothing can be checked for copying.
    expect(checkReview(draft('x'), shipped(), null).copied).toEqual([]);
  });

  it('names what the merged data would break (the same rules as kg validate)', () => {
    const bad = draft('Orbis Labs sees Huawei as a rival.');
    bad.source.published = 'last week';
    const check = checkReview(bad, shipped(), PARAGRAPHS);
    expect(check.added).toBeNull();
    expect(check.issues.some((i) => /date/.test(i.message))).toBe(true);
  });
});
