import { describe, expect, it } from 'vitest';
import { NotFoundError, UsageError } from '../../src/model/errors';
import { allShortestPaths, findPaths, resolvePathOptions } from '../../src/query/paths';
import { diamond, smallGraph } from '../helpers/graphs';

const graph = diamond();
const edgesOf = (paths: { edges: readonly string[] }[]) => paths.map((p) => p.edges.join(' '));

describe('findPaths: bad input', () => {
  it('rejects unknown entities and invalid options with clear errors', () => {
    expect(() => findPaths(graph, 'a', 'zz')).toThrow(NotFoundError);
    expect(() => findPaths(graph, 'a', 'd', { k: 0 })).toThrow(
      /k must be a whole number from 1 to 50, got 0/,
    );
    expect(() => findPaths(graph, 'a', 'd', { maxHops: 21 })).toThrow(UsageError);
    expect(() => findPaths(graph, 'a', 'd', { relations: ['loves'] })).toThrow(
      /unknown relation kind "loves"/,
    );
    expect(() => findPaths(graph, 'a', 'd', { relations: [] })).toThrow(
      /at least one relation kind/,
    );
    expect(() => findPaths(graph, 'a', 'd', { avoidKinds: ['planet'] })).toThrow(
      /unknown entity kind "planet"/,
    );
    expect(() => findPaths(graph, 'a', 'd', { avoid: ['nope'] })).toThrow(
      /Unknown entity to avoid "nope"/,
    );
    expect(() => findPaths(graph, 'a', 'd', { avoid: ['a'] })).toThrow(/cannot also be avoided/);
    expect(() => findPaths(graph, 'a', 'd', { asOf: 'July 2025' })).toThrow(/asOf must be a date/);
  });
});

describe('findPaths', () => {
  it('finds the shortest path, the strongest of equal length first', () => {
    expect(edgesOf(findPaths(graph, 'a', 'd', { k: 1 }))).toEqual(['ab bd']);
  });

  it('ranks k shortest paths by hops, then evidence strength (parallel edges are distinct evidence)', () => {
    const paths = findPaths(graph, 'a', 'd', { k: 5 });
    expect(edgesOf(paths)).toEqual(['ab bd', 'ab2 bd', 'ac cd', 'ae ef fd']);
    expect(paths.map((p) => p.hops)).toEqual([2, 2, 2, 3]);
    expect(paths.map((p) => p.strength)).toEqual([1, 0.45, 0.3, 1]);
    expect(paths[0]?.nodes).toEqual(['a', 'b', 'd']);
  });

  it('returns no path for unconnected entities, one zero-hop path for the same entity', () => {
    expect(findPaths(graph, 'a', 'h')).toEqual([]);
    expect(findPaths(graph, 'b', 'b')).toEqual([{ nodes: ['b'], edges: [], hops: 0, strength: 1 }]);
  });

  it('ignores direction by default, follows it when asked', () => {
    expect(edgesOf(findPaths(graph, 'g', 'a', { k: 1 }))).toEqual(['dg bd ab']);
    expect(findPaths(graph, 'g', 'a', { directed: true })).toEqual([]);
    expect(edgesOf(findPaths(graph, 'a', 'g', { directed: true, k: 1 }))).toEqual(['ab bd dg']);
  });

  it('keeps to maxHops', () => {
    expect(findPaths(graph, 'a', 'g', { maxHops: 2 })).toEqual([]);
    expect(findPaths(graph, 'a', 'd', { maxHops: 2, k: 10 })).toHaveLength(3);
  });

  it('filters by relation kind, avoided entities and kinds, and "as of" date', () => {
    expect(edgesOf(findPaths(graph, 'a', 'd', { relations: ['subsidiary-of'] }))).toEqual([
      'ae ef fd',
    ]);
    expect(edgesOf(findPaths(graph, 'a', 'd', { avoid: ['b'], k: 5 }))).toEqual([
      'ac cd',
      'ae ef fd',
    ]);
    expect(findPaths(graph, 'a', 'd', { avoidKinds: ['company'] })).toEqual([]);
    expect(edgesOf(findPaths(graph, 'a', 'd', { asOf: '2023', k: 5 }))).toEqual([
      'ab bd',
      'ab2 bd',
      'ac cd',
    ]);
    expect(findPaths(graph, 'a', 'd', { asOf: '2024-06', k: 5 })).toHaveLength(4);
  });

  it('returns simple paths only (no node twice)', () => {
    const ring = smallGraph(
      ['p', 'q', 'r', 's'],
      [
        ['pq', 'p', 'q'],
        ['qr', 'q', 'r'],
        ['rs', 'r', 's'],
        ['sp', 's', 'p'],
        ['qs', 'q', 's'],
      ],
    );
    for (const path of findPaths(ring, 'p', 'r', { k: 10 }))
      expect(new Set(path.nodes).size).toBe(path.nodes.length);
    expect(findPaths(ring, 'p', 'r', { k: 10 })).toHaveLength(4);
  });
});

describe('allShortestPaths', () => {
  it('returns every minimum-length path, best evidence first', () => {
    expect(edgesOf(allShortestPaths(graph, 'a', 'd'))).toEqual(['ab bd', 'ab2 bd', 'ac cd']);
    expect(allShortestPaths(graph, 'a', 'h')).toEqual([]);
  });
});

describe('resolvePathOptions', () => {
  it('fills in the documented defaults', () => {
    expect(resolvePathOptions(graph)).toEqual({
      k: 3,
      maxHops: 6,
      relations: null,
      avoid: [],
      avoidKinds: [],
      directed: false,
      asOf: null,
    });
  });
});
