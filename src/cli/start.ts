/**
 * `start`: runs `kg` in this process, as the bin (compiled bundle or tsx) and `npm run kg` do.
 * The bundle's entry point: it exports `start` rather than running on import, so the bin names
 * the project root (a bundle's own location says nothing about where graph-data/ is).
 */
import { folderCache, nodeEnvironment } from './environment';
import { runCli } from './run';

/**
 * Runs the command in `argv` and sets the process's exit code.
 * @param argv - the arguments after `kg`
 * @param root - the project folder (package.json, graph-data/); default: this file's project
 * @param cache - a folder for derived files and the build whose results they are (the bundle's);
 *   default none
 */
export function start(
  argv: readonly string[],
  root?: string,
  cache?: { readonly dir: string; readonly version: string },
): void {
  // A closed pipe (`kg export … | head`) is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const kept = cache === undefined ? null : folderCache(cache.dir, cache.version);
  const code = runCli(argv, nodeEnvironment(root, kept));
  if (typeof code === 'number') process.exitCode = code;
  else
    void code.then((exit) => {
      process.exitCode = exit;
    });
}
