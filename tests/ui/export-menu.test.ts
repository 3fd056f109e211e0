import { describe, expect, it } from 'vitest';
import { downloadName } from '../../src/ui/download';
import { viewSubgraph } from '../../src/ui/panels/export-menu';
import { diamond } from '../helpers/graphs';

describe('downloadName', () => {
  it('makes a safe name from any graph name, with the date', () => {
    expect(downloadName('../etc/pass wd', 'gexf')).toMatch(/^etc-pass-wd-\d{4}-\d{2}-\d{2}\.gexf$/);
    expect(downloadName('', 'json')).toMatch(/^graph-\d{4}-\d{2}-\d{2}\.json$/);
    expect(downloadName('chipgraph', 'gexf', '-view-1.2draft')).toMatch(
      /^chipgraph-\d{4}-\d{2}-\d{2}-view-1\.2draft\.gexf$/,
    );
    expect(downloadName('华为 graph', 'json')).toMatch(/^华为-graph-/);
  });
});

describe('viewSubgraph', () => {
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
