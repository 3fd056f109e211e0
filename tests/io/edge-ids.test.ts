import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { edgeIdsOf, isGeneratedEdgeKey } from '../../src/io/edge-ids';
import { toGexf } from '../../src/io/gexf-write';
import { toGraphml } from '../../src/io/graphml-write';
import { toCsv } from '../../src/io/csv-write';
import { importGraphFile } from '../../src/io/import';

describe('isGeneratedEdgeKey', () => {
  it('bad input: empty, partial or other keys are not graphology’s own', () => {
    expect(isGeneratedEdgeKey('')).toBe(false);
    expect(isGeneratedEdgeKey('geid_')).toBe(false);
    expect(isGeneratedEdgeKey('geid_12_x')).toBe(false);
    expect(isGeneratedEdgeKey('e0')).toBe(false);
  });

  it('knows the keys graphology makes for edges added without one', () => {
    expect(isGeneratedEdgeKey('geid_137_0')).toBe(true);
    const graph = new MultiDirectedGraph();
    graph.mergeEdge('a', 'b');
    expect(isGeneratedEdgeKey(graph.edges()[0] ?? '')).toBe(true);
  });
});

describe('edgeIdsOf', () => {
  it('bad input: an id the graph uses already is skipped, a key of its own kept', () => {
    const graph = new MultiDirectedGraph();
    graph.addNode('a');
    graph.addNode('b');
    graph.addEdgeWithKey('e0', 'a', 'b');
    graph.addEdge('a', 'b');
    graph.addEdge('b', 'a');
    const id = edgeIdsOf(graph);
    expect(graph.edges().map(id)).toEqual(['e0', 'e1', 'e2']);
  });

  it('a file without edge ids exports the same ids every time it is read', () => {
    const file = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed">
<nodes><node id="a" label="A"/><node id="b" label="B"/></nodes>
<edges><edge source="a" target="b"/><edge source="b" target="a"/></edges></graph></gexf>`;
    const exports = [0, 1].map(() => {
      const graph = importGraphFile('no-ids.gexf', file);
      const csv = toCsv(graph).edges;
      return [toGexf(graph), toGraphml(graph), csv];
    });
    expect(exports[0]).toEqual(exports[1]);
    expect(exports[0]?.[0]).toContain('<edge id="e0"');
    expect(exports[0]?.[0]).not.toContain('geid_');
  });
});
