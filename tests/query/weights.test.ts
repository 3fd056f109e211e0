/**
 * Paths in imported graphs: ranked by their ties' weights where the edges carry weights that vary
 * (Gephi's and networkx's co-occurrence counts, tie strengths), by hops alone where they carry
 * neither weights nor certainty; the article graph keeps its evidence ranking.
 */
import { MultiDirectedGraph, MultiUndirectedGraph } from 'graphology';
import { allSimpleEdgeGroupPaths } from 'graphology-simple-path';
import { describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../src/graph/types';
import { importGraphFile } from '../../src/io/import';
import { seededRandom } from '../../src/layout/layout';
import { loadKnowledgeGraph } from '../../src/load';
import { explainPath, rankReasons } from '../../src/query/explain';
import { allShortestPaths, findPaths } from '../../src/query/paths';
import { pathRanking } from '../../src/query/search';
import { SHIPPED_DATA, readDataDir } from '../helpers/data';
import { diamond } from '../helpers/graphs';

/** A GEXF 1.3 file: edges as [source, target, weight (or none)], undirected unless told. */
function gexf(
  nodes: readonly string[],
  edges: readonly (readonly [string, string, number | null])[],
  type: 'undirected' | 'directed' = 'undirected',
): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    `  <graph defaultedgetype="${type}">`,
    '    <nodes>',
    ...nodes.map((id) => `      <node id="${id}" label="${id.toUpperCase()}"/>`),
    '    </nodes>',
    '    <edges>',
    ...edges.map(
      ([s, t, w], i) =>
        `      <edge id="e${i}" source="${s}" target="${t}"${w === null ? '' : ` weight="${w}"`}/>`,
    ),
    '    </edges>',
    '  </graph>',
    '</gexf>',
  ].join('\n');
}

const nodesOf = (paths: readonly { nodes: readonly string[] }[]) =>
  paths.map((p) => p.nodes.join(' '));

/**
 * s → t in 2 hops three ways and in 3 hops one way. By name, "s a t" would come first; by weight:
 * through h (31 then 20: 0.65 of the heaviest), through m (no weight, so the lightest, 3, then 31:
 * 0.097), through a (3 then 20: 0.062); the 3-hop path of heaviest ties still ranks last. s–h has
 * a light parallel edge written first, so file order alone would make the hop read it.
 */
const WEIGHTED = gexf(
  ['s', 'a', 'h', 'm', 't', 'x', 'y'],
  [
    ['s', 'a', 3],
    ['a', 't', 20],
    ['s', 'h', 5],
    ['s', 'h', 31],
    ['h', 't', 20],
    ['s', 'm', null],
    ['m', 't', 31],
    ['s', 'x', 31],
    ['x', 'y', 31],
    ['y', 't', 31],
  ],
);

describe('paths in a weighted imported graph: bad input and edge cases', () => {
  it('counts an edge without a weight as the lightest, and never as heavier than a weighed one', () => {
    const graph = importGraphFile('weighted.gexf', WEIGHTED);
    expect(pathRanking(graph)).toBe('weight');
    const paths = findPaths(graph, 's', 't', { k: 5 });
    expect(nodesOf(paths)).toEqual(['s h t', 's m t', 's a t', 's x y t']);
    // Strength: the product of each tie's weight over the heaviest (31).
    expect(paths[0]?.strength).toBeCloseTo((31 / 31) * (20 / 31), 9);
    expect(paths[1]?.strength).toBeCloseTo((3 / 31) * (31 / 31), 9);
    expect(paths[2]?.strength).toBeCloseTo((3 / 31) * (20 / 31), 9);
    expect(paths[3]?.strength).toBeCloseTo(1, 9);
  });

  it('ranks by hops alone where every weight is equal (Gephi writes weight="1.0" on every edge)', () => {
    const ones = importGraphFile(
      'ones.gexf',
      gexf(
        ['s', 'a', 'b', 't'],
        [
          ['s', 'b', 1],
          ['b', 't', 1],
          ['s', 'a', 1],
          ['a', 't', 1],
        ],
      ),
    );
    expect(pathRanking(ones)).toBe('hops');
    expect(nodesOf(findPaths(ones, 's', 't', { k: 5 }))).toEqual(['s a t', 's b t']);
  });

  it('survives zero and negative weights: they count as the lightest, no path is lost', () => {
    const odd = importGraphFile(
      'odd.gexf',
      gexf(
        ['s', 'a', 'b', 'c', 't'],
        [
          ['s', 'a', 0],
          ['a', 't', 10],
          ['s', 'b', -4],
          ['b', 't', 10],
          ['s', 'c', 2],
          ['c', 't', 10],
        ],
      ),
    );
    expect(pathRanking(odd)).toBe('weight');
    const paths = findPaths(odd, 's', 't', { k: 5 });
    expect(nodesOf(paths)[0]).toBe('s c t');
    expect(paths).toHaveLength(3);
    for (const path of paths) expect(Number.isFinite(path.cost)).toBe(true);
  });

  it('keeps the evidence ranking wherever relations record a certainty', () => {
    expect(pathRanking(diamond())).toBe('evidence');
    const article = loadKnowledgeGraph(readDataDir(SHIPPED_DATA), { iterations: 0 });
    expect(pathRanking(article)).toBe('evidence');
  });
});

describe('paths in a weighted imported graph', () => {
  const graph = importGraphFile('weighted.gexf', WEIGHTED);

  it('ranks the heavy 2-hop path above the light one, with k = 1 as with k = 5', () => {
    expect(nodesOf(findPaths(graph, 's', 't', { k: 1 }))).toEqual(['s h t']);
    expect(nodesOf(findPaths(graph, 't', 's', { k: 1 }))).toEqual(['t h s']);
    expect(nodesOf(allShortestPaths(graph, 's', 't'))).toEqual(['s h t', 's m t', 's a t']);
  });

  it('reads each hop through its heaviest tie, the others after it', () => {
    const [best] = findPaths(graph, 's', 't', { k: 1 });
    expect(best?.evidence[0]).toEqual(['e3', 'e2']);
    expect(explainPath(graph, best!).hops[0]).toMatchObject({ edge: 'e3', weight: 31 });
  });

  it('says why in terms of ties and weights, never evidence strength or certainty', () => {
    const reasons = rankReasons(graph, findPaths(graph, 's', 't', { k: 5 }));
    expect(reasons[0]).toBe(
      'Best: 2 hops; strongest ties: its weakest tie weighs 20 (of at most 31); tie strength 0.65, the product of each tie’s weight ÷ 31.',
    );
    expect(reasons[1]).toBe(
      '2 hops like #1, weaker ties: tie strength 0.097 against 0.65 (its weakest tie has no weight, counted as the lightest, 3).',
    );
    expect(reasons[2]).toBe(
      '2 hops like #2, weaker ties: tie strength 0.062 against 0.097 (its weakest tie weighs 3, of at most 31).',
    );
    expect(reasons[3]).toBe(
      '3 hops, 1 more hop than #3; tie strength 1.00 (its weakest tie weighs 31, of at most 31).',
    );
    for (const reason of reasons) expect(reason).not.toMatch(/evidence|unrated|certain|fact/);
  });
});

describe('paths in an unweighted imported graph', () => {
  const plain = importGraphFile(
    'plain.gexf',
    gexf(
      ['s', 'a', 'b', 't', 'x'],
      [
        ['s', 'a', null],
        ['a', 't', null],
        ['s', 'b', null],
        ['b', 't', null],
        ['s', 'x', null],
        ['x', 'a', null],
      ],
    ),
  );

  it('ranks by hops, then by name, and says only the hop count', () => {
    expect(pathRanking(plain)).toBe('hops');
    const paths = findPaths(plain, 's', 't', { k: 5 });
    expect(nodesOf(paths)).toEqual(['s a t', 's b t', 's x a t']);
    const reasons = rankReasons(plain, paths);
    expect(reasons[0]).toBe('Best: 2 hops.');
    expect(reasons[1]).toBe(
      '2 hops like #1; listed by name (the graph records no weights or certainty to rank by).',
    );
    expect(reasons[2]).toBe('3 hops, 1 more hop than #2.');
    for (const reason of reasons) expect(reason).not.toMatch(/evidence|strength|unrated|0\.\d/);
  });
});

describe('weighted ranking against a brute-force oracle', () => {
  /** A random imported graph: 5 to 9 nodes, parallel edges, weights 1 to 40 or none. */
  function randomGexf(seed: number): string {
    const random = seededRandom(seed);
    const n = 5 + Math.floor(random() * 5);
    const ids = Array.from({ length: n }, (_, i) => `n${i}`);
    const edges: [string, string, number | null][] = [];
    const m = n + Math.floor(random() * n * 1.5);
    for (let i = 0; i < m; i++) {
      const s = ids[Math.floor(random() * n)] ?? 'n0';
      const t = ids[Math.floor(random() * n)] ?? 'n0';
      if (s === t) continue;
      edges.push([s, t, random() < 0.15 ? null : 1 + Math.floor(random() * 40)]);
    }
    return gexf(ids, edges, random() < 0.5 ? 'directed' : 'undirected');
  }

  /** Independent cost: hops first, then −Σ ln(heaviest weight per hop ÷ the graph's heaviest). */
  function oracle(g: KnowledgeGraph, from: string, to: string, directed: boolean, maxHops: number) {
    const weightOf = (edge: string) => {
      const a = g.getEdgeAttributes(edge);
      return 'weight' in a && typeof a.weight === 'number' ? a.weight : null;
    };
    const known = g.mapEdges((edge) => weightOf(edge)).filter((w) => w !== null);
    const max = Math.max(...known);
    const min = Math.min(...known);
    const view = directed ? new MultiDirectedGraph() : new MultiUndirectedGraph();
    g.forEachNode((node) => view.addNode(node));
    g.forEachEdge((edge, a, s, t) => {
      if (directed && a.undirected === true) {
        view.addEdgeWithKey(edge, s, t);
        view.addEdgeWithKey(`${edge}~`, t, s);
      } else view.addEdgeWithKey(edge, s, t);
    });
    return allSimpleEdgeGroupPaths(view, from, to, { maxDepth: maxHops })
      .map((groups) => {
        const nodes = [from];
        for (const group of groups) {
          const last = nodes[nodes.length - 1] ?? from;
          const edge = (group[0] ?? '').replace(/~$/, '');
          nodes.push(g.source(edge) === last ? g.target(edge) : g.source(edge));
        }
        const best = groups.map((group) =>
          Math.max(...group.map((e) => (weightOf(e.replace(/~$/, '')) ?? min) / max)),
        );
        return {
          nodes: nodes.join(' '),
          key: [groups.length, -best.reduce((s, w) => s + Math.log(w), 0)] as const,
        };
      })
      .sort((x, y) => x.key[0] - y.key[0] || x.key[1] - y.key[1]);
  }

  it('returns the k best entity sequences, in the oracle’s order, on random weighted graphs', () => {
    let compared = 0;
    for (let seed = 1; seed <= 150; seed++) {
      const g = importGraphFile('random.gexf', randomGexf(seed));
      if (pathRanking(g) !== 'weight') continue;
      const random = seededRandom(seed * 104729);
      const nodes = g.nodes();
      const from = nodes[Math.floor(random() * nodes.length)] ?? 'n0';
      const to = nodes[Math.floor(random() * nodes.length)] ?? 'n1';
      if (from === to) continue;
      const directed = random() < 0.3;
      const maxHops = 2 + Math.floor(random() * 4);
      const k = 1 + Math.floor(random() * 6);
      const expected = oracle(g, from, to, directed, maxHops);
      const found = findPaths(g, from, to, { k, directed, maxHops });
      expect(found.length, `seed ${seed}`).toBe(Math.min(k, expected.length));
      const valid = new Set(expected.map((e) => e.nodes));
      found.forEach((path, i) => {
        const want = expected[i];
        expect(valid.has(path.nodes.join(' ')), `seed ${seed}: ${path.nodes.join(' ')}`).toBe(true);
        expect(path.hops, `seed ${seed} #${i}`).toBe(want?.key[0]);
        expect(-Math.log(path.strength), `seed ${seed} #${i}`).toBeCloseTo(want?.key[1] ?? NaN, 9);
      });
      compared += found.length;
    }
    expect(compared).toBeGreaterThan(100);
  });
});
