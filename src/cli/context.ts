/**
 * What every command shares: argument parsing with `node:util` `parseArgs` (strict, so unknown
 * flags are usage errors), loading the graph, and output helpers.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../model/errors';
import { loadKnowledgeGraph } from '../load';
import type { KnowledgeGraph } from '../graph/types';
import type { CliEnvironment } from './environment';

/** A command of the `kg` tool. */
export interface Command {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** Full help, shown by `kg <command> --help`. */
  readonly help: string;
  run(args: string[], env: CliEnvironment): number;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Options every command that reads the graph accepts. */
export const DATA_OPTIONS = {
  data: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Options;

/** Parses a command's arguments strictly; turns parseArgs' errors into UsageErrors. */
export function parseCommandArgs<O extends Options>(command: string, args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(
      `${message.replace(/\. To specify.*$/s, '')} (see "kg ${command} --help")`,
    );
  }
}

/** Loads the graph from `--data` or the shipped folder. */
export function loadGraph(env: CliEnvironment, dataDir: string | undefined): KnowledgeGraph {
  return loadKnowledgeGraph(env.readDataFiles(dataDir ?? env.defaultDataDir));
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
