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
  /**
   * What the numbers are: milliseconds (lower is better), iterations per second (higher is
   * better), sizes, or a share (%) or count of a deterministic result (the same on every run).
   */
  readonly unit: 'ms' | 'it/s' | 'MB' | 'KB' | '%' | 'count';
  readonly ours: Stat;
  readonly baseline?: { readonly name: string; readonly stat: Stat };
  /** networkx on the same work, or why not. */
  readonly networkx?: Stat | string;
  /** Why the row has no figures (a phase that ran out of its time budget). */
  readonly note?: string;
}

/** At least this many runs make a row's median (fewer: the row says so, see `formatStat`). */
export const MIN_RUNS = 5;

/**
 * Median (the mean of the two middle runs for an even count: never the best of two), minimum and
 * maximum.
 */
export function stat(values: readonly number[]): Stat {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median =
    sorted.length === 0
      ? NaN
      : sorted.length % 2 === 1
        ? (sorted[Math.floor(mid)] ?? NaN)
        : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
  return {
    median,
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
  if (unit === '%') return `${value.toFixed(0)} %`;
  if (unit === 'count') return String(value);
  if (value < 1) return `${(value * 1000).toFixed(0)} µs`;
  if (value < 1000) return `${value.toFixed(value < 10 ? 2 : 0)} ms`;
  return `${(value / 1000).toFixed(2)} s`;
}

export function formatStat(s: Stat, unit: Row['unit']): string {
  if (s.runs === 0) return 'no runs';
  // A size, share or count is the same on every run; a single timing says it is one.
  if (s.runs === 1)
    return unit === 'KB' || unit === '%' || unit === 'count'
      ? formatValue(s.median, unit)
      : `${formatValue(s.median, unit)} (1 run)`;
  const range = `${formatValue(s.min, unit)}–${formatValue(s.max, unit)}`;
  return `${formatValue(s.median, unit)} (${range}, ${s.runs} runs)`;
}
