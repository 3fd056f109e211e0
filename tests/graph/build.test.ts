import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build';
import { parseGraphData } from '../../src/model/validate';
import { FIXTURES, readDataDir } from '../helpers/data';

const data = parseGraphData(readDataDir(join(FIXTURES, 'data', 'minimal')));

describe('buildGraph', () => {
  it('refuses data that did not pass validation (a relation to a missing entity)', () => {
    const broken = { ...data, relations: [{ ...data.relations[0]!, target: 'nobody' }] };
    expect(() => buildGraph(broken)).toThrow(/nobody/);
  });

  it('builds one node per entity and one edge per relation, keyed by id', () => {
    const graph = buildGraph(data);
    expect(graph.type).toBe('directed');
    expect(graph.multi).toBe(true);
    expect(graph.nodes()).toEqual(data.entities.map((e) => e.id));
    expect(graph.edges()).toEqual(data.relations.map((r) => r.id));
    expect(graph.source('r1')).toBe('acme-chips');
    expect(graph.target('r1')).toBe('acme');
  });

  it('stores kind under "kind" (sigma owns "type") and keeps provenance on edges', () => {
    const graph = buildGraph(data);
    expect(graph.getNodeAttribute('acme', 'kind')).toBe('company');
    expect(graph.getNodeAttributes('acme')).not.toHaveProperty('type');
    expect(graph.getEdgeAttributes('r2')).toMatchObject({
      kind: 'develops',
      label: 'develops',
      certainty: 'reported',
      assertedBy: ['daily'],
      date: '2024-05',
      citations: [{ source: 'doc-1', paragraph: 2 }],
    });
    expect(graph.getAttribute('sources')[0]?.id).toBe('doc-1');
  });

  it('stores centrality and sizes nodes by PageRank', () => {
    const graph = buildGraph(data);
    // acme and acme-chips tie two relations each; the leaves hang off them.
    const size = (n: string) => graph.getNodeAttribute(n, 'size');
    expect(size('acme')).toBeGreaterThan(size('ruritania'));
    expect(size('acme-chips')).toBeGreaterThan(size('a1'));
    expect(graph.getNodeAttribute('daily', 'pagerank')).toBeGreaterThan(0);
    expect(graph.getNodeAttribute('acme', 'degree')).toBe(2);
    expect(graph.getNodeAttribute('acme', 'betweenness')).toBeGreaterThan(0);
    expect(graph.getNodeAttribute('daily', 'betweenness')).toBe(0);
  });
});
