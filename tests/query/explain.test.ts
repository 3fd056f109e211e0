import { describe, expect, it } from 'vitest';
import { loadKnowledgeGraph } from '../../src/load';
import { explainPath, rankReasons } from '../../src/query/explain';
import { findPaths } from '../../src/query/paths';
import { SHIPPED_DATA, readDataDir } from '../helpers/data';
import { smallGraph } from '../helpers/graphs';

const graph = loadKnowledgeGraph(readDataDir(SHIPPED_DATA), { iterations: 0 });

describe('explainPath', () => {
  it('explains a zero-hop path', () => {
    const [self] = findPaths(graph, 'huawei', 'huawei');
    expect(explainPath(graph, self!).text).toBe('Huawei is the entity itself.');
  });

  it('reads each hop in the relation’s true direction, both ways along the path', () => {
    const relations = ['imposes', 'targets', 'subsidiary-of'];
    const measure = graph.getNodeAttribute('us-export-controls', 'label');
    const path = findPaths(graph, 'us-commerce-department', 'hisilicon', { k: 1, relations })[0]!;
    const explanation = explainPath(graph, path);
    expect(explanation.text).toBe(
      `U.S. Department of Commerce imposes ${measure}; ${measure} targets Huawei; HiSilicon is a subsidiary of Huawei.`,
    );
    expect(explanation.hops.map((h) => h.reversed)).toEqual([false, false, true]);
    expect(explanation.hops[2]).toMatchObject({
      from: 'huawei',
      to: 'hisilicon',
      certainty: 'fact',
      citations: [{ source: 'borna-416', paragraph: 6 }],
    });
    const back = explainPath(
      graph,
      findPaths(graph, 'hisilicon', 'us-commerce-department', { k: 1, relations })[0]!,
    );
    expect(back.text).toBe(
      `HiSilicon is a subsidiary of Huawei; ${measure} targets Huawei; U.S. Department of Commerce imposes ${measure}.`,
    );
    expect(back.hops.map((h) => h.reversed)).toEqual([false, true, true]);
  });

  it('reads a statement link as the speaker’s statement, and lists every relation of a hop', () => {
    const [direct] = findPaths(graph, 'dylan-patel', 'nvidia', { k: 1 });
    const explanation = explainPath(graph, direct!);
    expect(explanation.text).toBe('Dylan Patel states that Huawei competes with Nvidia.');
    expect(explanation.hops[0]).toMatchObject({
      certainty: 'opinion',
      assertedBy: ['Dylan Patel'],
    });
    const [measure] = findPaths(graph, 'huawei', 'us-export-controls', { k: 1 });
    const evidence = explainPath(graph, measure!).hops[0]!.evidence;
    expect(evidence.length).toBeGreaterThanOrEqual(3);
    // Strongest first: the facts (targets, disrupts) before the opinions (has withstood).
    expect(evidence[0]?.certainty).toBe('fact');
    expect(evidence.at(-1)?.certainty).toBe('opinion');
    expect(evidence.map((e) => e.sentence)).toContain(
      `Huawei has withstood ${graph.getNodeAttribute('us-export-controls', 'label')}`,
    );
  });
});

describe('rankReasons: the weakest hop in words', () => {
  it('reads each certainty as a hop: "is reported", "is a claim", "is an opinion"', () => {
    const cases = [
      ['reported', 'its weakest hop is reported'],
      ['claim', 'its weakest hop is a claim'],
      ['opinion', 'its weakest hop is an opinion'],
      ['speculation', 'its weakest hop is speculation'],
      ['fact', 'every hop is a fact'],
    ] as const;
    for (const [certainty, words] of cases) {
      const g = smallGraph(['a', 'b'], [['ab', 'a', 'b', certainty]]);
      const [reason] = rankReasons(g, findPaths(g, 'a', 'b'));
      expect(reason, certainty).toContain(`(${words})`);
    }
  });
});
