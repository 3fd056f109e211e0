import { describe, expect, it } from 'vitest';
import { viewSubgraph } from '../../src/graph/subgraph';
import { diamond, smallGraph } from '../helpers/graphs';

describe('viewSubgraph', () => {
  const graph = smallGraph(
    ['a', 'b', 'c'],
    [
      ['ab', 'a', 'b'],
      ['bc', 'b', 'c'],
    ],
  );

  it('keeps nothing of an empty view, and no edge whose end is out of view', () => {
    expect(viewSubgraph(graph, { nodes: new Set(), edges: new Set() }).order).toBe(0);
    const sub = viewSubgraph(graph, { nodes: new Set(['a', 'b']), edges: new Set(['ab', 'bc']) });
    expect(sub.edges()).toEqual(['ab']);
  });

  it('keeps the attributes and keys of what is in view, and the graph’s own attributes', () => {
    const sub = viewSubgraph(graph, {
      nodes: new Set(['a', 'b', 'c']),
      edges: new Set(['bc']),
    });
    expect(sub.nodes()).toEqual(['news', 'a', 'b', 'c'].filter((n) => sub.hasNode(n)));
    expect(sub.edges()).toEqual(['bc']);
    expect(sub.getEdgeAttributes('bc')).toEqual(graph.getEdgeAttributes('bc'));
    expect(sub.getNodeAttributes('a')).toEqual(graph.getNodeAttributes('a'));
    expect(sub.getAttributes()).toEqual(graph.getAttributes());
  });

  it('keeps only the given nodes and edges, attributes intact, without touching the graph', () => {
    const graph = diamond();
    const sub = viewSubgraph(graph, {
      nodes: new Set(['a', 'b', 'd']),
      edges: new Set(['ab', 'bd']),
    });
    expect(sub.nodes()).toEqual(['a', 'b', 'd']);
    expect(sub.edges()).toEqual(['ab', 'bd']); // the parallel "ab2" is not in the view
    expect(sub.getEdgeAttribute('ab', 'certainty')).toBe('fact');
    expect(graph.size).toBe(9);
  });
});
