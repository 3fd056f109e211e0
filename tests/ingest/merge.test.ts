import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { proposeDraft, type Draft } from '../../src/ingest/draft';
import { copiedWords, idFromLabel, mergeDraft, type ReviewedDraft } from '../../src/ingest/merge';
import { DataError } from '../../src/model/errors';
import { checkGraphData } from '../../src/model/validate';
import { FIXTURES, SHIPPED_DATA, readDataDir } from '../helpers/data';

const WIRE = readFileSync(join(FIXTURES, 'ingest', 'wire.txt'), 'utf8');
const shipped = () => readDataDir(SHIPPED_DATA);

/** The wire draft against the shipped graph, reviewed: two new entities, three relations. */
function reviewed(): ReviewedDraft {
  const draft: Draft = proposeDraft(WIRE, checkGraphData(shipped()).data.entities, {
    source: 'wire-2026-03-02',
  });
  const entities = draft.entities.map((e) => {
    if (e.label === 'TrendForce Research')
      return { ...e, kind: 'research-firm' as const, description: 'A market research firm.' };
    if (e.label === 'Maria Lopez')
      return { ...e, description: 'An analyst at a market research firm.' };
    return e;
  });
  const relations = draft.relations.map((r) => {
    if (r.from === 'Maria Lopez' && r.to === 'TrendForce Research')
      return { ...r, kind: 'works-for' as const, claim: 'Lopez is an analyst at TrendForce.' };
    if (r.from === 'huawei' && r.to === 'ascend-910c')
      return { ...r, kind: 'produces' as const, claim: 'Huawei makes the Ascend 910C.' };
    if (r.from === 'huawei' && r.to === 'Shenzhen') return { ...r, dismissed: true };
    return r;
  });
  return { ...draft, source: { ...draft.source, outlet: 'borna' }, entities, relations };
}

describe('mergeDraft', () => {
  it('bad input: a malformed draft, invalid data, a new source without its fields', () => {
    expect(() => mergeDraft({ source: {} }, 'd.json', shipped(), 'graph-data')).toThrow(
      /the draft d\.json is malformed/,
    );
    try {
      mergeDraft({ entities: 3 }, 'd.json', shipped(), 'graph-data');
    } catch (error) {
      expect(error).toBeInstanceOf(DataError);
      expect((error as DataError).issues.map((i) => i.path)).toContain('$.entities');
    }
    const broken = [{ path: 'graph-data/entities.json', text: '{ "entities": [ }' }];
    expect(() => mergeDraft(reviewed(), 'd.json', broken, 'graph-data')).toThrow(
      /the data is invalid/,
    );
    const noOutlet = reviewed();
    const { outlet: _dropped, ...source } = noOutlet.source;
    expect(() => mergeDraft({ ...noOutlet, source }, 'd.json', shipped(), 'graph-data')).toThrow(
      /no outlet/,
    );
  });

  it('adds the source, the reviewed entities and relations, a corroboration for a known one; the rest waits', () => {
    const before = checkGraphData(shipped()).data;
    const result = mergeDraft(reviewed(), 'd.json', shipped(), 'graph-data');
    expect(result.added).toMatchObject({ sources: 1, entities: 2, relations: 1 });
    const after = checkGraphData(
      shipped().map((f) => {
        const changed = result.files.find((c) => c.path === f.path);
        return changed ? { path: f.path, text: JSON.stringify(changed.data) } : f;
      }),
    );
    expect(after.issues).toEqual([]);
    expect(after.data.sources).toHaveLength(before.sources.length + 1);
    const lopez = after.data.entities.find((e) => e.id === 'maria-lopez');
    expect(lopez).toMatchObject({
      kind: 'person',
      citations: [{ source: 'wire-2026-03-02', paragraph: 3 }],
    });
    expect(
      after.data.relations.find((r) => r.id === 'maria-lopez--works-for--trendforce-research'),
    ).toMatchObject({
      certainty: 'claim',
      citations: [{ source: 'wire-2026-03-02', paragraph: 3 }],
    });
    // The graph knew that Huawei produces the Ascend 910C: the new source corroborates it.
    const develops = after.data.relations.find(
      (r) => r.source === 'huawei' && r.kind === 'produces' && r.target === 'ascend-910c',
    );
    expect(develops?.corroboration).toEqual([
      {
        source: 'wire-2026-03-02',
        paragraph: 2,
        stance: 'supports',
        note: 'Huawei makes the Ascend 910C.',
      },
    ]);
    expect(result.added.corroborations).toBe(1);
    // Matched entities cite the new source; unreviewed items are listed, dismissed ones are not.
    expect(after.data.entities.find((e) => e.id === 'huawei')?.citations).toContainEqual({
      source: 'wire-2026-03-02',
      paragraph: 2,
    });
    expect(result.pending.some((p) => p.includes('"Hsinchu"') && p.includes('not reviewed'))).toBe(
      true,
    );
    expect(result.pending.some((p) => p.includes('huawei → Shenzhen'))).toBe(false);
  });

  it('refuses a merge that would make the data invalid, naming the problem, and changes nothing', () => {
    const draft = reviewed();
    const wrong = {
      ...draft,
      relations: draft.relations.map((r) =>
        r.from === 'Maria Lopez' && r.to === 'TrendForce Research'
          ? { ...r, kind: 'subsidiary-of' as const, claim: 'A wrong kind.' }
          : r,
      ),
    };
    expect(() => mergeDraft(wrong, 'd.json', shipped(), 'graph-data')).toThrow(
      /would make the data invalid; nothing was written[\s\S]*cannot start from a person/,
    );
  });

  it('starts a new graph in an empty folder, each list in its own file', () => {
    const draft = proposeDraft(WIRE, [], { source: 'wire' });
    const result = mergeDraft(
      {
        ...draft,
        entities: [
          ...draft.entities.map((e) =>
            e.label === 'Yonhap News' ? { ...e, description: 'A news agency.' } : e,
          ),
          {
            label: 'Example Wire',
            id: 'example-wire',
            kind: 'news-outlet',
            description: 'The wire that filed the story.',
            paragraphs: [1],
          },
        ],
      },
      'd.json',
      [],
      'new',
    );
    expect(result.files.map((f) => f.path).sort()).toEqual([
      'new/entities.json',
      'new/sources.json',
    ]);
    expect(result.added).toMatchObject({ sources: 1, entities: 2, relations: 0 });
  });
});

describe('idFromLabel and copiedWords', () => {
  it('bad input: an empty label has an empty id; texts too short to copy copy nothing', () => {
    expect(idFromLabel('')).toBe('');
    expect(copiedWords('', 'anything at all here')).toBeNull();
    expect(copiedWords('one two three', 'one two three')).toBeNull();
  });

  it('makes kebab-case ids and finds a run of more than six words shared with a passage', () => {
    expect(idFromLabel('CloudMatrix 384')).toBe('cloudmatrix-384');
    expect(idFromLabel('U.S. Department of Commerce')).toBe('u-s-department-of-commerce');
    const passage = 'The quick brown fox jumps over the lazy dog near the river bank.';
    expect(copiedWords('A fox, quick and brown, jumps over a dog.', passage)).toBeNull();
    expect(copiedWords('Look: the QUICK brown fox jumps over the lazy cat.', passage)).toBe(
      'the quick brown fox jumps over the',
    );
  });
});

describe('mergeDraft: several entries for one entity, several speakers for one relation', () => {
  const base = {
    source: {
      id: 'test-2026-01-01',
      title: 'A test report',
      outlet: 'borna',
      published: '2026-01-01',
      paragraphs: 3,
      paragraphOpenings: ['One', 'Two', 'Three'],
    },
  };

  it('bad input: a match the data lacks waits in the draft', () => {
    const result = mergeDraft(
      {
        ...base,
        entities: [{ label: 'Nobody', match: 'no-such-entity', paragraphs: [1] }],
        relations: [],
      },
      'd.json',
      shipped(),
      'graph-data',
    );
    expect(result.pending).toEqual([
      'entity 1 ("Nobody"): "match" names "no-such-entity", which the data does not have',
    ]);
  });

  it('adds the aliases of every entry matching one entity, citing the source once, at the first', () => {
    const result = mergeDraft(
      {
        ...base,
        entities: [
          { label: 'Nvidia Corp.', match: 'nvidia', aliases: ['Nvidia Corp.'], paragraphs: [2] },
          { label: 'Team Green', match: 'nvidia', aliases: ['Team Green'], paragraphs: [3] },
        ],
        relations: [],
      },
      'd.json',
      shipped(),
      'graph-data',
    );
    const entities = result.files.find((f) => f.path.endsWith('entities.json'))?.data[
      'entities'
    ] as { id: string; aliases: string[]; citations: { source: string; paragraph: number }[] }[];
    const nvidia = entities.find((e) => e.id === 'nvidia');
    expect(nvidia?.aliases).toEqual(expect.arrayContaining(['Nvidia Corp.', 'Team Green']));
    expect(nvidia?.citations.filter((c) => c.source === 'test-2026-01-01')).toEqual([
      { source: 'test-2026-01-01', paragraph: 2 },
    ]);
    expect(result.added.aliases).toBe(2);
  });

  it('makes another speaker’s claim its own relation, and the outlet’s a corroboration', () => {
    const relation = {
      from: 'huawei',
      to: 'nvidia',
      kinds: ['competes-with' as const],
      kind: 'competes-with' as const,
      paragraph: 2,
    };
    const result = mergeDraft(
      {
        ...base,
        entities: [],
        relations: [
          {
            ...relation,
            claim: 'The paper judges Huawei a rival to Nvidia.',
            assertedBy: 'global-times',
            attribution: 'unnamed industry voices',
          },
          { ...relation, claim: 'Huawei is said to rival Nvidia.', certainty: 'reported' },
        ],
      },
      'd.json',
      shipped(),
      'graph-data',
    );
    expect(result.added).toMatchObject({ relations: 1, corroborations: 1 });
    const relations = result.files.find((f) => f.path.endsWith('relations.json'))?.data[
      'relations'
    ] as { id: string; assertedBy: string[]; attribution?: string }[];
    expect(
      relations.find((r) => r.id === 'huawei--competes-with--nvidia--global-times'),
    ).toMatchObject({
      assertedBy: ['global-times'],
      attribution: 'unnamed industry voices',
    });
  });
});

describe('mergeDraft: patches from the page (verdicts, corrections, a known source)', () => {
  /** What the page's edit mode writes: a source the data has, and what changes. */
  const patch = (extra: Record<string, unknown>) => ({ source: { id: 'borna-416' }, ...extra });
  const dataAfter = (result: ReturnType<typeof mergeDraft>) =>
    checkGraphData(
      shipped().map((f) => {
        const changed = result.files.find((c) => c.path === f.path);
        return changed ? { path: f.path, text: JSON.stringify(changed.data) } : f;
      }),
    );

  it('bad input: a correction of an id the data lacks waits; one that breaks a rule is refused', () => {
    const missing = mergeDraft(
      patch({ corrections: [{ entity: 'no-such-entity', description: 'x' }] }),
      'p.json',
      shipped(),
      'graph-data',
    );
    expect(missing.pending).toEqual(['correction 1: the data has no entity "no-such-entity"']);
    expect(missing.files).toEqual([]);
    // Huawei as a person cannot produce chips: the relations' domain check names it.
    expect(() =>
      mergeDraft(
        patch({ corrections: [{ entity: 'huawei', kind: 'person' }] }),
        'p.json',
        shipped(),
        'graph-data',
      ),
    ).toThrow(DataError);
    expect(() =>
      mergeDraft(
        patch({ corrections: [{ entity: 'huawei', colour: 'red' }] }),
        'p.json',
        shipped(),
        'graph-data',
      ),
    ).toThrow(/malformed/);
    // A new source needs its paragraph count (a known one does not).
    expect(() =>
      mergeDraft(
        { source: { id: 'new-one', title: 'T', outlet: 'borna', published: '2025-08-01' } },
        'p.json',
        shipped(),
        'graph-data',
      ),
    ).toThrow(/no paragraphs/);
  });

  it('corrects an entity and a relation, keeping their ids, citations and ends', () => {
    const result = mergeDraft(
      patch({
        corrections: [
          { entity: 'huawei', description: 'A Shenzhen maker of telecom gear and chips.' },
          {
            relation: 'huawei--produces--ascend-910c',
            certainty: 'reported',
            claim: 'Huawei turns out the Ascend 910C.',
          },
        ],
      }),
      'p.json',
      shipped(),
      'graph-data',
    );
    expect(result.added.corrections).toBe(2);
    const after = dataAfter(result);
    expect(after.issues).toEqual([]);
    const before = checkGraphData(shipped()).data;
    const huawei = after.data.entities.find((e) => e.id === 'huawei');
    expect(huawei?.description).toBe('A Shenzhen maker of telecom gear and chips.');
    expect(huawei?.citations).toEqual(before.entities.find((e) => e.id === 'huawei')?.citations);
    expect(
      after.data.relations.find((r) => r.id === 'huawei--produces--ascend-910c'),
    ).toMatchObject({
      source: 'huawei',
      target: 'ascend-910c',
      certainty: 'reported',
      kind: 'produces',
    });
    // The same correction again changes nothing.
    const again = mergeDraft(
      patch({ corrections: [{ entity: 'huawei', description: huawei?.description }] }),
      'p.json',
      result.files
        .map((f) => ({ path: f.path, text: JSON.stringify(f.data) }))
        .concat(shipped().filter((f) => !result.files.some((c) => c.path === f.path))),
      'graph-data',
    );
    expect(again.added.corrections).toBe(0);
  });

  it('adds a relation cited to a known source, and leaves an item the reviewer has not accepted', () => {
    const relation = {
      from: 'ascend-910c',
      to: 'nvidia',
      kinds: ['competes-with'],
      paragraph: 2,
      kind: 'competes-with',
      claim: 'The Ascend 910C and Nvidia vie for the same buyers.',
      certainty: 'opinion',
    };
    const result = mergeDraft(
      patch({ relations: [relation, { ...relation, to: 'gb200-nvl72', accepted: false }] }),
      'p.json',
      shipped(),
      'graph-data',
    );
    expect(result.added).toMatchObject({ sources: 0, relations: 1 });
    expect(result.pending).toEqual([
      'relation 2 (ascend-910c → gb200-nvl72, ¶2): not accepted yet',
    ]);
    const added = dataAfter(result).data.relations.find(
      (r) => r.source === 'ascend-910c' && r.target === 'nvidia' && r.kind === 'competes-with',
    );
    expect(added).toMatchObject({ citations: [{ source: 'borna-416', paragraph: 2 }] });
  });
});
