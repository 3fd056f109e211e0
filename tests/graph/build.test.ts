import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build';
import { STATEMENT_COLOR } from '../../src/graph/style';
import { DataError, formatIssue } from '../../src/model/errors';
import { parseGraphData } from '../../src/model/validate';
import { FIXTURES, SHIPPED_DATA, minimalWith, readDataDir } from '../helpers/data';

const data = parseGraphData(readDataDir(join(FIXTURES, 'data', 'minimal')));

describe('buildGraph', () => {
  it('refuses data that did not pass validation, naming the relation and the missing entity', () => {
    const broken = { ...data, relations: [{ ...data.relations[0]!, target: 'nobody' }] };
    expect(() => buildGraph(broken)).toThrow(DataError);
    try {
      buildGraph(broken);
    } catch (error) {
      expect(error instanceof DataError && error.issues.map(formatIssue)).toEqual([
        '(data given to buildGraph) (id "acme-chips--subsidiary-of--acme"): relation "acme-chips--subsidiary-of--acme" points at "nobody", which is no entity. Fix: build from data that passed parseGraphData.',
      ]);
    }
  });

  it('builds one node per entity and one edge per relation, keyed by id', () => {
    const graph = buildGraph(data);
    expect(graph.type).toBe('directed');
    expect(graph.multi).toBe(true);
    expect(graph.nodes()).toEqual(data.entities.map((e) => e.id));
    expect(graph.edges()).toEqual(data.relations.map((r) => r.id));
    expect(graph.source('acme-chips--subsidiary-of--acme')).toBe('acme-chips');
    expect(graph.target('acme-chips--subsidiary-of--acme')).toBe('acme');
  });

  it('stores kind under "kind" (sigma owns "type") and keeps provenance on edges', () => {
    const graph = buildGraph(data);
    expect(graph.getNodeAttribute('acme', 'kind')).toBe('company');
    expect(graph.getNodeAttributes('acme')).not.toHaveProperty('type');
    expect(graph.getEdgeAttributes('acme-chips--develops--a1')).toMatchObject({
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

describe('buildGraph: statement links', () => {
  // An analyst (quoted by the outlet) states r2; the outlet's own reporting states nothing.
  const quoted = parseGraphData(
    minimalWith('entities.json', (v) => {
      v['entities']?.push({
        id: 'analyst',
        label: 'An analyst',
        kind: 'person',
        aliases: [],
        description: 'A quoted analyst.',
        citations: [{ source: 'doc-1', paragraph: 2 }],
      });
    }).map((f) =>
      f.path.endsWith('relations.json')
        ? {
            ...f,
            text: f.text.replace(
              '"assertedBy": ["daily"], "date"',
              '"assertedBy": ["analyst"], "date"',
            ),
          }
        : f,
    ),
  );

  it('links each speaker other than the outlet to both ends of what they state', () => {
    const graph = buildGraph(quoted);
    const links = graph.filterEdges((_e, a) => a.kind === 'states');
    expect(links.sort()).toEqual([
      'analyst--states--acme-chips--develops--a1--object',
      'analyst--states--acme-chips--develops--a1--subject',
    ]);
    expect(graph.source('analyst--states--acme-chips--develops--a1--subject')).toBe('analyst');
    expect(graph.target('analyst--states--acme-chips--develops--a1--subject')).toBe('acme-chips');
    expect(graph.target('analyst--states--acme-chips--develops--a1--object')).toBe('a1');
    expect(
      graph.getEdgeAttributes('analyst--states--acme-chips--develops--a1--object'),
    ).toMatchObject({
      statementOf: 'acme-chips--develops--a1',
      certainty: 'reported',
      assertedBy: ['analyst'],
      citations: [{ source: 'doc-1', paragraph: 2 }],
      date: '2024-05',
      color: STATEMENT_COLOR,
    });
  });

  it('adds no link for the outlet’s own reporting, nor for a speaker who is an end', () => {
    expect(buildGraph(data).filterEdges((_e, a) => a.kind === 'states')).toEqual([]);
    const selfStated = {
      ...quoted,
      relations: quoted.relations.map((r) =>
        r.id === 'acme-chips--develops--a1' ? { ...r, assertedBy: ['acme-chips'] } : r,
      ),
    };
    expect(buildGraph(selfStated).filterEdges((_e, a) => a.kind === 'states')).toEqual([]);
  });
});

describe('buildGraph: how many sources back each relation', () => {
  it('bad input: a relation no second source speaks to counts its one source, no contest', () => {
    const graph = buildGraph(data);
    for (const edge of graph.edges()) {
      expect(graph.getEdgeAttribute(edge, 'sourceCount')).toBe(1);
      expect(graph.getEdgeAttribute(edge, 'contestedBy')).toBeUndefined();
    }
  });

  it('counts supporting sources with the cited ones and contesting ones apart, on relations only', () => {
    const shipped = buildGraph(parseGraphData(readDataDir(SHIPPED_DATA)));
    const relations = parseGraphData(readDataDir(SHIPPED_DATA)).relations;
    let corroborated = 0;
    for (const relation of relations) {
      const backers = new Set(relation.citations.map((c) => c.source));
      const against = new Set<string>();
      for (const c of relation.corroboration ?? [])
        (c.stance === 'contests' ? against : backers).add(c.source);
      if (backers.size > 1) corroborated++;
      expect(shipped.getEdgeAttribute(relation.id, 'sourceCount')).toBe(backers.size);
      expect(shipped.getEdgeAttribute(relation.id, 'contestedBy')).toBe(
        against.size > 0 ? against.size : undefined,
      );
    }
    expect(corroborated).toBeGreaterThanOrEqual(10);
    // A statement is backed where its speaker is cited, not by another source's confirmation.
    shipped.forEachEdge((_edge, a) => {
      if (a.statementOf === undefined) return;
      const stated = relations.find((r) => r.id === a.statementOf);
      expect(a.sourceCount).toBe(new Set(stated?.citations.map((c) => c.source)).size);
      expect(a.corroboration).toBeUndefined();
    });
  });
});
