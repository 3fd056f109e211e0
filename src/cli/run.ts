/**
 * `runCli`: argv → exit code. Dispatches to a command and maps errors to exit codes:
 * 0 ok, 1 invalid data or unreadable file, 2 usage error or unknown entity. Never a stack trace
 * for the user's mistakes.
 */
import { DataError, NotFoundError, UsageError } from '../model/errors';
import type { Command } from './context';
import type { CliEnvironment } from './environment';
import { convertCommand } from './commands/convert';
import { exportCommand } from './commands/export';
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
  schemaCommand,
];

export const EXIT = { ok: 0, data: 1, usage: 2 } as const;

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `kg — the chipgraph command line

Usage: kg <command> [options]      (in this repo: npm run kg -- <command> [options])

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

"kg <command> --help" explains each. Entities are named by id, label or alias
(case- and accent-insensitive).
Exit codes: 0 ok, 1 invalid data or file, 2 usage error or unknown entity.
`;
}

/** Runs the `kg` tool. Returns the exit code; writes only through `env`. */
export function runCli(argv: readonly string[], env: CliEnvironment): number {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    env.out(mainHelp());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    env.err(
      `kg: unknown command "${name}". Commands: ${COMMANDS.map((c) => c.name).join(', ')}.\n`,
    );
    return EXIT.usage;
  }
  if (args.includes('--help') || args.includes('-h')) {
    env.out(command.help + '\n');
    return EXIT.ok;
  }
  try {
    return command.run(args, env);
  } catch (error) {
    if (error instanceof DataError) {
      env.err(`kg ${name}: ${error.message}\n`);
      return EXIT.data;
    }
    if (error instanceof NotFoundError || error instanceof UsageError) {
      env.err(`kg ${name}: ${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof Error && 'code' in error && typeof error.code === 'string') {
      // File system errors (ENOENT, EACCES, EISDIR…): a file problem, not a bug.
      env.err(`kg ${name}: ${error.message}\n`);
      return EXIT.data;
    }
    throw error;
  }
}
