import { describe, expect, it } from 'vitest';
import { NotFoundError, UsageError } from '../../src/model/errors';
import { chokepoints } from '../../src/query/chokepoints';
import { diamond } from '../helpers/graphs';

const graph = diamond();

describe('chokepoints: bad input', () => {
  it('rejects unknown entities and invalid options', () => {
    expect(() => chokepoints(graph, 'a', 'zz')).toThrow(NotFoundError);
    expect(() => chokepoints(graph, 'a', 'd', { maxHops: 0 })).toThrow(UsageError);
  });
});

describe('chokepoints', () => {
  it('names the entities on every path', () => {
    expect(chokepoints(graph, 'a', 'g')).toEqual(['d']);
    expect(chokepoints(graph, 'a', 'd')).toEqual([]);
    expect(chokepoints(graph, 'a', 'h')).toEqual([]);
    expect(chokepoints(graph, 'e', 'g')).toEqual(['d']);
  });

  it('uses the same options as the paths', () => {
    // Only subsidiary relations: the one route a → e → f → d has two chokepoints.
    expect(chokepoints(graph, 'a', 'd', { relations: ['subsidiary-of'] })).toEqual(['e', 'f']);
    // Without b, the routes through c and through e–f remain: none.
    expect(chokepoints(graph, 'a', 'd', { avoid: ['b'] })).toEqual([]);
    // Within two hops, only a–b–d and a–c–d: still none; avoiding c leaves b alone.
    expect(chokepoints(graph, 'a', 'd', { maxHops: 2, avoid: ['c'] })).toEqual(['b']);
    // Following direction, g reaches nothing.
    expect(chokepoints(graph, 'g', 'a', { directed: true })).toEqual([]);
    expect(chokepoints(graph, 'a', 'g', { directed: true, avoid: ['b'] })).toEqual(['d']);
  });
});
