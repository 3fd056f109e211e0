import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { datedYearRange } from '../../src/graph/timeline';
import { smallGraph } from '../helpers/graphs';

describe('datedYearRange', () => {
  it('is null for a graph with nothing dated, or nothing at all', () => {
    expect(datedYearRange(new MultiDirectedGraph())).toBeNull();
    expect(datedYearRange(smallGraph(['a', 'b'], [['ab', 'a', 'b']]))).toBeNull();
  });

  it('spans the years of dated relations', () => {
    const graph = smallGraph(
      ['a', 'b', 'c'],
      [
        ['ab', 'a', 'b', 'fact', { date: '2019-05' }],
        ['bc', 'b', 'c', 'fact', { date: '2025' }],
      ],
    );
    expect(datedYearRange(graph)).toEqual({ min: 2019, max: 2025 });
  });

  it('reads 300,000 dated relations without overflowing the stack', () => {
    const graph = smallGraph(['a', 'b'], [['ab', 'a', 'b', 'fact', { date: '2020' }]]);
    const attributes = graph.getEdgeAttributes('ab');
    for (let i = 0; i < 300_000; i++)
      graph.addDirectedEdge('a', 'b', { ...attributes, date: String(1900 + (i % 125)) });
    expect(datedYearRange(graph)).toEqual({ min: 1900, max: 2024 });
  });
});
