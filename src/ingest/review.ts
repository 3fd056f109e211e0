/**
 * Checking a draft under review, as the page does on every change: what merging it would add or
 * leave pending, every problem `kg validate` would name in the merged data, and every text of the
 * reviewer's that copies more than six words of its passage. Pure: the page and `kg merge` share
 * it.
 */
import { DataError, type DataIssue } from '../model/errors';
import type { DataFile } from '../model/validate';
import { copiedWords, mergeDraft, type MergeResult } from './merge';

/** A reviewer's text that repeats its source. */
export interface CopiedText {
  /** Where in the draft: `$.relations[3].claim`, `$.entities[0].description`. */
  readonly path: string;
  readonly paragraph: number;
  /** The words in a row it shares with the paragraph. */
  readonly run: string;
}

/** What a draft would do if merged now. */
export interface ReviewCheck {
  /** What it would add (null when it cannot be merged: see `issues`). */
  readonly added: MergeResult['added'] | null;
  /** The data files it would change, with their new contents. */
  readonly files: MergeResult['files'];
  /** Items left in the draft, each with why. */
  readonly pending: readonly string[];
  /** Why it cannot be merged (a malformed draft, or data the merge would make invalid). */
  readonly issues: readonly DataIssue[];
  /** Reviewer texts that copy the source (empty without the source's text). */
  readonly copied: readonly CopiedText[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The reviewer's texts in a draft, each with the paragraph it must not copy. */
function reviewerTexts(draft: unknown): { path: string; text: string; paragraph: number }[] {
  if (!isRecord(draft)) return [];
  const list = (name: string): unknown[] =>
    Array.isArray(draft[name]) ? (draft[name] as unknown[]) : [];
  const texts: { path: string; text: string; paragraph: number }[] = [];
  list('relations').forEach((r, i) => {
    if (!isRecord(r) || r['dismissed'] === true || typeof r['paragraph'] !== 'number') return;
    if (typeof r['claim'] === 'string')
      texts.push({ path: `$.relations[${i}].claim`, text: r['claim'], paragraph: r['paragraph'] });
  });
  list('entities').forEach((e, i) => {
    if (!isRecord(e) || e['dismissed'] === true || typeof e['description'] !== 'string') return;
    const paragraphs = Array.isArray(e['paragraphs']) ? (e['paragraphs'] as unknown[]) : [];
    for (const p of paragraphs)
      if (typeof p === 'number')
        texts.push({ path: `$.entities[${i}].description`, text: e['description'], paragraph: p });
  });
  return texts;
}

/**
 * Every text of the reviewer's in a draft (a relation's claim, an entity's description) that
 * copies more than six words of its paragraph, once each.
 * @param draft - the draft (parsed JSON; what is not a draft copies nothing)
 * @param paragraphs - the source's body paragraphs (`splitSourceText`)
 */
export function copiedTexts(draft: unknown, paragraphs: readonly string[]): CopiedText[] {
  const copied: CopiedText[] = [];
  for (const { path, text, paragraph } of reviewerTexts(draft)) {
    const run = copiedWords(text, paragraphs[paragraph - 1] ?? '');
    if (run !== null && !copied.some((c) => c.path === path)) copied.push({ path, paragraph, run });
  }
  return copied;
}

/**
 * Checks a draft against the data as `kg merge` would, without writing anything.
 * @param draft - the draft as the reviewer has it now (parsed JSON)
 * @param files - the data folder's files
 * @param paragraphs - the source's body paragraphs (`splitSourceText`), or null when the text is
 *   not at hand (then nothing is checked for copying)
 */
export function checkReview(
  draft: unknown,
  files: readonly DataFile[],
  paragraphs: readonly string[] | null,
): ReviewCheck {
  const copied = paragraphs === null ? [] : copiedTexts(draft, paragraphs);
  try {
    const result = mergeDraft(draft, 'the draft', files, 'graph-data');
    return {
      added: result.added,
      files: result.files,
      pending: result.pending,
      issues: [],
      copied,
    };
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    return { added: null, files: [], pending: [], issues: error.issues, copied };
  }
}
