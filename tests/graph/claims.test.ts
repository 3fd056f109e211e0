import { describe, expect, it } from 'vitest';
import { asserterCounts, claimsMadeBy, perspectivesOn, quotedClaims } from '../../src/graph/claims';
import { loadKnowledgeGraph } from '../../src/load';
import { SHIPPED_DATA, readDataDir } from '../helpers/data';

const graph = loadKnowledgeGraph(readDataDir(SHIPPED_DATA), { iterations: 0 });
const ANALYST = 'borna-416--global-times-analyst';

describe('claims: bad input', () => {
  it('answers nothing for an unknown entity rather than throwing', () => {
    expect(claimsMadeBy(graph, 'nobody')).toEqual([]);
    expect(quotedClaims(graph, 'nobody')).toEqual([]);
  });
});

describe('claimsMadeBy', () => {
  it('lists what a speaker asserts, never the derived statement links', () => {
    const patel = claimsMadeBy(graph, 'dylan-patel');
    expect(patel.length).toBeGreaterThanOrEqual(2);
    expect(patel).toContain('huawei--competes-with--nvidia');
    for (const edge of patel) {
      expect(graph.getEdgeAttribute(edge, 'kind')).not.toBe('states');
      expect(graph.getEdgeAttribute(edge, 'assertedBy')).toContain('dylan-patel');
    }
  });

  it('answers as walking every relation would, and sees relations added since', () => {
    for (const who of graph.nodes())
      expect(claimsMadeBy(graph, who)).toEqual(
        graph.filterEdges((_e, a) => a.kind !== 'states' && a.assertedBy.includes(who)),
      );
    const copy = loadKnowledgeGraph(readDataDir(SHIPPED_DATA), { iterations: 0 });
    const before = claimsMadeBy(copy, 'dylan-patel').length;
    const added = copy.addDirectedEdge('huawei', 'nvidia', {
      ...copy.getEdgeAttributes('huawei--competes-with--nvidia'),
      assertedBy: ['dylan-patel'],
    });
    expect(claimsMadeBy(copy, 'dylan-patel')).toHaveLength(before + 1);
    expect(claimsMadeBy(copy, 'dylan-patel')).toContain(added);
  });
});

describe('quotedClaims', () => {
  it('gives an outlet the claims of the people quoted in it', () => {
    const globalTimes = quotedClaims(graph, 'global-times');
    expect(globalTimes.map((s) => s.speaker)).toEqual([ANALYST]);
    expect(globalTimes[0]?.claims.length).toBeGreaterThan(0);
    expect(quotedClaims(graph, 'borna').map((s) => s.speaker)).toContain('dylan-patel');
    expect(quotedClaims(graph, 'huawei')).toEqual([]);
  });
});

describe('perspectivesOn', () => {
  it('groups an entity’s relations by asserter, the largest group first', () => {
    const groups = perspectivesOn(graph, 'cloudmatrix-384');
    const speakers = groups.map((g) => g.speaker);
    expect(speakers[0]).toBe('borna');
    expect(speakers).toContain(ANALYST);
    for (const { speaker, claims } of groups)
      for (const edge of claims)
        expect(graph.getEdgeAttribute(edge, 'assertedBy')).toContain(speaker);
    const sizes = groups.map((g) => g.claims.length);
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
  });

  it('counts every asserter', () => {
    const counts = new Map(asserterCounts(graph).map((c) => [c.id, c.count]));
    expect(counts.get('dylan-patel')).toBe(claimsMadeBy(graph, 'dylan-patel').length);
    expect(counts.get('borna-416--global-times-analyst')).toBeGreaterThanOrEqual(1);
    // General knowledge is no one's: it counts for no asserter, the outlet included.
    expect(counts.get('us-commerce-department')).toBeUndefined();
  });
});
