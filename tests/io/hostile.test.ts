/**
 * The hostile-file catalogue: each ends in one DataError whose first message names the problem
 * (and its line where there is one), never another exception and never parser output.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createImport, importGraphFile } from '../../src/io/import';
import { DataError, formatIssue } from '../../src/model/errors';
import { FIXTURES } from '../helpers/data';

/** The file as `kg convert` reads it: UTF-8 decoding (invalid bytes become U+FFFD). */
const broken = (name: string) => readFileSync(join(FIXTURES, 'gexf', 'broken', name), 'utf8');

function refusal(name: string, text: string, maxChars?: number): string {
  try {
    importGraphFile(name, text, maxChars === undefined ? {} : { maxChars });
  } catch (error) {
    if (error instanceof DataError) return error.issues.map(formatIssue).join('\n');
    throw error;
  }
  throw new Error(`${name} was accepted`);
}

describe('hostile files', () => {
  // Whatever a parser might print would land here: nothing may.
  const printed: unknown[] = [];
  beforeEach(() => {
    for (const level of ['log', 'warn', 'error', 'info'] as const)
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => printed.push(args));
  });
  afterEach(() => {
    vi.restoreAllMocks();
    expect(printed).toEqual([]);
    printed.length = 0;
  });

  it.each([
    ['truncated', 'truncated.gexf', /^truncated\.gexf:\d+:\d+: malformed XML/],
    ['wrong root', 'wrong-root.gexf', /the root element is <graphml>, not <gexf>/],
    ['entity declarations', 'billion-laughs.gexf', /declares XML entities in a DOCTYPE/],
    ['external entity (XXE)', 'xxe.gexf', /declares XML entities in a DOCTYPE/],
    [
      'not UTF-8',
      'latin1.gexf',
      /^latin1\.gexf:5: the file is not UTF-8 text.*Fix: save it as UTF-8/,
    ],
    ['wrong JSON shape', 'wrong-shape.json', /\$\.nodes: .*expected array/],
  ])('%s: one clear message', (_what, file, expected) => {
    const message = refusal(file, broken(file));
    expect(message).toMatch(expected);
  });

  it('malformed: markup that is not XML', () => {
    expect(
      refusal('m.gexf', '<gexf version="1.3"><graph><nodes><node id="a" label="x></nodes>'),
    ).toMatch(/^m\.gexf:1:\d+: malformed XML/);
  });

  it('oversized: refused before parsing', () => {
    expect(refusal('big.gexf', `<gexf>${' '.repeat(200)}</gexf>`, 100)).toMatch(
      /the file is too large/,
    );
  });

  // What a renamed or wrong file reads as once decoded, as `kg convert` and the page decode it.
  const decoded = (bytes: number[], tail = '') =>
    new TextDecoder().decode(new Uint8Array(bytes)) + tail;
  const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

  it('binary: a text file with a NUL byte is still refused as binary, not parsed', () => {
    expect(refusal('x.json', '{"nodes": [\0]}')).toMatch(
      /^x\.json: this is a binary file, not a GEXF or JSON graph file/,
    );
  });

  it.each([
    ['a PNG renamed .gexf', 'photo.gexf', decoded(PNG, '\uFFFD\uFFFD'), 'a PNG image'],
    ['a PNG renamed .json', 'photo.json', decoded(PNG), 'a PNG image'],
    ['a PNG with no extension', 'photo', decoded(PNG), 'a PNG image'],
    [
      'a JPEG',
      'photo.gexf',
      decoded([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]),
      'a JPEG image',
    ],
    ['a PDF', 'paper.gexf', '%PDF-1.7\n%\uFFFD\uFFFD', 'a PDF document'],
    ['a Gephi project (ZIP)', 'project.gexf', decoded([0x50, 0x4b, 0x03, 0x04, 0x14, 0]), 'a ZIP'],
    ['a gzip file', 'graph.gexf', decoded([0x1f, 0x8b, 0x08, 0x00, 0, 0]), 'a gzip'],
    [
      'other bytes with NULs',
      'data.gexf',
      decoded([0x01, 0x02, 0x00, 0x00, 0x7f]),
      'a binary file',
    ],
  ])('binary: %s is named for what it is, not "save it as UTF-8"', (_what, file, text, what) => {
    const message = refusal(file, text);
    expect(message).toMatch(new RegExp(`^${file.replace('.', '\\.')}: this is ${what}`));
    expect(message).toContain('not a GEXF or JSON graph file');
    expect(message).not.toMatch(/UTF-8/);
  });

  it('binary: UTF-16 text is named as such, with the UTF-8 advice that does help', () => {
    const utf16 = decoded([...Buffer.from('\uFEFF<?xml version="1.0"?><gexf/>', 'utf16le')]);
    expect(refusal('wide.gexf', utf16)).toMatch(
      /^wide\.gexf: the file is UTF-16 text, not UTF-8.*Fix: save it as UTF-8/,
    );
  });

  it('binary: detected in a streamed file too, and after a text start', () => {
    const streamed = createImport('photo.gexf');
    expect(() => streamed.write(decoded(PNG))).toThrow(/this is a PNG image/);
    const glued = createImport('g.gexf');
    glued.write('<?xml version="1.0"?>\n<gexf version="1.3"><graph>');
    expect(() => glued.write('\0\0\u0001')).toThrow(/this is a binary file/);
  });

  it('deep nesting: read without overflowing the stack', () => {
    const depth = 100_000;
    const text = `<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph>${'<x>'.repeat(depth)}${'</x>'.repeat(depth)}<nodes><node id="a"/></nodes><edges/></graph></gexf>`;
    expect(importGraphFile('deep.gexf', text).order).toBe(1);
  });
});
