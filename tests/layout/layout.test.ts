import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/model/errors';
import {
  applyLayout,
  layoutOptionsFor,
  resolveLayoutOptions,
  seededRandom,
} from '../../src/layout/layout';
import { loadKnowledgeGraph } from '../../src/load';
import { SHIPPED_DATA, readDataDir } from '../helpers/data';

const files = readDataDir(SHIPPED_DATA);
const positions = (seed?: number) =>
  loadKnowledgeGraph(files, seed === undefined ? {} : { seed }).mapNodes((n, a) => [n, a.x, a.y]);

describe('layout options', () => {
  it('rejects bad seeds and iteration counts with a UsageError', () => {
    expect(() => resolveLayoutOptions({ seed: 1.5 })).toThrow(UsageError);
    expect(() => resolveLayoutOptions({ iterations: -1 })).toThrow(/iterations must be an integer/);
    expect(() => resolveLayoutOptions({ iterations: Number.NaN })).toThrow(UsageError);
  });
  it('fills in defaults', () => {
    expect(resolveLayoutOptions({ seed: 7 })).toMatchObject({
      seed: 7,
      iterations: 400,
      noverlap: true,
    });
  });
});

describe('applyLayout', () => {
  it('gives the same coordinates on every run', () => {
    expect(positions()).toEqual(positions());
  });

  it('depends on the seed', () => {
    expect(positions(1)).not.toEqual(positions(2));
  });

  it('places every node at a finite, distinct position', () => {
    const points = positions();
    for (const [, x, y] of points) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    }
    expect(new Set(points.map(([, x, y]) => `${x},${y}`)).size).toBe(points.length);
  });

  it('leaves an empty graph alone', async () => {
    const { MultiDirectedGraph } = await import('graphology');
    const graph = new MultiDirectedGraph();
    expect(() => applyLayout(graph)).not.toThrow();
  });
});

describe('seededRandom', () => {
  it('is reproducible and in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const values = Array.from({ length: 100 }, () => a());
    expect(values).toEqual(Array.from({ length: 100 }, () => b()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
  });
});

describe('layoutOptionsFor', () => {
  it('keeps the defaults for small graphs and scales work down for large ones', () => {
    expect(layoutOptionsFor(51)).toEqual({});
    expect(layoutOptionsFor(1500)).toEqual({ iterations: 267, noverlap: true });
    expect(layoutOptionsFor(9000)).toEqual({ iterations: 44, noverlap: false });
    expect(layoutOptionsFor(1_000_000)).toEqual({ iterations: 30, noverlap: false });
  });
});
