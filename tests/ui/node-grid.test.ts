import { describe, expect, it } from 'vitest';
import { createNodeGrid } from '../../src/ui/node-grid';
import { seededRandom } from '../../src/layout/layout';

describe('createNodeGrid', () => {
  it('bad input: points without a finite position are never returned; no points, no answer', () => {
    const empty = createNodeGrid(0, () => undefined);
    expect([
      ...(empty.within({ left: -1, top: -1, right: 1, bottom: 1 }, 10)?.indices ?? []),
    ]).toEqual([]);
    const positions = [{ x: 0, y: 0 }, undefined, { x: Number.NaN, y: 1 }, { x: 1, y: Infinity }];
    const grid = createNodeGrid(positions.length, (i) => positions[i]);
    const all = grid.within({ left: -10, top: -10, right: 10, bottom: 10 }, 10);
    expect([...(all?.indices ?? [])]).toEqual([0]);
  });

  it('answers exactly the points inside, ascending, looking at few more than those', () => {
    const random = seededRandom(7);
    const n = 20_000;
    const points = Array.from({ length: n }, () => ({ x: random() * 1000, y: random() * 1000 }));
    const grid = createNodeGrid(n, (i) => points[i]);
    for (const rect of [
      { left: 100, top: 200, right: 180, bottom: 260 },
      { left: -50, top: -50, right: 20, bottom: 20 },
      { left: 990, top: 0, right: 2000, bottom: 1000 },
    ]) {
      const expected = points
        .map((p, i) => ({ p, i }))
        .filter(
          ({ p }) => p.x >= rect.left && p.x <= rect.right && p.y >= rect.top && p.y <= rect.bottom,
        )
        .map(({ i }) => i);
      const found = grid.within(rect, n);
      expect(found).not.toBeNull();
      expect([...(found?.indices ?? [])]).toEqual(expected);
      // Only the cells the rectangle touches are examined: a small window never walks the graph.
      expect(found?.examined ?? n).toBeLessThan(expected.length + 1500);
    }
  });

  it('gives up (null) when more than the limit lie in the touched cells, and nothing outside the points', () => {
    const points = Array.from({ length: 1000 }, (_, i) => ({ x: i % 40, y: Math.floor(i / 40) }));
    const grid = createNodeGrid(points.length, (i) => points[i]);
    expect(grid.within({ left: -1, top: -1, right: 100, bottom: 100 }, 500)).toBeNull();
    expect([
      ...(grid.within({ left: 500, top: 500, right: 600, bottom: 600 }, 10)?.indices ?? [1]),
    ]).toEqual([]);
  });
});
