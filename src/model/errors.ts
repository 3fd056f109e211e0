/**
 * The project's three error classes. Every failure a user can cause ends in one of them, so the
 * views (CLI, page) can print a clear message instead of a stack trace.
 */
import { countOf } from './text';

/** One problem found in the curated data or in an imported file. */
export interface DataIssue {
  /** The file the problem is in, as the user named it (e.g. `graph-data/entities.json`). */
  readonly file: string;
  /** 1-based line, when known (JSON syntax errors). */
  readonly line?: number;
  /** 1-based column, when known. */
  readonly column?: number;
  /** JSON path of the offending value, e.g. `$.entities[3].kind`. */
  readonly path?: string;
  /** The id of the entity, relation or source the problem belongs to. */
  readonly id?: string;
  /** What is wrong. */
  readonly message: string;
  /** How to fix it. */
  readonly hint?: string;
}

/** Formats one issue as `file:line:col $.path (id "x"): message. Fix: hint`. */
export function formatIssue(issue: DataIssue): string {
  let where = issue.file;
  if (issue.line !== undefined) {
    where += `:${issue.line}`;
    if (issue.column !== undefined) where += `:${issue.column}`;
  }
  if (issue.path !== undefined) where += ` ${issue.path}`;
  if (issue.id !== undefined) where += ` (id "${issue.id}")`;
  const hint = issue.hint === undefined ? '' : ` Fix: ${issue.hint}.`;
  const message = /[.!?]$/.test(issue.message) ? issue.message : `${issue.message}.`;
  return `${where}: ${message}${hint}`;
}

/** Invalid data: a curated file or an imported graph. Carries every issue found, not just the first. */
export class DataError extends Error {
  override readonly name = 'DataError';
  readonly issues: readonly DataIssue[];

  constructor(issues: readonly DataIssue[], summary?: string) {
    const head = summary ?? `${countOf(issues.length, 'problem')} in the data`;
    super([head, ...issues.map((issue) => `  ${formatIssue(issue)}`)].join('\n'));
    this.issues = issues;
  }
}

/** A named thing (entity, relation, source) that does not exist. Carries suggestions. */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  readonly query: string;
  readonly suggestions: readonly string[];

  constructor(what: string, query: string, suggestions: readonly string[] = []) {
    const tail =
      suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?` : '';
    super(`Unknown ${what} "${query}".${tail}`);
    this.query = query;
    this.suggestions = suggestions;
  }
}

/** A caller's mistake: a bad option, argument or flag. The message says what is allowed. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
