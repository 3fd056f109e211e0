/** Entry point of the `kg` command (`npm run kg -- <command>`). */
import { nodeEnvironment } from './environment';
import { runCli } from './run';

// A closed pipe (`kg export … | head`) is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = runCli(process.argv.slice(2), nodeEnvironment());
