/**
 * `npm run bench`: chipgraph's speed next to the libraries it builds on, side by side in one run
 * (machines here are shared and noisy: ratios count, not absolute times). Node first (the article
 * graph and seeded synthetic graphs of 1k, 10k, 50k and 100k nodes with 4 edges per node), then
 * the page in Debian's Chromium. Writes bench/RESULTS.md and bench/results.json.
 *
 * Options (environment): BENCH_SIZES=1000,10000 to pick the synthetic sizes; BENCH_ONLY=node or
 * BENCH_ONLY=browser for one half (printed; the results files are written by full runs only); BENCH_ONLY=search for
 * the entity-search rows only (printed, not saved); BENCH_ONLY=report to write RESULTS.md again from results.json
 * (after a change to the goals' notes). Each browser phase has a time budget (`BUDGET_MS` in
 * browser.ts): one that runs past it is reported as timed out and the run goes on.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { browserRows } from './browser';
import { goalsOf } from './goals';
import { interactionRows } from './interactions';
import { convertRows, pathRows } from './cli';
import { articleRows, searchRows, stressRow, syntheticRows } from './node';
import { ingestRows } from './ingest';
import { machine, resultsMarkdown, rowText } from './report';
import type { Row } from './stats';

const ROOT = join(import.meta.dirname, '..', '..');
const sizes = (process.env['BENCH_SIZES'] ?? '1000,10000,50000,100000')
  .split(',')
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
const only = process.env['BENCH_ONLY'];
const log = (row: Row) => console.log(rowText(row));

if (only === 'search') {
  // The entity-search rows alone, printed and not saved: a quick look rewrites no results.
  for (const n of sizes) {
    console.log(`Node: entity search, ${n} nodes, ${4 * n} edges, with text`);
    searchRows(n, log);
  }
  process.exit(0);
}
const resultsPath = join(ROOT, 'bench', 'results.json');

/**
 * Writes bench/results.json and bench/RESULTS.md: only after a full run (every size, both halves),
 * so that the files always hold one run of one commit. A partial run prints its rows and keeps
 * the files as they are.
 */
function save(): void {
  if (partial) return;
  const goals = goalsOf(rows);
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'RESULTS.md'), resultsMarkdown(rows, goals, run));
  writeFileSync(
    resultsPath,
    `${JSON.stringify({ machine: run, rows, goals }, null, 2)}\n`,
  );
}
const partial =
  only === 'node' || only === 'browser' || process.env['BENCH_SIZES'] !== undefined;

const rows: Row[] = [];
/** The run's commit and computer: this run's, or, when only the report is written again, the saved run's. */
let run = machine();
if (only === 'report') {
  const saved = JSON.parse(readFileSync(join(ROOT, 'bench', 'results.json'), 'utf8')) as {
    machine: ReturnType<typeof machine>;
    rows: Row[];
  };
  rows.push(...saved.rows);
  run = saved.machine;
}
if (only !== 'browser' && only !== 'report') {
  console.log('Node: article graph');
  rows.push(...articleRows(log));
  console.log('kg path as a process, against node -e 0 (wall time)');
  rows.push(...pathRows(log));
  console.log('kg ingest of the article (what its draft finds, how long it takes)');
  rows.push(...ingestRows(log));
  for (const n of sizes) {
    console.log(`Node: synthetic graph, ${n} nodes, ${4 * n} edges`);
    rows.push(...syntheticRows(n, log));
    rows.push(...searchRows(n, log));
    if (n >= 10_000) {
      console.log(`Node: interactions at scale, ${n} nodes`);
      rows.push(...interactionRows(n, log));
    }
  }
  if (sizes.includes(50_000)) {
    console.log('kg convert of the 50k file, as processes (wall time, peak memory)');
    rows.push(...convertRows(50_000, log));
  }
  if (sizes.includes(100_000)) {
    console.log('Once at 200k nodes');
    rows.push(stressRow(log));
  }
}
if (only !== 'node' && only !== 'report') {
  console.log('Browser (Debian Chromium)');
  rows.push(...(await browserRows(sizes, log)));
}

save();
console.log('\nGoals');
for (const goal of goalsOf(rows))
  console.log(`  ${goal.met === null ? '–' : goal.met ? '✓' : '✗'} ${goal.goal}: ${goal.measured}`);
console.log(
  partial
    ? '\nA partial run: bench/RESULTS.md and bench/results.json left as they were'
    : '\nWrote bench/RESULTS.md and bench/results.json',
);
