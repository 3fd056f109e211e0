/**
 * `runCli`: argv → exit code. Dispatches to a command and maps errors to exit codes:
 * 0 ok, 1 invalid data or unreadable file, 2 usage error or unknown entity. Never a stack trace
 * for the user's mistakes.
 */
import { DataError, NotFoundError, UsageError } from '../model/errors';
import { didYouMean, type Command } from './context';
import { fileProblem, type CliEnvironment } from './environment';
import { convertCommand } from './commands/convert';
import { exportCommand } from './commands/export';
import { ingestCommand } from './commands/ingest';
import { kindsCommand } from './commands/kinds';
import { mergeCommand } from './commands/merge';
import { neighborsCommand } from './commands/neighbors';
import { pathCommand } from './commands/path';
import { perspectivesCommand } from './commands/perspectives';
import { schemaCommand } from './commands/schema';
import { showCommand } from './commands/show';
import { statsCommand } from './commands/stats';
import { validateCommand } from './commands/validate';

export const COMMANDS: readonly Command[] = [
  validateCommand,
  statsCommand,
  showCommand,
  neighborsCommand,
  pathCommand,
  perspectivesCommand,
  exportCommand,
  convertCommand,
  ingestCommand,
  mergeCommand,
  kindsCommand,
  schemaCommand,
];

export const EXIT = { ok: 0, data: 1, usage: 2 } as const;

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `kg — the chipgraph command line

Usage: kg <command> [options]      (in this repo: npx kg <command> [options])

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Options:
  --help, -h     this help ("kg <command> --help" explains each command)
  --version, -v  the version of kg

Entities are named by id, label or alias (case- and accent-insensitive). With --json, stdout
holds the JSON alone; messages and warnings go to stderr.
Exit codes: 0 ok, 1 invalid data or file, 2 usage error or unknown entity.
`;
}

/**
 * Runs the `kg` tool. Returns the exit code (a promise of it for a command that answers later);
 * writes only through `env`.
 */
export function runCli(argv: readonly string[], env: CliEnvironment): number | Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    env.out(mainHelp());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v' || name === 'version') {
    try {
      env.out(`${env.packageVersion()}\n`);
      return EXIT.ok;
    } catch (error) {
      return reportError('kg', error, env);
    }
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    const names = COMMANDS.map((c) => c.name);
    const option = name.startsWith('-');
    const hint = didYouMean(name, option ? ['--help', '--version'] : names);
    env.err(
      `kg: unknown ${option ? 'option' : 'command'} "${name}"${hint || '.'} Commands: ${names.join(', ')} (see "kg --help").\n`,
    );
    return EXIT.usage;
  }
  if (args.includes('--help') || args.includes('-h')) {
    env.out(command.help + '\n');
    return EXIT.ok;
  }
  try {
    const code = command.run(args, env);
    return typeof code === 'number'
      ? code
      : code.catch((error: unknown) => reportError(`kg ${name}`, error, env));
  } catch (error) {
    return reportError(`kg ${name}`, error, env);
  }
}

/** Prints a user's mistake as a message (no stack trace) and returns its exit code. */
function reportError(prefix: string, error: unknown, env: CliEnvironment): number {
  if (error instanceof DataError) {
    env.err(`${prefix}: ${error.message}\n`);
    return EXIT.data;
  }
  if (error instanceof NotFoundError || error instanceof UsageError) {
    env.err(`${prefix}: ${error.message}\n`);
    return EXIT.usage;
  }
  // A file system error the environment did not name (it names reads and writes): still a file
  // problem, not a bug, said in words rather than as "ENOENT: …".
  const file = fileProblem(error);
  if (file !== null) {
    env.err(`${prefix}: ${file.message}\n`);
    return EXIT.data;
  }
  throw error;
}
