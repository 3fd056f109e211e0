import { describe, expect, it } from 'vitest';
import { formatStat, ratio, stat } from './stats';

describe('bench statistics', () => {
  it('bad input: no runs is no median, and says so', () => {
    expect(stat([]).median).toBeNaN();
    expect(formatStat(stat([]), 'ms')).toBe('no runs');
  });

  it('takes the true median: the middle run, or the mean of the two middle ones', () => {
    expect(stat([5, 1, 3]).median).toBe(3);
    // Never the best of an even count.
    expect(stat([10, 2]).median).toBe(6);
    expect(stat([4, 1, 3, 2]).median).toBe(2.5);
    expect(stat([4, 1, 3, 2])).toMatchObject({ min: 1, max: 4, runs: 4 });
  });

  it('shows the range and the number of runs, and a ratio above 1 when ours is faster', () => {
    expect(formatStat(stat([1, 2, 3, 4, 5]), 'ms')).toBe('3.00 ms (1.00 ms–5.00 ms, 5 runs)');
    expect(formatStat(stat([7]), 'ms')).toBe('7.00 ms (1 run)');
    const row = {
      section: 'Node',
      graph: 'g',
      measure: 'm',
      unit: 'ms' as const,
      ours: stat([1, 1, 1, 1, 1]),
      baseline: { name: 'b', stat: stat([2, 2, 2, 2, 2]) },
    };
    expect(ratio(row)).toBe(2);
    expect(ratio({ ...row, unit: 'it/s' })).toBe(0.5);
  });
});
