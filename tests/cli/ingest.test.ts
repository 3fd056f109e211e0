/**
 * `kg ingest` and `kg merge`: a draft from an article's text, matched against a data folder (an empty one is an
 * empty graph), written to --out or DATA/drafts/<source id>.json; bad input says what and where.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../src/ingest/draft';
import { FIXTURES, SHIPPED_DATA } from '../helpers/data';
import { tempFile } from '../helpers/gexf';
import { kgAsync } from '../helpers/kg';

const WIRE = join(FIXTURES, 'ingest', 'wire.txt');
const folders: string[] = [];
const emptyFolder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'chipgraph-ingest-'));
  folders.push(dir);
  return dir;
};
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Draft;

describe('kg ingest', () => {
  it('bad input: no file, a missing file, a text without paragraphs, a bad date or option', async () => {
    expect((await kgAsync('ingest')).code).toBe(2);
    const missing = await kgAsync('ingest', join(emptyFolder(), 'nope.txt'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.txt/);
    const headline = tempFile('headline.txt', 'Only a headline here\n\nEnd Article\n');
    const empty = await kgAsync('ingest', headline, '--data', emptyFolder());
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/no paragraph of body text/);
    const date = await kgAsync('ingest', WIRE, '--published', 'March 2026');
    expect(date.code).toBe(2);
    expect(date.stderr).toMatch(/--published must be a date as YYYY/);
    // A folder the user names must exist (only the default drafts folder is made).
    const nowhere = await kgAsync('ingest', WIRE, '--out', join(emptyFolder(), 'no', 'd.json'));
    expect(nowhere.code).toBe(1);
    expect(nowhere.stderr).toMatch(/cannot write .*d\.json/);
    const option = await kgAsync('ingest', WIRE, '--titel', 'x');
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/did you mean "--title"/);
  });

  it('starts a new graph from an empty folder: the draft goes to DATA/drafts/<source id>.json', async () => {
    const dir = emptyFolder();
    const result = await kgAsync('ingest', WIRE, '--data', dir, '--url', 'https://example.org/a');
    expect(result.code, result.stderr).toBe(0);
    const path = join(dir, 'drafts', 'chipmakers-gather-in-hsinchu.json');
    expect(existsSync(path)).toBe(true);
    expect(result.stderr).toContain(path);
    expect(result.stderr).toMatch(/0 already in the graph/);
    expect(result.stderr).toMatch(/Nothing is merged/);
    const draft = read(path);
    expect(draft.source).toMatchObject({
      id: 'chipmakers-gather-in-hsinchu',
      outlet: 'example-wire',
      url: 'https://example.org/a',
      paragraphs: 4,
    });
    expect(draft.entities.every((e) => e.match === undefined)).toBe(true);
    expect(draft.relations.length).toBeGreaterThan(0);
  });

  it('matches the shipped graph’s entities by label and alias, and writes to --out', async () => {
    const out = join(emptyFolder(), 'draft.json');
    const result = await kgAsync('ingest', WIRE, '--source', 'wire-1', '--out', out);
    expect(result.code, result.stderr).toBe(0);
    const draft = read(out);
    expect(draft.source.id).toBe('wire-1');
    const matched = new Map(draft.entities.map((e) => [e.label, e.match]));
    expect(matched.get('Nvidia')).toBe('nvidia');
    expect(matched.get('Huawei')).toBe('huawei');
    expect(matched.get('China')).toBe('china');
    expect(matched.get('Ascend 910C')).toBe('ascend-910c');
    expect(matched.get('U.S. Department of Commerce')).toBe('us-commerce-department');
    // Relations name a matched entity by its id.
    expect(draft.relations.some((r) => r.from === 'huawei' || r.to === 'huawei')).toBe(true);
  });
});

describe('kg merge', () => {
  /** A copy of the shipped data and the wire's draft, reviewed in part. */
  async function reviewedDraft() {
    const dir = emptyFolder();
    cpSync(SHIPPED_DATA, dir, { recursive: true });
    const out = join(dir, 'drafts', 'wire-1.json');
    const made = await kgAsync('ingest', WIRE, '--data', dir, '--source', 'wire-1');
    expect(made.code, made.stderr).toBe(0);
    const draft = read(out);
    const reviewed = {
      ...draft,
      source: { ...draft.source, outlet: 'borna' },
      entities: draft.entities.map((e) =>
        e.label === 'TrendForce Research' || e.label === 'Maria Lopez'
          ? { ...e, kind: e.kind ?? 'research-firm', description: 'Named in the wire story.' }
          : e,
      ),
      relations: draft.relations.map((r) =>
        r.from === 'Maria Lopez' && r.to === 'TrendForce Research'
          ? { ...r, kind: 'works-for', claim: 'Lopez works as an analyst for TrendForce.' }
          : r,
      ),
    };
    writeFileSync(out, JSON.stringify(reviewed, null, 2));
    return { dir, out };
  }

  it('bad input: no draft, a missing one, one that is not JSON, a claim that copies its source', async () => {
    expect((await kgAsync('merge')).code).toBe(2);
    expect((await kgAsync('merge', join(emptyFolder(), 'none.json'))).code).toBe(1);
    const notJson = tempFile('draft.json', '{ "source": ');
    const bad = await kgAsync('merge', notJson, '--data', emptyFolder());
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/cannot read the draft .*not JSON/s);
    const { dir, out } = await reviewedDraft();
    const draft = read(out);
    const copying = {
      ...draft,
      relations: draft.relations.map((r) =>
        r.from === 'Maria Lopez' && r.to === 'TrendForce Research'
          ? {
              ...r,
              kind: 'works-for',
              claim: 'She said Maria Lopez, a senior analyst at TrendForce Research, agreed.',
            }
          : r,
      ),
    };
    writeFileSync(out, JSON.stringify(copying));
    const before = readFileSync(join(dir, 'relations.json'), 'utf8');
    const copied = await kgAsync('merge', out, '--data', dir, '--text', WIRE);
    expect(copied.code).toBe(1);
    expect(copied.stderr).toMatch(
      /\$\.relations\[\d+\]\.claim.*copies "said maria lopez a senior analyst at"/s,
    );
    expect(readFileSync(join(dir, 'relations.json'), 'utf8')).toBe(before);
  });

  it('a dry run writes nothing; a merge appends, validates and shows in kg show', async () => {
    const { dir, out } = await reviewedDraft();
    const files = ['sources.json', 'entities.json', 'relations.json'];
    const before = files.map((f) => readFileSync(join(dir, f), 'utf8'));
    const dry = await kgAsync('merge', out, '--data', dir, '--dry-run', '--text', WIRE);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stderr).toMatch(/would add: 1 source, 2 entities, 0 aliases, 1 relation/);
    expect(files.map((f) => readFileSync(join(dir, f), 'utf8'))).toEqual(before);
    const merged = await kgAsync('merge', out, '--data', dir, '--text', WIRE);
    expect(merged.code, merged.stderr).toBe(0);
    expect(merged.stderr).toMatch(
      /added: 1 source, 2 entities, 0 aliases, 1 relation, 0 corroborations in 3 files/,
    );
    // The first entry nobody reviewed waits in the draft, named (whichever the graph lacks).
    expect(merged.stderr).toMatch(
      /items? left in the draft:\n {2}entity \d+ \("[^"]+"\): not reviewed yet/,
    );
    expect((await kgAsync('validate', '--data', dir)).code).toBe(0);
    const show = await kgAsync('show', 'Maria Lopez', '--data', dir);
    expect(show.stdout).toMatch(/works for TrendForce Research/);
    // A clear diff: what was there stays, line for line, but for the lists' closing lines.
    files.forEach((f, i) => {
      const after = new Set(readFileSync(join(dir, f), 'utf8').split('\n'));
      const lost = (before[i] ?? '').split('\n').filter((line) => !after.has(line));
      expect(lost.length, f).toBeLessThanOrEqual(6);
    });
    // Merging again adds nothing new.
    const again = await kgAsync('merge', out, '--data', dir);
    expect(again.stderr).toMatch(/added: 0 sources, 0 entities, 0 aliases, 0 relations/);
  });
});
