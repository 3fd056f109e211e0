import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../../src/model/errors';
import { egoNetwork } from '../../src/query/neighbourhood';
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
