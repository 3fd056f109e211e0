/** Entry point of the `kg` command (`npm run kg -- <command>`). */
import { nodeEnvironment } from './environment';
import { runCli } from './run';

process.exitCode = runCli(process.argv.slice(2), nodeEnvironment());
