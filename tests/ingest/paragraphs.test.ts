import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isParagraph, splitSourceText } from '../../src/ingest/paragraphs';
import { FIXTURES } from '../helpers/data';
import { sharedPath } from '../helpers/shared';

const WIRE = readFileSync(join(FIXTURES, 'ingest', 'wire.txt'), 'utf8');
const ARTICLE = sharedPath('source-article.txt', 'the source article');

describe('splitSourceText', () => {
  it('bad input: an empty or blank text has no header, headline or paragraph; an unclosed header is text', () => {
    for (const text of ['', '   \n\n  \n'])
      expect(splitSourceText(text)).toEqual({ header: {}, headline: null, paragraphs: [] });
    const unclosed = splitSourceText('---\ntitle: Never closed\n');
    expect(unclosed.header).toEqual({});
    expect(unclosed.paragraphs).toEqual([]);
  });

  it('reads the header’s known fields, leaves out unknown ones, and counts only body paragraphs', () => {
    const { header, headline, paragraphs } = splitSourceText(WIRE);
    expect(header).toEqual({
      title: 'Chipmakers gather in Hsinchu',
      outlet: 'example-wire',
      published: '2026-03-02',
    });
    expect(headline).toBe('Chipmakers gather in Hsinchu');
    // Not the date lines, the section heading or "End Article".
    expect(paragraphs.map((p) => p.split(' ').slice(0, 2).join(' '))).toEqual([
      'The Commerce',
      'Huawei, the',
      '"We see',
      'One Korean',
    ]);
  });

  it('joins a hard-wrapped paragraph’s lines, and keeps one paragraph per line otherwise', () => {
    const wrapped = [
      'The first paragraph is wrapped at a fixed width so that its lines run',
      'on into each other without any closing punctuation at the end of them,',
      'as plain-text newsletters are often written.',
      '',
      'A second paragraph follows after a blank line, also long enough to count.',
    ].join('\n');
    expect(splitSourceText(wrapped).paragraphs).toHaveLength(2);
    expect(splitSourceText(wrapped).paragraphs[0]).toMatch(/lines run on into/);
    const perLine =
      'One line is a whole paragraph of its own here.\nThe next line is another paragraph of its own, too.';
    expect(splitSourceText(perLine).paragraphs).toHaveLength(2);
  });

  it('tells paragraphs from headings: words and a closing full stop, or length alone', () => {
    expect(isParagraph('What is CloudMatrix 384?')).toBe(false);
    expect(isParagraph('Implications for the Global AI Ecosystem')).toBe(false);
    expect(isParagraph('Eight words here and they end with a stop.')).toBe(true);
    expect(isParagraph('“A quotation of eight words ends with its mark.”')).toBe(true);
    expect(isParagraph(Array.from({ length: 25 }, (_, i) => `word${i}`).join(' '))).toBe(true);
  });

  it.skipIf(ARTICLE === null)(
    'numbers the article’s 13 paragraphs as graph-data/README.md does',
    () => {
      const { headline, paragraphs } = splitSourceText(readFileSync(ARTICLE ?? '', 'utf8'));
      expect(headline).toMatch(/^Chinese AI Targets/);
      expect(paragraphs).toHaveLength(13);
      const readme = readFileSync(
        join(import.meta.dirname, '..', '..', 'graph-data', 'README.md'),
        'utf8',
      ).split('## Adding a source')[0];
      // The README's table: "| 1   | In a direct challenge … |"; each opening starts its paragraph.
      let checked = 0;
      for (const [, n, opening] of (readme ?? '').matchAll(/\|\s*(\d+)\s*\|\s*([^|…]+?)\s*…/g)) {
        if (Number(n) > 13) continue;
        const start = (opening ?? '').replace(/\s*\(.*$/, '');
        expect(paragraphs[Number(n) - 1]?.startsWith(start), `¶${n}`).toBe(true);
        checked++;
      }
      expect(checked).toBe(13);
    },
  );
});
