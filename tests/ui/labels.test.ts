import { describe, expect, it } from 'vitest';
import {
  DENSITY_LIMITS,
  labelBox,
  labelPriority,
  planLabels,
  segmentHitsBox,
  type LabelCandidate,
  type PlacedLabel,
} from '../../src/ui/labels';

const measure = (text: string) => text.length * 7;
const options = { width: 400, height: 300, fontSize: 12, measure };
const at = (
  node: string,
  x: number,
  y: number,
  label = node,
  forced = false,
  preferred = false,
): LabelCandidate => ({ node, x, y, radius: 5, label, forced, preferred });
const nodes = (plan: Map<string, PlacedLabel>) => new Set(plan.keys());
const overlaps = (a: PlacedLabel, b: PlacedLabel) =>
  a.box.left < b.box.right &&
  b.box.left < a.box.right &&
  a.box.top < b.box.bottom &&
  b.box.top < a.box.bottom;

describe('planLabels: bad input', () => {
  it('labels nothing for no candidates, empty labels, a viewport too small, or an off-screen node', () => {
    expect(planLabels([], options).size).toBe(0);
    expect(planLabels([at('a', 50, 50, '')], options).size).toBe(0);
    expect(planLabels([at('a', 5, 5)], { ...options, width: 10, height: 10 }).size).toBe(0);
    expect(planLabels([at('a', -50, 50, 'a', true)], options).size).toBe(0);
  });
});

describe('labelBox', () => {
  it('puts the box on the asked side, clear of the node', () => {
    const c = at('a', 100, 100, 'abc');
    const right = labelBox(c, 12, measure, 'right');
    const left = labelBox(c, 12, measure, 'left');
    const below = labelBox(c, 12, measure, 'below');
    const above = labelBox(c, 12, measure, 'above');
    expect(right.left).toBeGreaterThan(105);
    expect(left.right).toBeLessThan(95);
    expect(below.top).toBeGreaterThan(105);
    expect(above.bottom).toBeLessThan(95);
    expect((below.left + below.right) / 2).toBeCloseTo(100);
  });
});

describe('planLabels', () => {
  it('never lets two ordinary labels overlap: the earlier (more important) one wins its side', () => {
    const plan = planLabels(
      [at('big', 50, 100, 'Huawei'), at('small', 60, 104, 'HiSilicon')],
      options,
    );
    // The second label moves to another side rather than vanish…
    expect(nodes(plan)).toEqual(new Set(['big', 'small']));
    expect(overlaps(plan.get('big')!, plan.get('small')!)).toBe(false);
    expect(plan.get('big')?.side).toBe('right');
    // …and is left out only when no side is free.
    const crowded = planLabels(
      [
        at('a', 200, 150, 'aaaaaaaaaa'),
        at('b', 200, 150, 'bbbbbbbbbb'),
        at('c', 200, 150, 'cccccccccc'),
        at('d', 200, 150, 'dddddddddd'),
        at('e', 200, 150, 'eeeeeeeeee'),
      ],
      options,
    );
    expect(crowded.size).toBe(4);
    const placed = [...crowded.values()];
    for (const [i, a] of placed.entries())
      for (const b of placed.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
  });

  it('never cuts a label at the edge: it moves to the left, or is left out', () => {
    const long = 'World Artificial Intelligence Conference 2025';
    expect(planLabels([at('w', 390, 100, long)], options).get('w')?.side).toBe('left');
    expect(planLabels([at('w', 10, 100, long)], options).get('w')?.side).toBe('right');
    expect(planLabels([at('w', 200, 100, long + long)], options).size).toBe(0);
    const top = planLabels([at('top', 50, 2)], options).get('top');
    expect(top?.side).toBe('below');
  });

  it('keeps ordinary labels off other nodes’ discs (but a label may touch its own node)', () => {
    // Node a ringed by eight discs, one on each place its label could go.
    const obstacles = [
      { node: 'a', x: 50, y: 100, radius: 5 },
      ...Array.from({ length: 8 }, (_, i) => ({
        node: `ring${i}`,
        x: 50 + 18 * Math.cos((i * Math.PI) / 4),
        y: 100 + 18 * Math.sin((i * Math.PI) / 4),
        radius: 10,
      })),
      { node: 'b', x: 150, y: 100, radius: 6 },
    ];
    const ringed = { ...options, obstacles };
    expect(planLabels([at('a', 50, 100)], ringed).size).toBe(0);
    expect(planLabels([at('a', 50, 100, 'a', false, true)], ringed).size).toBe(0);
    expect(planLabels([at('b', 150, 100)], ringed).get('b')?.side).toBe('right');
    // A forced name (the selection) shows even when every place covers a disc.
    expect(planLabels([at('a', 50, 100, 'a', true)], ringed).size).toBe(1);
    // …but never over a disc when a free place exists.
    const open = planLabels([at('b', 150, 100, 'b', true)], ringed).get('b');
    expect(open?.side).toBe('right');
  });

  it('always places a forced label, before ordinary ones, on its least crowded side', () => {
    const ordinary = at('o', 200, 150, 'Ordinary name');
    const forced = at('f', 200, 150, 'Forced name', true);
    const plan = planLabels([forced, ordinary], options);
    expect(plan.get('f')?.side).toBe('right');
    expect(plan.get('o')?.side).not.toBe('right');
    // With no free side at all, a forced label is still drawn.
    const crowd = Array.from({ length: 6 }, (_, i) => at(`f${i}`, 200, 150, 'Same place', true));
    expect(planLabels(crowd, options).size).toBe(6);
    // Even with the ordinary cap at zero (density "none").
    expect(nodes(planLabels([forced, ordinary], { ...options, max: 0 }))).toEqual(new Set(['f']));
  });

  it('places preferred labels (a focus’s neighbours) past the cap, but never over another label', () => {
    const hub = at('hub', 200, 150, 'Hub', true);
    const ring = Array.from({ length: 8 }, (_, i) =>
      at(
        `n${i}`,
        200 + 60 * Math.cos((i * Math.PI) / 4),
        150 + 60 * Math.sin((i * Math.PI) / 4),
        `N${i}`,
        false,
        true,
      ),
    );
    const plan = planLabels([hub, ...ring], { ...options, max: 0 });
    expect(plan.size).toBe(9);
    // Piled on one spot, only as many as find a free place.
    const pile = Array.from({ length: 12 }, (_, i) => at(`p${i}`, 200, 150, 'Same', false, true));
    const piled = [...planLabels(pile, options).values()];
    expect(piled.length).toBeLessThan(12);
    for (const [i, a] of piled.entries())
      for (const b of piled.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
  });

  it('keeps every label from under a disc drawn above the labels (the hovered node)', () => {
    const above = [{ node: 'h', x: 120, y: 100, radius: 12 }];
    const plan = planLabels([at('a', 100, 100, 'abcdef', true)], { ...options, above });
    expect(plan.get('a')?.side).not.toBe('right');
    expect(
      planLabels([at('h', 120, 100, 'hovered', true)], { ...options, above }).get('h')?.side,
    ).toBe('right');
  });

  it('stops at the maximum; density "all" lets ordinary labels overlap', () => {
    const many = Array.from({ length: 50 }, (_, i) => at(`n${i}`, 20, 10 + i * 20));
    expect(planLabels(many, { ...options, height: 2000, max: 5 }).size).toBe(5);
    const pile = Array.from({ length: 10 }, (_, i) => at(`p${i}`, 100, 100 + i));
    expect(planLabels(pile, { ...options, overlap: true, max: Infinity }).size).toBe(10);
  });
});

describe('labelPriority', () => {
  const byRank = ['hub', 'b', 'c', 'd', 'leaf'];
  const rank = new Map(byRank.map((n, i) => [n, i]));
  const all = () => true;

  it('forces the path and the focus, prefers its neighbours by rank; others only without either', () => {
    expect(labelPriority(rank, all, null, [], null)).toEqual({
      forced: [],
      preferred: [],
      others: true,
    });
    expect(labelPriority(rank, all, 'leaf', ['d', 'b'], null)).toEqual({
      forced: ['leaf'],
      preferred: ['b', 'd'],
      others: false,
    });
    expect(labelPriority(rank, all, null, [], new Set(['d', 'c']))).toEqual({
      forced: ['d', 'c'],
      preferred: [],
      others: false,
    });
    expect(labelPriority(rank, (n) => n !== 'b', 'leaf', ['d', 'b'], null).preferred).toEqual([
      'd',
    ]);
  });

  it('prefers at most the density’s number of neighbours of a hub, the most central first', () => {
    const many = Array.from({ length: 800 }, (_, i) => `n${i}`);
    const ranks = new Map([['hub', 0], ...many.map((n, i) => [n, i + 1] as const)]);
    const { forced, preferred } = labelPriority(ranks, all, 'hub', [...many].reverse(), null);
    expect(forced).toEqual(['hub']);
    expect(preferred).toHaveLength(DENSITY_LIMITS.many.neighbours);
    expect(preferred.slice(0, 2)).toEqual(['n0', 'n1']);
    const few = labelPriority(ranks, all, 'hub', many, null, DENSITY_LIMITS.few.neighbours);
    expect(few.preferred).toHaveLength(DENSITY_LIMITS.few.neighbours);
    const every = labelPriority(ranks, all, 'hub', many, null, DENSITY_LIMITS.all.neighbours);
    expect(every.preferred).toHaveLength(800);
  });
});

describe('segmentHitsBox: bad input', () => {
  it('handles a zero-length segment and a segment along an edge of the box', () => {
    const box = { left: 0, top: 0, right: 10, bottom: 10 };
    expect(segmentHitsBox({ x1: 5, y1: 5, x2: 5, y2: 5 }, box)).toBe(true);
    expect(segmentHitsBox({ x1: 20, y1: 20, x2: 20, y2: 20 }, box)).toBe(false);
    expect(segmentHitsBox({ x1: -5, y1: 20, x2: 25, y2: 20 }, box)).toBe(false);
    expect(segmentHitsBox({ x1: -5, y1: -5, x2: 25, y2: 25 }, box)).toBe(true);
  });
});

describe('planLabels with emphasised lines', () => {
  it('moves a forced name off the line the reader follows', () => {
    // A path edge leaving the node to the right: the name goes elsewhere.
    const line = { x1: 100, y1: 100, x2: 300, y2: 100 };
    const plan = planLabels([at('a', 100, 100, 'Huawei', true)], { ...options, lines: [line] });
    expect(plan.get('a')?.side).not.toBe('right');
    const box = plan.get('a')?.box;
    expect(box && segmentHitsBox(line, box)).toBe(false);
  });
});
