/** Entry point of the `kg` command from the sources (`npm run kg -- <command>`, through tsx). */
import { start } from './start';

start(process.argv.slice(2));
