import { MultiDirectedGraph, MultiUndirectedGraph } from 'graphology';
import { allSimpleEdgeGroupPaths } from 'graphology-simple-path';
import { describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../src/graph/types';
import { NotFoundError, UsageError } from '../../src/model/errors';
import type { Certainty, EntityKind } from '../../src/model/schema';
import { rankReasons } from '../../src/query/explain';
import {
  CERTAINTY_WEIGHTS,
  allShortestPaths,
  findPaths,
  provenanceWouldConnect,
  resolvePathOptions,
  type GraphPath,
} from '../../src/query/paths';
import { sameEntityMessage } from '../../src/query/options';
import { evidenceShare } from '../../src/query/search';
import { diamond, smallGraph, typedGraph } from '../helpers/graphs';
import { SHIPPED_DATA, readDataDir } from '../helpers/data';
import { loadKnowledgeGraph } from '../../src/load';
import { seededRandom as mulberry32 } from '../../src/layout/layout';

const graph = diamond();
const edgesOf = (paths: readonly { edges: readonly string[] }[]) =>
  paths.map((p) => p.edges.join(' '));
const nodesOf = (paths: readonly { nodes: readonly string[] }[]) =>
  paths.map((p) => p.nodes.join(' '));

describe('findPaths: bad input', () => {
  it('rejects unknown entities and invalid options with clear errors', () => {
    expect(() => findPaths(graph, 'a', 'zz')).toThrow(NotFoundError);
    expect(() => findPaths(graph, 'a', 'd', { k: 0 })).toThrow(
      /k must be a whole number from 1 to 50, got 0/,
    );
    expect(() => findPaths(graph, 'a', 'd', { maxHops: 21 })).toThrow(UsageError);
    expect(() => findPaths(graph, 'a', 'd', { relations: ['loves'] })).toThrow(
      /unknown relation kind "loves"/,
    );
    expect(() => findPaths(graph, 'a', 'd', { relations: [] })).toThrow(
      /at least one relation kind/,
    );
    expect(() => findPaths(graph, 'a', 'd', { avoidKinds: ['planet'] })).toThrow(
      /unknown entity kind "planet"/,
    );
    expect(() => findPaths(graph, 'a', 'd', { avoid: ['nope'] })).toThrow(
      /Unknown entity to avoid "nope"/,
    );
    expect(() => findPaths(graph, 'a', 'd', { avoid: ['a'] })).toThrow(/cannot also be avoided/);
    expect(() => findPaths(graph, 'a', 'd', { asOf: 'July 2025' })).toThrow(/asOf must be a date/);
    expect(() => findPaths(graph, 'a', 'd', { by: [] })).toThrow(/at least one asserter/);
    expect(() => findPaths(graph, 'a', 'd', { by: ['ghost'] })).toThrow(/Unknown asserter "ghost"/);
  });
});

describe('findPaths', () => {
  it('finds the shortest path, the strongest of equal length first', () => {
    expect(edgesOf(findPaths(graph, 'a', 'd', { k: 1 }))).toEqual(['ab bd']);
  });

  it('gives k different entity sequences; parallel relations are evidence for one hop', () => {
    const paths = findPaths(graph, 'a', 'd', { k: 5 });
    expect(nodesOf(paths)).toEqual(['a b d', 'a c d', 'a e f d']);
    expect(edgesOf(paths)).toEqual(['ab bd', 'ac cd', 'ae ef fd']);
    expect(paths[0]?.evidence).toEqual([['ab', 'ab2'], ['bd']]);
    expect(paths.map((p) => p.hops)).toEqual([2, 2, 3]);
    expect(paths.map((p) => p.strength)).toEqual([1, 0.3, 1]);
  });

  it('returns no path for unconnected entities, one zero-hop path for the same entity', () => {
    expect(findPaths(graph, 'a', 'h')).toEqual([]);
    const [self] = findPaths(graph, 'b', 'b');
    expect(self).toMatchObject({ nodes: ['b'], edges: [], hops: 0, strength: 1 });
  });

  it('ignores direction by default, follows it when asked', () => {
    expect(edgesOf(findPaths(graph, 'g', 'a', { k: 1 }))).toEqual(['dg bd ab']);
    expect(findPaths(graph, 'g', 'a', { directed: true })).toEqual([]);
    expect(edgesOf(findPaths(graph, 'a', 'g', { directed: true, k: 1 }))).toEqual(['ab bd dg']);
  });

  it('keeps to maxHops', () => {
    expect(findPaths(graph, 'a', 'g', { maxHops: 2 })).toEqual([]);
    expect(findPaths(graph, 'a', 'd', { maxHops: 2, k: 10 })).toHaveLength(2);
  });

  it('filters by relation kind, avoided entities and kinds, and "as of" date', () => {
    expect(edgesOf(findPaths(graph, 'a', 'd', { relations: ['subsidiary-of'] }))).toEqual([
      'ae ef fd',
    ]);
    expect(edgesOf(findPaths(graph, 'a', 'd', { avoid: ['b'], k: 5 }))).toEqual([
      'ac cd',
      'ae ef fd',
    ]);
    expect(findPaths(graph, 'a', 'd', { avoidKinds: ['company'] })).toEqual([]);
    // The dated detour (2024) is out as of 2023, in as of mid-2024.
    expect(edgesOf(findPaths(graph, 'a', 'd', { asOf: '2023', k: 5 }))).toEqual(['ab bd', 'ac cd']);
    expect(findPaths(graph, 'a', 'd', { asOf: '2024-06', k: 5 })).toHaveLength(3);
  });

  it('returns simple paths only (no node twice)', () => {
    const ring = smallGraph(
      ['p', 'q', 'r', 's'],
      [
        ['pq', 'p', 'q'],
        ['qr', 'q', 'r'],
        ['rs', 'r', 's'],
        ['sp', 's', 'p'],
        ['qs', 'q', 's'],
      ],
    );
    const paths = findPaths(ring, 'p', 'r', { k: 10 });
    for (const path of paths) expect(new Set(path.nodes).size).toBe(path.nodes.length);
    expect(nodesOf(paths)).toEqual(['p q r', 'p s r', 'p q s r', 'p s q r']);
  });

  it('ranks by one measure: k = 1 returns what ranks first among many', () => {
    // fact → speculation → speculation scores 0.09; opinion × 3 scores 0.091: the latter wins.
    const g = smallGraph(
      ['s', 'x1', 'x2', 'y1', 'y2', 't'],
      [
        ['s-x1', 's', 'x1', 'fact'],
        ['x1-x2', 'x1', 'x2', 'speculation'],
        ['x2-t', 'x2', 't', 'speculation'],
        ['s-y1', 's', 'y1', 'opinion'],
        ['y1-y2', 'y1', 'y2', 'opinion'],
        ['y2-t', 'y2', 't', 'opinion'],
      ],
    );
    const all = findPaths(g, 's', 't', { k: 5 });
    expect(nodesOf(all)).toEqual(['s y1 y2 t', 's x1 x2 t']);
    expect(all[0]?.strength).toBeCloseTo(0.45 ** 3);
    expect(nodesOf(findPaths(g, 's', 't', { k: 1 }))).toEqual(['s y1 y2 t']);
    expect(rankReasons(g, all)[1]).toMatch(/weaker evidence: 0\.09 against 0\.09.*speculation/);
  });
});

describe('topic hubs, layers and perspectives', () => {
  const g = typedGraph(
    [
      ['cm', 'system'],
      ['gpt', 'ai-model'],
      ['llm', 'domain'],
      ['huawei', 'company'],
      ['openai', 'company'],
      ['analyst', 'person'],
      ['city', 'place'],
    ],
    [
      ['cm-llm', 'designed-for', 'cm', 'llm', 'fact'],
      ['gpt-llm', 'instance-of', 'gpt', 'llm', 'fact'],
      ['huawei-cm', 'develops', 'huawei', 'cm', 'fact'],
      ['openai-gpt', 'develops', 'openai', 'gpt', 'fact'],
      ['huawei-openai', 'competes-with', 'huawei', 'openai', 'speculation'],
      ['analyst-news', 'quoted-in', 'analyst', 'news', 'fact'],
      ['news-city', 'based-in', 'news', 'city', 'fact'],
      ['cm-gpt', 'outperforms', 'cm', 'gpt', 'claim', ['analyst']],
    ],
  );

  it('ranks a path through a shared topic after direct ties of equal length, and says so', () => {
    // 3 hops of facts through the topic come after the 2-hop ties. (cm → analyst → gpt would
    // read the analyst's one claim twice, as both halves of his statement: not a path.)
    const three = findPaths(g, 'cm', 'openai', { k: 5, maxHops: 3 });
    expect(nodesOf(three)).toEqual(['cm gpt openai', 'cm huawei openai', 'cm llm gpt openai']);
    expect(three[2]?.topicHubs).toEqual(['llm']);
    const reasons = rankReasons(g, three);
    expect(reasons[2]).toMatch(/shared topic \(LLM\).*after direct ties/);
    expect(reasons[0]).toMatch(/^Best: 2 hops/);
  });

  it('follows a speaker’s statement links, and provenance only when asked', () => {
    expect(edgesOf(findPaths(g, 'analyst', 'gpt', { k: 1 }))).toEqual([
      'analyst--states--cm-gpt--object',
    ]);
    expect(findPaths(g, 'analyst', 'city', { k: 1 })).toEqual([]);
    expect(nodesOf(findPaths(g, 'analyst', 'city', { k: 1, withProvenance: true }))).toEqual([
      'analyst news city',
    ]);
  });

  it('searches one perspective: only relations the chosen asserters make', () => {
    expect(nodesOf(findPaths(g, 'cm', 'openai', { k: 5, by: ['analyst'] }))).toEqual([]);
    // Not also cm → analyst → gpt: that reads his one claim twice.
    expect(nodesOf(findPaths(g, 'cm', 'gpt', { k: 5, by: ['analyst'] }))).toEqual(['cm gpt']);
  });
});

describe('allShortestPaths', () => {
  it('returns every minimum-length entity sequence, best evidence first', () => {
    expect(edgesOf(allShortestPaths(graph, 'a', 'd'))).toEqual(['ab bd', 'ac cd']);
    expect(allShortestPaths(graph, 'a', 'h')).toEqual([]);
  });
});

describe('resolvePathOptions', () => {
  it('fills in the documented defaults', () => {
    expect(resolvePathOptions(graph)).toEqual({
      k: 3,
      maxHops: 6,
      relations: null,
      avoid: [],
      avoidKinds: [],
      directed: false,
      asOf: null,
      withProvenance: false,
      by: null,
    });
  });
});

describe('findPaths against a brute-force oracle', () => {
  const CERTAINTY_LIST = Object.keys(CERTAINTY_WEIGHTS) as Certainty[];

  /** A random multigraph: companies and some topics, parallel edges, random certainties. */
  function randomGraph(seed: number): KnowledgeGraph {
    const random = mulberry32(seed);
    const n = 5 + Math.floor(random() * 5);
    const ids = Array.from({ length: n }, (_, i) => `n${i}`);
    const entities = ids.map((id): [string, EntityKind] => [
      id,
      random() < 0.25 ? 'domain' : 'company',
    ]);
    const kindOf = new Map(entities);
    const relations: Parameters<typeof typedGraph>[1] = [];
    const m = n + Math.floor(random() * n * 1.5);
    for (let i = 0; i < m; i++) {
      const s = ids[Math.floor(random() * n)] ?? 'n0';
      const t = ids[Math.floor(random() * n)] ?? 'n0';
      if (s === t) continue;
      // Domain and range must hold: company → company competes; anything → domain is a topic link.
      const toDomain = kindOf.get(t) === 'domain';
      if (kindOf.get(s) === 'domain') continue;
      const certainty = CERTAINTY_LIST[Math.floor(random() * CERTAINTY_LIST.length)] ?? 'fact';
      relations.push([`e${i}`, toDomain ? 'operates-in' : 'competes-with', s, t, certainty]);
    }
    return typedGraph(entities, relations);
  }

  /**
   * A random graph with a speaker: some of its relations are asserted by a person, so the graph
   * derives statement links from the person to both ends of each (one remark, three edges).
   */
  function randomGraphWithSpeaker(seed: number): KnowledgeGraph {
    const random = mulberry32(seed);
    const n = 4 + Math.floor(random() * 4);
    const ids = Array.from({ length: n }, (_, i) => `n${i}`);
    const entities: [string, EntityKind][] = [
      ...ids.map((id): [string, EntityKind] => [id, 'company']),
      ['p', 'person'],
    ];
    const relations: Parameters<typeof typedGraph>[1] = [];
    const m = n + Math.floor(random() * n);
    for (let i = 0; i < m; i++) {
      const s = ids[Math.floor(random() * n)] ?? 'n0';
      const t = ids[Math.floor(random() * n)] ?? 'n0';
      if (s === t) continue;
      const certainty = CERTAINTY_LIST[Math.floor(random() * CERTAINTY_LIST.length)] ?? 'fact';
      relations.push([
        `e${i}`,
        'competes-with',
        s,
        t,
        certainty,
        random() < 0.5 ? ['p'] : undefined,
      ]);
    }
    return typedGraph(entities, relations);
  }

  /**
   * Independent cost: hops first, then interior topics, then −Σ ln(weight per hop), each hop
   * reading one relation and no remark read twice (a statement link and its relation, or two
   * links of one statement, are one remark), the strongest such reading; a path that has none is
   * no path.
   */
  function oracle(
    g: KnowledgeGraph,
    from: string,
    to: string,
    directed: boolean,
    maxHops: number,
    keepUnreadable = false,
  ) {
    const view = directed ? new MultiDirectedGraph() : new MultiUndirectedGraph();
    g.forEachNode((node) => view.addNode(node));
    g.forEachEdge((edge, _a, s, t) => view.addEdgeWithKey(edge, s, t));
    return allSimpleEdgeGroupPaths(view, from, to, { maxDepth: maxHops })
      .map((groups) => {
        const nodes = [from];
        for (const group of groups) {
          const last = nodes[nodes.length - 1] ?? from;
          const edge = group[0] ?? '';
          nodes.push(g.source(edge) === last ? g.target(edge) : g.source(edge));
        }
        const weight = (e: string) =>
          CERTAINTY_WEIGHTS[g.getEdgeAttribute(e, 'certainty') ?? 'claim'];
        const remark = (e: string) => g.getEdgeAttribute(e, 'statementOf') ?? e;
        // Every reading: one relation per hop; the best with distinct remarks.
        let best = -Infinity;
        const choose = (i: number, used: readonly string[], sum: number) => {
          if (i === groups.length) {
            best = Math.max(best, sum);
            return;
          }
          for (const e of groups[i] ?? [])
            if (!used.includes(remark(e)))
              choose(i + 1, [...used, remark(e)], sum + Math.log(weight(e)));
        };
        choose(0, [], 0);
        const hubs = nodes.slice(1, -1).filter((n) => g.getNodeAttribute(n, 'kind') === 'domain');
        return { nodes: nodes.join(' '), key: [groups.length, hubs.length, -best] as const };
      })
      .filter((path) => keepUnreadable || Number.isFinite(path.key[2]))
      .sort((x, y) => x.key[0] - y.key[0] || x.key[1] - y.key[1] || x.key[2] - y.key[2]);
  }

  it('returns the k best distinct entity sequences, in the oracle’s order, on random graphs', () => {
    let compared = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const g = randomGraph(seed);
      const nodes = g.nodes().filter((n) => n !== 'news');
      const random = mulberry32(seed * 7919);
      const from = nodes[Math.floor(random() * nodes.length)] ?? 'n0';
      const to = nodes[Math.floor(random() * nodes.length)] ?? 'n1';
      if (from === to) continue;
      const directed = random() < 0.3;
      const maxHops = 2 + Math.floor(random() * 4);
      const k = 1 + Math.floor(random() * 6);
      const expected = oracle(g, from, to, directed, maxHops);
      const found: GraphPath[] = findPaths(g, from, to, { k, directed, maxHops });
      expect(found.length, `seed ${seed}`).toBe(Math.min(k, expected.length));
      expect(new Set(nodesOf(found)).size).toBe(found.length);
      const valid = new Set(expected.map((e) => e.nodes));
      found.forEach((path, i) => {
        const want = expected[i];
        expect(valid.has(path.nodes.join(' ')), `seed ${seed}: ${path.nodes.join(' ')}`).toBe(true);
        expect(path.hops, `seed ${seed} #${i}`).toBe(want?.key[0]);
        expect(path.topicHubs.length, `seed ${seed} #${i}`).toBe(want?.key[1]);
        expect(-Math.log(path.strength), `seed ${seed} #${i}`).toBeCloseTo(want?.key[2] ?? NaN, 9);
      });
      compared += found.length;
    }
    expect(compared).toBeGreaterThan(250);
  });

  it('never reads one remark twice, and still returns the oracle’s k best, on graphs with a speaker', () => {
    let compared = 0;
    let excluded = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const g = randomGraphWithSpeaker(seed);
      const nodes = g.nodes().filter((n) => n !== 'news');
      const random = mulberry32(seed * 104729);
      const from = nodes[Math.floor(random() * nodes.length)] ?? 'n0';
      const to = nodes[Math.floor(random() * nodes.length)] ?? 'n1';
      if (from === to) continue;
      const maxHops = 2 + Math.floor(random() * 3);
      const k = 1 + Math.floor(random() * 6);
      const expected = oracle(g, from, to, false, maxHops);
      const found = findPaths(g, from, to, { k, maxHops });
      expect(found.length, `seed ${seed}`).toBe(Math.min(k, expected.length));
      found.forEach((path, i) => {
        const remarks = path.edges.map((e) => g.getEdgeAttribute(e, 'statementOf') ?? e);
        expect(new Set(remarks).size, `seed ${seed}: ${path.edges.join(' ')}`).toBe(remarks.length);
        expect(path.hops, `seed ${seed} #${i}`).toBe(expected[i]?.key[0]);
        expect(-Math.log(path.strength), `seed ${seed} #${i}`).toBeCloseTo(
          expected[i]?.key[2] ?? NaN,
          9,
        );
      });
      compared += found.length;
      // Sequences the plain search would return that read a remark twice.
      excluded += oracle(g, from, to, false, maxHops, true).length - expected.length;
    }
    expect(compared).toBeGreaterThan(200);
    // The rule had work to do: many sequences could only be read by repeating a remark.
    expect(excluded).toBeGreaterThan(50);
  });
});

describe('provenanceWouldConnect', () => {
  const g = typedGraph(
    [
      ['analyst', 'person'],
      ['city', 'place'],
      ['huawei', 'company'],
      ['lone', 'company'],
    ],
    [
      ['analyst-news', 'quoted-in', 'analyst', 'news', 'fact'],
      ['news-city', 'based-in', 'news', 'city', 'fact'],
      ['huawei-city', 'based-in', 'huawei', 'city', 'fact'],
    ],
  );

  it('rejects unknown entities as findPaths does', () => {
    expect(() => provenanceWouldConnect(g, 'analyst', 'atlantis')).toThrow(NotFoundError);
  });

  it('is true only when provenance alone would connect the two', () => {
    expect(findPaths(g, 'analyst', 'city')).toEqual([]);
    expect(provenanceWouldConnect(g, 'analyst', 'city')).toBe(true);
    // Not connected even through provenance: suggesting it would not help.
    expect(provenanceWouldConnect(g, 'analyst', 'lone')).toBe(false);
    // Under the query's other options: within 1 hop, provenance does not reach either.
    expect(provenanceWouldConnect(g, 'analyst', 'city', { maxHops: 1 })).toBe(false);
    // Already included, or one entity at both ends: nothing to suggest.
    expect(provenanceWouldConnect(g, 'analyst', 'city', { withProvenance: true })).toBe(false);
    expect(provenanceWouldConnect(g, 'analyst', 'analyst')).toBe(false);
  });
});

describe('sameEntityMessage', () => {
  it('names the entity and asks for two', () => {
    expect(sameEntityMessage('Huawei')).toBe(
      'From and to are the same entity (Huawei): name two different entities to find how they are connected.',
    );
  });
});

describe('one remark counts once, on the article', () => {
  const article = loadKnowledgeGraph(readDataDir(SHIPPED_DATA), { iterations: 0 });
  it.each([
    ['russia', 'nvidia'],
    ['dylan-patel', 'nvidia'],
    ['huawei', 'nvidia'],
    ['chip-4', 'huawei'],
    ['us-commerce-department', 'ascend-910c'],
  ])('no path of the top 5 from %s to %s reads one remark twice', (from, to) => {
    const paths = findPaths(article, from, to, { k: 5 });
    expect(paths.length).toBeGreaterThan(1);
    for (const path of paths) {
      const remark = (e: string) => article.getEdgeAttribute(e, 'statementOf') ?? e;
      const remarks = path.edges.map(remark);
      expect(new Set(remarks).size, path.nodes.join(' → ')).toBe(remarks.length);
      // Nor as another hop's further evidence ("also: …"): each remark belongs to one hop.
      path.evidence.forEach((list, i) => {
        const others = new Set(remarks.filter((_, j) => j !== i));
        for (const e of list)
          expect(others.has(remark(e)), `${path.nodes.join(' → ')}: ${e}`).toBe(false);
      });
    }
  });
});

describe('corroborated evidence', () => {
  /** Two two-hop paths a → b → d and a → c → d, all opinions; b → d gets a second source. */
  function twoOpinions(stance: 'supports' | 'contests' | null) {
    const g = smallGraph(
      ['a', 'b', 'c', 'd'],
      [
        ['a--develops--b', 'a', 'b', 'opinion'],
        ['b--develops--d', 'b', 'd', 'opinion'],
        ['a--develops--c', 'a', 'c', 'opinion'],
        ['c--develops--d', 'c', 'd', 'opinion'],
      ],
    );
    if (stance !== null)
      g.setEdgeAttribute('b--develops--d', 'corroboration', [
        { source: 'other', paragraph: 2, stance, note: 'Another report says as much.' },
      ]);
    return g;
  }

  it('bad input: a corroboration by the source already cited changes nothing', () => {
    const g = twoOpinions(null);
    g.setEdgeAttribute('b--develops--d', 'corroboration', [
      { source: 'doc', paragraph: 3, stance: 'supports', note: 'Said again further on.' },
    ]);
    expect(evidenceShare(g.getEdgeAttributes('b--develops--d'))).toBe(CERTAINTY_WEIGHTS.opinion);
  });

  it('ranks a path whose hop another source supports first, and says why', () => {
    const plain = findPaths(twoOpinions(null), 'a', 'd', { k: 2 });
    // Without corroboration the two tie and are listed by name: b before c.
    expect(plain.map((p) => p.nodes[1])).toEqual(['b', 'c']);
    const g = twoOpinions('supports');
    expect(evidenceShare(g.getEdgeAttributes('b--develops--d'))).toBeCloseTo(0.725);
    const backed = findPaths(g, 'a', 'd', { k: 2 });
    expect(backed.map((p) => p.nodes[1])).toEqual(['b', 'c']);
    expect(backed[0]?.strength).toBeGreaterThan(backed[1]?.strength ?? 1);
    expect(rankReasons(g, backed)[0]).toMatch(/1 hop backed by more than one source/);
  });

  it('ranks a path whose hop a source contests last, and says why', () => {
    const g = twoOpinions('contests');
    const paths = findPaths(g, 'a', 'd', { k: 2 });
    expect(paths.map((p) => p.nodes[1])).toEqual(['c', 'b']);
    expect(rankReasons(g, paths)[1]).toMatch(/weaker evidence.*1 hop contested by a source/);
  });
});
