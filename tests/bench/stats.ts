/** Timing helpers and the result rows of `npm run bench`. */

/** Median, minimum and maximum of some runs. */
export interface Stat {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly runs: number;
}

/** One measured line: ours against a baseline measured in the same run. */
export interface Row {
  readonly section: string;
  readonly graph: string;
  readonly measure: string;
  /** What the numbers are: milliseconds (lower is better) or iterations per second (higher is better). */
  readonly unit: 'ms' | 'it/s' | 'MB' | 'KB';
  readonly ours: Stat;
  readonly baseline?: { readonly name: string; readonly stat: Stat };
  /** networkx on the same work, or why not. */
  readonly networkx?: Stat | string;
  /** Why the row has no figures (a phase that ran out of its time budget). */
  readonly note?: string;
}

export function stat(values: readonly number[]): Stat {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor((sorted.length - 1) / 2)] ?? NaN,
    min: sorted[0] ?? NaN,
    max: sorted[sorted.length - 1] ?? NaN,
    runs: sorted.length,
  };
}

/** Milliseconds one call takes. */
export function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** How many times better ours is than the baseline (> 1: ours is faster / does more). */
export function ratio(row: Row): number | null {
  if (!row.baseline || row.ours.runs === 0 || row.baseline.stat.runs === 0) return null;
  const { median: a } = row.ours;
  const { median: b } = row.baseline.stat;
  return row.unit === 'it/s' ? a / b : b / a;
}

export function formatValue(value: number, unit: Row['unit']): string {
  if (unit === 'it/s') return `${value.toFixed(value < 10 ? 1 : 0)} it/s`;
  if (unit === 'MB') return `${value.toFixed(0)} MB`;
  if (unit === 'KB') return `${value.toFixed(1)} KB`;
  if (value < 1) return `${(value * 1000).toFixed(0)} µs`;
  if (value < 1000) return `${value.toFixed(value < 10 ? 2 : 0)} ms`;
  return `${(value / 1000).toFixed(2)} s`;
}

export function formatStat(s: Stat, unit: Row['unit']): string {
  if (s.runs === 0) return 'no runs';
  return s.runs > 1
    ? `${formatValue(s.median, unit)} (${formatValue(s.min, unit)}–${formatValue(s.max, unit)})`
    : formatValue(s.median, unit);
}
