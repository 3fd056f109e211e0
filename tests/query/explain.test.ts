import { describe, expect, it } from 'vitest';
import { loadKnowledgeGraph } from '../../src/load';
import { explainPath } from '../../src/query/explain';
import { findPaths } from '../../src/query/paths';
import { SHIPPED_DATA, readDataDir } from '../helpers/data';

const graph = loadKnowledgeGraph(readDataDir(SHIPPED_DATA), { iterations: 0 });

describe('explainPath', () => {
  it('explains a zero-hop path', () => {
    expect(explainPath(graph, { nodes: ['huawei'], edges: [], hops: 0, strength: 1 }).text).toBe(
      'Huawei is the entity itself.',
    );
  });

  it('reads each hop in the relation’s true direction, both ways along the path', () => {
    const path = findPaths(graph, 'us-commerce-department', 'hisilicon', {
      k: 1,
      relations: ['blacklists', 'subsidiary-of'],
    })[0]!;
    const explanation = explainPath(graph, path);
    expect(explanation.text).toBe(
      'U.S. Department of Commerce blacklisted Huawei; HiSilicon is a subsidiary of Huawei.',
    );
    expect(explanation.hops.map((h) => h.reversed)).toEqual([false, true]);
    expect(explanation.hops[1]).toMatchObject({
      from: 'huawei',
      to: 'hisilicon',
      certainty: 'fact',
      citations: [{ source: 'borna-416', paragraph: 6 }],
    });
    const back = explainPath(
      graph,
      findPaths(graph, 'hisilicon', 'us-commerce-department', {
        k: 1,
        relations: ['blacklists', 'subsidiary-of'],
      })[0]!,
    );
    expect(back.text).toBe(
      'HiSilicon is a subsidiary of Huawei; U.S. Department of Commerce blacklisted Huawei.',
    );
    expect(back.hops.map((h) => h.reversed)).toEqual([false, true]);
  });
});
