import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { countFacets } from '../../src/graph/facets';
import { smallGraph } from '../helpers/graphs';

describe('countFacets', () => {
  it('counts nothing in an empty graph, or in an empty selection of a full one', () => {
    const empty = countFacets(new MultiDirectedGraph());
    expect(empty.kinds.size + empty.relations.size + empty.asserters.size).toBe(0);
    const graph = smallGraph(['a', 'b'], [['ab', 'a', 'b']]);
    const none = countFacets(graph, [], []);
    expect([...none.kinds, ...none.relations, ...none.layers]).toEqual([]);
  });

  it('counts the whole graph, or only the nodes and edges given', () => {
    const graph = smallGraph(
      ['a', 'b', 'c'],
      [
        ['ab', 'a', 'b', 'fact'],
        ['bc', 'b', 'c', 'opinion', { kind: 'competes-with' }],
      ],
    );
    const all = countFacets(graph);
    // Three companies and the outlet that asserts both relations.
    expect(all.kinds).toEqual(
      new Map([
        ['news-outlet', 1],
        ['company', 3],
      ]),
    );
    expect(all.certainties.get('fact')).toBe(1);
    expect(all.certainties.get('opinion')).toBe(1);
    expect(all.asserters.get('news')).toBe(2);
    const some = countFacets(graph, ['a', 'b'], ['ab']);
    expect(some.kinds.get('company')).toBe(2);
    expect(some.relations).toEqual(new Map([['develops', 1]]));
    expect(some.asserters.get('news')).toBe(1);
  });
});
