import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../../src/model/errors';
import { chokepoints, egoNetwork } from '../../src/query/neighbourhood';
import { diamond } from '../helpers/graphs';

const graph = diamond();

describe('egoNetwork', () => {
  it('rejects unknown entities and bad depths', () => {
    expect(() => egoNetwork(graph, 'zz')).toThrow(NotFoundError);
    expect(() => egoNetwork(graph, 'a', 0)).toThrow(/depth must be a whole number/);
  });
  it('lists neighbours nearest first, either direction', () => {
    expect(
      egoNetwork(graph, 'd', 1)
        .map((n) => n.id)
        .sort(),
    ).toEqual(['b', 'c', 'f', 'g']);
    expect(egoNetwork(graph, 'g', 2)).toEqual(
      expect.arrayContaining([
        { id: 'd', depth: 1 },
        { id: 'b', depth: 2 },
      ]),
    );
  });
});

describe('chokepoints', () => {
  it('rejects unknown entities', () => {
    expect(() => chokepoints(graph, 'a', 'zz')).toThrow(NotFoundError);
  });
  it('names the entities on every path', () => {
    expect(chokepoints(graph, 'a', 'g')).toEqual(['d']);
    expect(chokepoints(graph, 'a', 'd')).toEqual([]);
    expect(chokepoints(graph, 'a', 'h')).toEqual([]);
    expect(chokepoints(graph, 'e', 'g')).toEqual(['d']);
  });
});
