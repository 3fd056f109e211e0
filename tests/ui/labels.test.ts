import { describe, expect, it } from 'vitest';
import {
  NEIGHBOUR_LABELS,
  labelPriority,
  planLabels,
  type LabelCandidate,
} from '../../src/ui/labels';

const measure = (text: string) => text.length * 7;
const options = { width: 400, height: 300, fontSize: 12, measure };
const at = (node: string, x: number, y: number, label = node): LabelCandidate => ({
  node,
  x,
  y,
  radius: 5,
  label,
});

describe('planLabels: bad input', () => {
  it('labels nothing for no candidates, empty labels, or a viewport too small', () => {
    expect(planLabels([], options)).toEqual(new Set());
    expect(planLabels([at('a', 50, 50, '')], options)).toEqual(new Set());
    expect(planLabels([at('a', 5, 5)], { ...options, width: 10, height: 10 })).toEqual(new Set());
  });
});

describe('planLabels', () => {
  it('never lets two labels overlap: the earlier (more important) one wins', () => {
    const plan = planLabels(
      [at('big', 50, 100, 'Huawei'), at('small', 60, 104, 'HiSilicon')],
      options,
    );
    expect(plan).toEqual(new Set(['big']));
    expect(planLabels([at('a', 50, 100), at('b', 50, 140)], options)).toEqual(new Set(['a', 'b']));
  });

  it('never cuts a label at the edge: a label that would not fit is left out', () => {
    const long = 'World Artificial Intelligence Conference 2025';
    expect(planLabels([at('w', 300, 100, long)], options)).toEqual(new Set());
    expect(planLabels([at('w', 10, 100, long)], options)).toEqual(new Set(['w']));
    expect(planLabels([at('top', 50, 2)], options)).toEqual(new Set());
  });

  it('keeps labels off other nodes’ discs (but a label may touch its own node)', () => {
    const obstacles = [
      { node: 'a', x: 50, y: 100, radius: 5 },
      { node: 'b', x: 70, y: 100, radius: 6 },
    ];
    const lowly = { ...options, obstacles, overDiscs: 0 };
    expect(planLabels([at('a', 50, 100)], lowly)).toEqual(new Set());
    expect(planLabels([at('b', 70, 100)], lowly)).toEqual(new Set(['b']));
    // The most important names show even over a disc (drawn with a halo).
    expect(planLabels([at('a', 50, 100)], { ...options, obstacles })).toEqual(new Set(['a']));
  });

  it('stops at the maximum', () => {
    const many = Array.from({ length: 50 }, (_, i) => at(`n${i}`, 20, 10 + i * 20));
    expect(planLabels(many, { ...options, height: 2000, max: 5 }).size).toBe(5);
  });
});

describe('labelPriority', () => {
  const byRank = ['hub', 'b', 'c', 'd', 'leaf'];
  const rank = new Map(byRank.map((n, i) => [n, i]));
  const all = () => true;

  it('puts the path first, then the focus and its neighbours by rank, and only those', () => {
    expect(labelPriority(byRank, rank, all, null, [], null)).toEqual(byRank);
    expect(labelPriority(byRank, rank, all, 'leaf', ['d', 'b'], null)).toEqual(['leaf', 'b', 'd']);
    expect(labelPriority(byRank, rank, all, null, [], new Set(['d', 'c']))).toEqual(['d', 'c']);
    expect(labelPriority(byRank, rank, (n) => n !== 'b', null, [], null)).toEqual([
      'hub',
      'c',
      'd',
      'leaf',
    ]);
  });

  it(`labels at most ${NEIGHBOUR_LABELS} neighbours of a hub, the most central first`, () => {
    const many = Array.from({ length: 800 }, (_, i) => `n${i}`);
    const order = labelPriority(
      ['hub', ...many],
      new Map([['hub', 0], ...many.map((n, i) => [n, i + 1] as const)]),
      all,
      'hub',
      [...many].reverse(),
      null,
    );
    expect(order).toHaveLength(NEIGHBOUR_LABELS + 1);
    expect(order.slice(0, 3)).toEqual(['hub', 'n0', 'n1']);
  });
});
