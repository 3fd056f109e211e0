/** Runs the `kg` command line in this process, with its output captured (no child process). */
import { nodeEnvironment } from '../../src/cli/environment';
import { runCli } from '../../src/cli/run';

interface KgResult {
  code: number;
  stdout: string;
  stderr: string;
}

function capture(args: readonly string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const env = {
    ...nodeEnvironment(),
    out: (t: string) => out.push(t),
    err: (t: string) => err.push(t),
  };
  const result = (code: number): KgResult => ({
    code,
    stdout: out.join(''),
    stderr: err.join(''),
  });
  return { code: runCli(args, env), result };
}

/** `kg …args` in-process, for a command that answers at once: its exit code and its output. */
export function kgIn(...args: string[]): KgResult {
  const { code, result } = capture(args);
  if (typeof code !== 'number') throw new Error(`kg ${args[0] ?? ''} answers later: use kgAsync`);
  return result(code);
}

/** `kg …args` in-process, for any command (`ingest` loads its library on demand). */
export async function kgAsync(...args: string[]): Promise<KgResult> {
  const { code, result } = capture(args);
  return result(await code);
}
