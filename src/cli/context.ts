/**
 * What every command shares: argument parsing with `node:util` `parseArgs` (strict, so unknown
 * flags are usage errors), loading the graph, and output helpers.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../model/errors';
import { editDistance } from '../graph/lookup';
import { loadKnowledgeGraph } from '../load';
import { cachedBuild } from './graph-cache';
import type { KnowledgeGraph } from '../graph/types';
import type { CliEnvironment } from './environment';

/** A command of the `kg` tool. */
export interface Command {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** Full help, shown by `kg <command> --help` (written with {@link helpText}). */
  readonly help: string;
  /** The options it accepts (its help lists each). */
  readonly options: Options;
  /** Its exit code; a command that loads a large library on demand (`ingest`) answers later. */
  run(args: string[], env: CliEnvironment): number | Promise<number>;
}

/** A command's options, as `node:util` `parseArgs` takes them. */
export type Options = NonNullable<ParseArgsConfig['options']>;

/** Options every command accepts. */
export const HELP_OPTION = {
  help: { type: 'boolean', short: 'h' },
} as const satisfies Options;

/** Options every command that reads the graph accepts. */
export const DATA_OPTIONS = {
  data: { type: 'string' },
  ...HELP_OPTION,
} as const satisfies Options;

/** The help lines of the shared options. */
export const DATA_HELP = [
  '--data DIR',
  'the data folder (default: the shipped graph-data/)',
] as const satisfies readonly [string, string];
const HELP_HELP = ['--help, -h', 'this help'] as const satisfies readonly [string, string];

/** The exit codes of a command that reads the graph and names entities. */
export const ENTITY_EXIT =
  'Exit codes: 0 ok, 1 invalid data, 2 usage error or unknown entity (with suggestions).';
/** The exit codes of a command that reads the graph. */
export const DATA_EXIT = 'Exit codes: 0 ok, 1 invalid data, 2 usage error.';

/**
 * A command's help in the one layout every command shares: usage, what it does, an "Options:"
 * block (one `  --option …` line each, `--help` last) and an "Exit codes:" line.
 */
export function helpText(parts: {
  usage: string;
  about: string;
  options: readonly (readonly [string, string])[];
  exit: string;
}): string {
  const options = [...parts.options, HELP_HELP];
  const width = Math.max(...options.map(([flag]) => flag.length)) + 2;
  const lines = options.map(([flag, text]) => {
    // Continuation lines of a long description line up under its first line.
    const [first = '', ...rest] = text.split('\n');
    return [
      `  ${flag.padEnd(width)}${first}`,
      ...rest.map((l) => `  ${' '.repeat(width)}${l}`),
    ].join('\n');
  });
  return `Usage: ${parts.usage}\n\n${parts.about}\n\nOptions:\n${lines.join('\n')}\n\n${parts.exit}`;
}

/**
 * The names among `candidates` closest to a mistyped `name` (for "did you mean"): those within a
 * third of its length in edits (at least 2), or the one it is the start of; closest first.
 */
export function closest(name: string, candidates: readonly string[]): string[] {
  const max = Math.max(2, Math.floor(name.length / 3));
  const scored = candidates
    .map((candidate) => ({ candidate, distance: editDistance(name, candidate, max) }))
    .filter(({ distance }) => distance <= max)
    .sort((a, b) => a.distance - b.distance);
  if (scored.length > 0) return scored.map(({ candidate }) => candidate);
  const starts = candidates.filter((c) => name.length >= 2 && c.startsWith(name));
  return starts.length === 1 ? starts : [];
}

/** `; did you mean "x"?`, or nothing when no candidate is close. */
export function didYouMean(name: string, candidates: readonly string[]): string {
  const [best] = closest(name, candidates);
  return best === undefined ? '' : `; did you mean "${best}"?`;
}

/**
 * Parses a command's arguments strictly; turns parseArgs' errors into UsageErrors, with the
 * nearest option for a mistyped one.
 */
export function parseCommandArgs<O extends Options>(command: string, args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    const unknown = /^Unknown option '(-{1,2})([^']*)'/.exec(message);
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown) {
      const [, dashes = '', name = ''] = unknown;
      const known = Object.keys(options);
      const best = closest(name, known)[0];
      throw new UsageError(
        `unknown option "${dashes}${name}"${best === undefined ? '.' : `; did you mean "--${best}"?`} Options: ${known.map((k) => `--${k}`).join(', ')} (see "kg ${command} --help")`,
      );
    }
    throw new UsageError(
      `${message.replace(/\. To specify.*$/s, '')} (see "kg ${command} --help")`,
    );
  }
}

/**
 * Loads the graph from `--data` or the shipped folder: validated and built, with its metrics
 * (or read back from the cache, see graph-cache.ts).
 * @param positions - also lay it out (ForceAtlas2 and noverlap, most of the load's time): only
 *   for a command that writes positions (`export`); the others print none
 */
export function loadGraph(
  env: CliEnvironment,
  dataDir: string | undefined,
  { positions = false }: { positions?: boolean } = {},
): KnowledgeGraph {
  const dir = dataDir ?? env.defaultDataDir;
  const files = env.readDataFiles(dir);
  return positions ? loadKnowledgeGraph(files) : cachedBuild(files, dir, env.cache);
}

/** Parses a positive integer option. */
export function integerOption(
  name: string,
  value: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, got "${value}"`);
  }
  return n;
}

/** Exactly `count` positional arguments, named for the message. */
export function positionals(command: string, values: string[], names: readonly string[]): string[] {
  if (values.length !== names.length) {
    throw new UsageError(
      `"kg ${command}" takes ${names.map((n) => `<${n}>`).join(' ') || 'no arguments'}, got ${values.length === 0 ? 'none' : values.map((v) => `"${v}"`).join(' ')} (see "kg ${command} --help")`,
    );
  }
  return values;
}

/** Writes text to `--out` or stdout. */
export function emit(env: CliEnvironment, text: string, out: string | undefined): void {
  if (out === undefined) env.out(text);
  else env.writeTextFile(out, text);
}
