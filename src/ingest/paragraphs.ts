/**
 * A source text as graph-data/README.md numbers it: its body paragraphs from 1, without the
 * headline, the date and id lines, the section headings and the page furniture after the body;
 * and the small header a curator may put on top:
 *
 * ```text
 * ---
 * title: The report's title
 * outlet: borna
 * published: 2025-08-01
 * url: https://…
 * ---
 * ```
 */

/** The header fields a text file may carry. */
export const HEADER_FIELDS = ['source', 'title', 'outlet', 'published', 'url'] as const;
export type HeaderField = (typeof HEADER_FIELDS)[number];

export interface SourceText {
  /** The header's fields (none when the file has no header). */
  readonly header: Partial<Record<HeaderField, string>>;
  /** The headline: the first line, when it reads as one (no full stop, not a paragraph). */
  readonly headline: string | null;
  /** The body paragraphs in reading order (paragraph n is `paragraphs[n - 1]`). */
  readonly paragraphs: readonly string[];
}

/** Fewer words than this is a heading, a date line or page furniture, not a paragraph. */
const MIN_WORDS = 8;
/** A block of this many words is a paragraph even without closing punctuation. */
const LONG_WORDS = 25;

const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
/** Ends as a sentence does: a full stop, !, …, or a closing quote or bracket after one. */
const closesSentence = (text: string) => /[.!…]["”’)\]]*$|["”’]$/u.test(text);

/** True when a block of text is a body paragraph (see the module comment). */
export function isParagraph(block: string): boolean {
  const n = words(block);
  return n >= LONG_WORDS || (n >= MIN_WORDS && closesSentence(block));
}

/** Reads a leading `---` header of `key: value` lines; unknown keys are kept out. */
function readHeader(lines: readonly string[]): { header: SourceText['header']; rest: number } {
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first === -1 || lines[first]?.trim() !== '---') return { header: {}, rest: 0 };
  const end = lines.findIndex((line, i) => i > first && line.trim() === '---');
  if (end === -1) return { header: {}, rest: 0 };
  const header: Partial<Record<HeaderField, string>> = {};
  for (const line of lines.slice(first + 1, end)) {
    const match = /^\s*([A-Za-z]+)\s*:\s*(.*?)\s*$/.exec(line);
    const key = match?.[1]?.toLowerCase();
    const field = HEADER_FIELDS.find((f) => f === key);
    if (field !== undefined && match?.[2]) header[field] = match[2];
  }
  return { header, rest: end + 1 };
}

/**
 * Splits a text into its header, headline and body paragraphs. A line break ends a block (web
 * articles keep a paragraph to a line); a blank-line-separated block whose lines run on without
 * closing punctuation (hard-wrapped prose) is one block.
 */
export function splitSourceText(text: string): SourceText {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const { header, rest } = readHeader(lines);
  const blocks: string[] = [];
  let group: string[] = [];
  const flush = () => {
    if (group.length === 0) return;
    const wrapped =
      group.length > 1 &&
      group.slice(0, -1).every((line) => line.length >= 40 && !closesSentence(line));
    if (wrapped) blocks.push(group.join(' '));
    else blocks.push(...group);
    group = [];
  };
  for (const line of lines.slice(rest)) {
    const trimmed = line.trim();
    if (trimmed === '') flush();
    else group.push(trimmed.replace(/\s+/g, ' '));
  }
  flush();
  const firstBlock = blocks[0];
  const headline = firstBlock !== undefined && !isParagraph(firstBlock) ? firstBlock : null;
  return { header, headline, paragraphs: blocks.filter(isParagraph) };
}
