/**
 * `npm run bench`: chipgraph's speed next to the libraries it builds on, side by side in one run
 * (machines here are shared and noisy: ratios count, not absolute times). Node first (the article
 * graph and seeded synthetic graphs of 1k, 10k, 50k and 100k nodes with 4 edges per node), then
 * the page in Debian's Chromium. Writes bench/RESULTS.md and bench/results.json.
 *
 * Options (environment): BENCH_SIZES=1000,10000 to pick the synthetic sizes; BENCH_ONLY=node or
 * BENCH_ONLY=browser for one half (rows not measured again are kept from the last results); BENCH_ONLY=search for
 * the entity-search rows only (printed, not saved); BENCH_ONLY=report to write RESULTS.md again from results.json
 * (after a change to the goals' notes). Each browser phase has a time budget (`BUDGET_MS` in
 * browser.ts): one that runs past it is reported as timed out and the run goes on.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { browserRows } from './browser';
import { goalsOf } from './goals';
import { articleRows, convertRows, searchRows, stressRow, syntheticRows } from './node';
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
 * Writes bench/results.json and bench/RESULTS.md. A run of one half (BENCH_ONLY), or of some
 * sizes (BENCH_SIZES), keeps the last results' rows that it did not measure again.
 */
function save(): void {
  const kept: Row[] = [];
  const key = (row: Row) => `${row.section}|${row.graph}|${row.measure}`;
  const partial = only === 'node' || only === 'browser' || process.env['BENCH_SIZES'] !== undefined;
  if (partial && existsSync(resultsPath)) {
    const saved = JSON.parse(readFileSync(resultsPath, 'utf8')) as { rows: Row[] };
    const measured = new Set(rows.map(key));
    kept.push(...saved.rows.filter((row) => !measured.has(key(row))));
  }
  const all = [...kept, ...rows];
  const goals = goalsOf(all);
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'RESULTS.md'), resultsMarkdown(all, goals));
  writeFileSync(
    resultsPath,
    `${JSON.stringify({ machine: machine(), rows: all, goals }, null, 2)}\n`,
  );
}

const rows: Row[] = [];
if (only === 'report') {
  const saved = JSON.parse(readFileSync(join(ROOT, 'bench', 'results.json'), 'utf8')) as {
    rows: Row[];
  };
  rows.push(...saved.rows);
}
if (only !== 'browser' && only !== 'report') {
  console.log('Node: article graph');
  rows.push(...articleRows(log));
  for (const n of sizes) {
    console.log(`Node: synthetic graph, ${n} nodes, ${4 * n} edges`);
    rows.push(...syntheticRows(n, log));
    rows.push(...searchRows(n, log));
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
  save(); // the Node rows survive a failure in the browser half
  console.log('Browser (Debian Chromium)');
  rows.push(...(await browserRows(sizes, log)));
}

save();
console.log('\nGoals');
for (const goal of goalsOf(rows))
  console.log(`  ${goal.met === null ? '–' : goal.met ? '✓' : '✗'} ${goal.goal}: ${goal.measured}`);
console.log('\nWrote bench/RESULTS.md and bench/results.json');
