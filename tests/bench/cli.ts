/**
 * The `kg` half of `npm run bench`: the bin as a user runs it, as processes, against a bare Node
 * start and against graphology-gexf's own conversion. Both sides run compiled JavaScript in the
 * same Node (neither pays tsx), runs alternate which goes first, and every figure is a median.
 *
 * - `kg path Huawei Nvidia`: the bin's script (src/cli/kg.js, the compiled bundle it runs when
 *   fresh, built here first) against `node -e 0`. After one untimed run, as a user's second run
 *   finds it: the bundle's V8 code cache and the built graph it keeps for unchanged data.
 * - `kg convert` of the seeded 50k-node GEXF to JSON against tests/bench/graphology-convert.ts
 *   (graphology-gexf parse → JSON) bundled by esbuild: wall time and peak memory (GNU time).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { freshBundle } from '../../src/cli/bundle.js';
import { MIN_RUNS, stat, type Row } from './stats';
import { syntheticGraph } from './synthetic';

const ROOT = join(import.meta.dirname, '..', '..');
const BENCH_DIR = join(tmpdir(), 'chipgraph-bench');
const KG = join(ROOT, 'src', 'cli', 'kg.js');
const GNU_TIME = '/usr/bin/time';

/** One run of a process: wall milliseconds and, under GNU time, peak memory in MB. */
interface Run {
  readonly ms: number;
  readonly mb: number | null;
}

/**
 * Runs `args` with this Node; with `memory`, under GNU time for its peak resident memory.
 * @throws Error when the process fails (a figure for a failed run would mislead)
 */
function run(args: readonly string[], memory = false): Run {
  const timed = memory && existsSync(GNU_TIME);
  const command = timed ? GNU_TIME : process.execPath;
  const argv = timed ? ['-f', '%M', process.execPath, ...args] : [...args];
  const start = performance.now();
  const result = spawnSync(command, argv, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = performance.now() - start;
  if (result.status !== 0)
    throw new Error(`${args.join(' ')} failed: ${(result.error?.message ?? result.stderr).slice(-400)}`);
  const kb = timed ? Number(result.stderr.trim().split('\n').pop()) : NaN;
  return { ms, mb: Number.isFinite(kb) ? kb / 1024 : null };
}

/** `runs` runs of each, alternating which goes first so that neither always meets a warmer machine. */
function alternate(runs: number, ours: () => Run, baseline: () => Run): [Run[], Run[]] {
  const a: Run[] = [];
  const b: Run[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      a.push(ours());
      b.push(baseline());
    } else {
      b.push(baseline());
      a.push(ours());
    }
  }
  return [a, b];
}

/**
 * Builds the bin's bundle (as `npm ci` does) and checks the bin will run it: a stale bundle would
 * send the bin to tsx and time that instead.
 * @throws Error when the build fails or leaves no fresh bundle
 */
function buildBin(): void {
  const build = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['src/cli/build.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`npm run build:kg failed: ${build.stderr.slice(-400)}`);
  if (freshBundle(ROOT) === null) throw new Error('the kg bundle is not fresh after building it');
}

/** `kg path Huawei Nvidia` through the bin against `node -e 0`, wall time, 9 runs each. */
export function pathRows(log: (row: Row) => void): Row[] {
  buildBin();
  const kg = () => run([KG, 'path', 'Huawei', 'Nvidia']);
  const bare = () => run(['-e', '0']);
  // Untimed: the first run after a build keeps the built graph for the next ones.
  kg();
  const [ours, baseline] = alternate(9, kg, bare);
  const row: Row = {
    section: 'kg (processes)',
    graph: 'article',
    measure: 'kg path Huawei Nvidia, wall time',
    unit: 'ms',
    ours: stat(ours.map((r) => r.ms)),
    baseline: { name: 'node -e 0', stat: stat(baseline.map((r) => r.ms)) },
  };
  log(row);
  return [row];
}

/** `kg …args` run `runs` times through the bin (compiled first): each run's wall time (ms). */
export function kgRuns(args: readonly string[], runs = MIN_RUNS): number[] {
  buildBin();
  // Untimed: the first run after a build keeps what it derives for the next ones.
  run([KG, ...args]);
  return Array.from({ length: runs }, () => run([KG, ...args]).ms);
}

/**
 * `kg convert FILE --format json` through the bin against graphology-gexf parse → JSON, both
 * compiled, on the seeded n-node GEXF (written here when the Node half has not): wall time and
 * peak memory, 5 runs each.
 */
export function convertRows(n: number, log: (row: Row) => void): Row[] {
  mkdirSync(BENCH_DIR, { recursive: true });
  const file = join(BENCH_DIR, `synthetic-${n}.gexf`);
  if (!existsSync(file)) writeFileSync(file, syntheticGraph(n).gexf);
  buildBin();
  // The baseline compiled as ours is: one bundle, libraries included, run by plain Node.
  const baselineScript = join(BENCH_DIR, 'graphology-convert.cjs');
  buildSync({
    entryPoints: [join(ROOT, 'tests', 'bench', 'graphology-convert.ts')],
    outfile: baselineScript,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
  });
  const ours = () =>
    run([KG, 'convert', file, '--format', 'json', '--out', join(BENCH_DIR, 'ours.json')], true);
  const theirs = () => run([baselineScript, file, join(BENCH_DIR, 'theirs.json')], true);
  const [a, b] = alternate(5, ours, theirs);
  const graph = `synthetic ${n / 1000}k`;
  const name = 'graphology-gexf parse → JSON (compiled)';
  const mb = (runs: Run[]) => runs.flatMap((r) => (r.mb === null ? [] : [r.mb]));
  const rows: Row[] = [
    {
      section: 'kg convert (processes)',
      graph,
      measure: 'GEXF → JSON, wall time',
      unit: 'ms',
      ours: stat(a.map((r) => r.ms)),
      baseline: { name, stat: stat(b.map((r) => r.ms)) },
    },
    {
      section: 'kg convert (processes)',
      graph,
      measure: 'GEXF → JSON, peak memory',
      unit: 'MB',
      ours: stat(mb(a)),
      baseline: { name, stat: stat(mb(b)) },
      ...(mb(a).length === 0 && { note: `no peak memory: ${GNU_TIME} (GNU time) is missing` }),
    },
  ];
  rows.forEach(log);
  return rows;
}

/** Every `kg` row: the path's start against Node's, and the 50k conversion. */
export function cliRows(log: (row: Row) => void): Row[] {
  return [...pathRows(log), ...convertRows(50_000, log)];
}
