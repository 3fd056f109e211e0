/**
 * `kg ingest`: a draft from an article's text, matched against a data folder (an empty one is an
 * empty graph), written to --out or DATA/drafts/<source id>.json; bad input says what and where.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../src/ingest/draft';
import { FIXTURES } from '../helpers/data';
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
