/**
 * The hostile-file catalogue: each ends in one DataError whose first message names the problem
 * (and its line where there is one), never another exception and never parser output.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importGraphFile } from '../../src/io/import';
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

  it('deep nesting: read without overflowing the stack', () => {
    const depth = 100_000;
    const text = `<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph>${'<x>'.repeat(depth)}${'</x>'.repeat(depth)}<nodes><node id="a"/></nodes><edges/></graph></gexf>`;
    expect(importGraphFile('deep.gexf', text).order).toBe(1);
  });
});
