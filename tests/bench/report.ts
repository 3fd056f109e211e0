/** `bench/RESULTS.md` and `bench/results.json`: every row, then each goal of the scale issue. */
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { formatStat, formatValue, ratio, type Row } from './stats';

/** A goal: the rows it reads, the measured value, and whether it is met. */
export interface Goal {
  readonly goal: string;
  readonly measured: string;
  readonly met: boolean | null;
  /** When not met (or not measured): why, and what would close it. */
  readonly note?: string;
}

export function machine(): Record<string, string> {
  const chromium = (() => {
    try {
      return execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim();
    } catch {
      return 'not installed';
    }
  })();
  const git = (...args: string[]) => {
    try {
      return execFileSync('git', args, { encoding: 'utf8' }).trim();
    } catch {
      return '';
    }
  };
  // The code measured: its commit, and whether the tree held changes not yet committed.
  const commit = git('rev-parse', '--short', 'HEAD') || 'unknown';
  const dirty = git('status', '--porcelain', '--untracked-files=no') !== '';
  return {
    commit: dirty ? `${commit} with uncommitted changes` : commit,
    cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
    memory: `${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
    node: process.version,
    chromium,
    date: new Date().toISOString().slice(0, 10),
  };
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

function rowLine(row: Row): string {
  const r = ratio(row);
  const nx =
    row.networkx === undefined
      ? ''
      : typeof row.networkx === 'string'
        ? row.networkx
        : formatStat(row.networkx, row.unit);
  const ours = row.note === undefined ? formatStat(row.ours, row.unit) : row.note;
  return `| ${cell(row.graph)} | ${cell(row.measure)} | ${cell(ours)} | ${
    row.baseline ? `${formatStat(row.baseline.stat, row.unit)} — ${cell(row.baseline.name)}` : ''
  } | ${r === null ? '' : `**${r.toFixed(r < 10 ? 2 : 0)}×**`} | ${cell(nx)} |`;
}

/** The markdown report. */
export function resultsMarkdown(
  rows: readonly Row[],
  goals: readonly Goal[],
  info: Record<string, string>,
): string {
  const sections = [...new Set(rows.map((r) => r.section))];
  const lines = [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (do not edit by hand), every row from one run of one commit (named',
    'below). Each figure is the median of the runs shown (the mean of the middle two for an even',
    'count), with its range and number of runs; each baseline did the same work in the same run,',
    'the two alternating which went first, or its name says what differs. **Ratio** = how many',
    'times faster (or, for it/s, how many more iterations) chipgraph is than the baseline: above 1',
    'is better. Absolute times depend on the computer and its load; compare ratios.',
    '',
    `Run: ${Object.entries(info)
      .map(([k, v]) => `${k} ${v}`)
      .join(' · ')}`,
    '',
    '## Goals',
    '',
    '| goal | measured | met |',
    '| ---- | -------- | --- |',
    ...goals.map(
      (g) =>
        `| ${cell(g.goal)} | ${cell(g.measured)} | ${g.met === null ? 'not measured' : g.met ? 'yes' : '**no**'} |`,
    ),
    '',
    ...goals
      .filter((g) => g.note !== undefined)
      .flatMap((g) => [`- **${g.goal}**: ${g.note ?? ''}`]),
    '',
  ];
  for (const section of sections) {
    lines.push(
      `## ${section}`,
      '',
      '| graph | measure | chipgraph | baseline | ratio | networkx |',
      '| ----- | ------- | --------- | -------- | ----- | -------- |',
      ...rows.filter((r) => r.section === section).map(rowLine),
      '',
    );
  }
  return lines.join('\n');
}

/** One line for the terminal as each row is measured. */
export function rowText(row: Row): string {
  if (row.note !== undefined) return `  ${row.graph.padEnd(15)} ${row.measure.padEnd(52)} ${row.note}`;
  const r = ratio(row);
  return `  ${row.graph.padEnd(15)} ${row.measure.padEnd(52)} ${formatValue(row.ours.median, row.unit).padStart(10)}${
    row.baseline
      ? `   vs ${formatValue(row.baseline.stat.median, row.unit)} (${row.baseline.name})  ratio ${r?.toFixed(2) ?? ''}×`
      : ''
  }`;
}
