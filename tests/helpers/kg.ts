/** Runs the `kg` command line in this process, with its output captured (no child process). */
import { nodeEnvironment } from '../../src/cli/environment';
import { runCli } from '../../src/cli/run';

/** `kg …args` in-process: its exit code and what it wrote to stdout and stderr. */
export function kgIn(...args: string[]): { code: number; stdout: string; stderr: string } {
  const out: string[] = [];
  const err: string[] = [];
  const env = {
    ...nodeEnvironment(),
    out: (t: string) => out.push(t),
    err: (t: string) => err.push(t),
  };
  const code = runCli(args, env);
  return { code, stdout: out.join(''), stderr: err.join('') };
}
