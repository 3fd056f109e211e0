/**
 * Property-based tests (fast-check): random graphs survive GEXF 1.3, GEXF 1.2draft and JSON round
 * trips; random and mutated files end in a graph or a DataError, never another exception; view
 * state survives the URL.
 */
import fc from 'fast-check';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../src/graph/types';
import { toGexf } from '../../src/io/gexf-write';
import { importGraphFile } from '../../src/io/import';
import { toGraphJson } from '../../src/io/json-write';
import { loadKnowledgeGraph } from '../../src/load';
import { DataError } from '../../src/model/errors';
import { DEFAULT_VIEW_STATE, fromSearchParams, toSearchParams } from '../../src/ui/view-state';
import { SHIPPED_DATA, readDataDir } from '../helpers/data';

/** Text with Unicode, markup and XML-special characters (no control characters: XML forbids them). */
const text = fc
  .array(
    fc.oneof(
      fc.constantFrom('<', '>', '&', '"', "'", '<b>', '&amp;', ']]>', '華為', 'é', '🚀', ' ', 'ß'),
      fc
        .string({ minLength: 1, maxLength: 4 })
        // No control characters or lone surrogates: XML 1.0 cannot carry them.
        .filter((s) => {
          for (let i = 0; i < s.length; i++) {
            const code = s.charCodeAt(i);
            if (code < 0x20 || (code >= 0xd800 && code <= 0xdfff)) return false;
          }
          return true;
        }),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((parts) => parts.join('').trim())
  .filter((s) => s !== '');

interface Spec {
  nodes: { label: string; kind: string; count: number; share: number; tags: string[] }[];
  edges: { s: number; t: number; undirected: boolean; note: string; weight: number }[];
}

const spec: fc.Arbitrary<Spec> = fc
  .record({
    nodes: fc.array(
      fc.record({
        label: text,
        kind: fc.constantFrom('company', 'person', 'entity', 'widget'),
        count: fc.integer({ min: -1000, max: 1000 }),
        // −0 and 0 are one number in a file ("0"): generate the one.
        share: fc
          .double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true })
          .map((v) => (v === 0 ? 0 : v)),
        tags: fc.array(text, { maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 8 },
    ),
    edges: fc.array(
      fc.record({
        s: fc.nat(),
        t: fc.nat(),
        undirected: fc.boolean(),
        note: text,
        weight: fc.integer({ min: 1, max: 9 }),
      }),
      { maxLength: 12 },
    ),
  })
  .map((r) => ({
    nodes: r.nodes,
    // Edge ends index existing nodes: self-loops and parallel edges included.
    edges: r.edges.map((e) => ({ ...e, s: e.s % r.nodes.length, t: e.t % r.nodes.length })),
  }));

/** A graph as another tool would give it: our typed shape, with extra attributes of each type. */
function build(s: Spec): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph();
  graph.replaceAttributes({ name: 'random', description: 'random', sources: [] });
  s.nodes.forEach((n, i) =>
    graph.addNode(`n${i}`, {
      label: n.label,
      kind: n.kind,
      aliases: n.tags,
      description: '',
      citations: [],
      x: i,
      y: -i,
      size: 5,
      color: '#336699',
      degree: 0,
      pagerank: 0,
      betweenness: 0,
      ...({ count: n.count, share: n.share } as object),
    }),
  );
  s.edges.forEach((e, i) =>
    graph.addDirectedEdgeWithKey(`e${i}`, `n${e.s}`, `n${e.t}`, {
      kind: 'related',
      label: 'related',
      claim: e.note,
      citations: [],
      assertedBy: [],
      ...(e.undirected && { undirected: true }),
      size: 1,
      color: '#999999',
      ...({ weight: e.weight } as object),
    }),
  );
  return graph;
}

/** What must survive: nodes with label, kind, aliases and typed attributes; edges with ends, direction, claim. */
function essence(graph: KnowledgeGraph) {
  return {
    nodes: graph.mapNodes((node, a) => {
      const extra = a as unknown as Record<string, unknown>;
      return [node, a.label, a.kind, a.aliases, extra['count'], extra['share']];
    }),
    edges: graph.mapEdges((edge, a, s, t) => [
      edge,
      a.undirected === true ? [s, t].sort().join('–') : `${s}→${t}`,
      a.claim,
    ]),
  };
}

describe('round trips (fast-check)', () => {
  it('random graphs survive GEXF 1.3, GEXF 1.2draft and JSON unchanged', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const graph = build(s);
        const want = essence(graph);
        for (const version of ['1.3', '1.2draft'] as const) {
          const again = importGraphFile('random.gexf', toGexf(graph, { version }));
          expect(essence(again)).toEqual(want);
        }
        const json = importGraphFile('random.json', JSON.stringify(toGraphJson(graph)));
        expect(essence(json)).toEqual(want);
      }),
      // FC_RUNS=2000 npm run test:unit searches harder (the default keeps npm test quick).
      { numRuns: Number(process.env['FC_RUNS'] ?? 60) },
    );
  }, 300_000);
});

describe('hostile input (fast-check)', () => {
  const article = loadKnowledgeGraph(readDataDir(SHIPPED_DATA), { iterations: 0 });
  const gexf = toGexf(article);
  const json = JSON.stringify(toGraphJson(article));

  /** Opens a file; anything but a graph or a DataError fails the property. */
  const opens = (name: string, body: string) => {
    const started = Date.now();
    try {
      importGraphFile(name, body);
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
    }
    expect(Date.now() - started).toBeLessThan(5000);
  };

  it('random text ends in a graph or a DataError', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 400 }),
        fc.constantFrom('x.gexf', 'x.json', 'x'),
        (body, name) => opens(name, body),
      ),
      { numRuns: 300 },
    );
  });

  it('mutated real files (cut, spliced, bytes replaced) end in a graph or a DataError', () => {
    const mutate = (source: string) =>
      fc
        .tuple(fc.nat({ max: source.length }), fc.nat({ max: 200 }), fc.string({ maxLength: 20 }))
        .map(([at, cut, insert]) => source.slice(0, at) + insert + source.slice(at + cut));
    fc.assert(
      fc.property(mutate(gexf), (body) => opens('m.gexf', body)),
      { numRuns: 60 },
    );
    fc.assert(
      fc.property(mutate(json), (body) => opens('m.json', body)),
      { numRuns: 60 },
    );
  });
});

describe('URL state (fast-check)', () => {
  const article = loadKnowledgeGraph(readDataDir(SHIPPED_DATA), { iterations: 0 });
  const ids = article.nodes();
  it('a view state written to a URL reads back the same', () => {
    fc.assert(
      fc.property(
        fc.record({
          selected: fc.option(fc.constantFrom(...ids), { nil: null }),
          by: fc.uniqueArray(fc.constantFrom('borna', 'dylan-patel', 'us-commerce-department')),
          hiddenKinds: fc.uniqueArray(fc.constantFrom('company', 'country', 'domain')),
          asOf: fc.option(fc.integer({ min: 2000, max: 2030 }), { nil: null }),
          hideUndated: fc.boolean(),
          focus: fc.constantFrom(0, 1, 2),
          view: fc.constantFrom('graph', 'table', 'sources', 'perspectives'),
        }),
        (r) => {
          const state = {
            ...DEFAULT_VIEW_STATE,
            ...r,
            by: new Set(r.by),
            hiddenKinds: new Set(r.hiddenKinds),
          };
          const back = fromSearchParams(toSearchParams(state), article);
          expect(back.notices).toEqual([]);
          expect(back.state).toEqual(state);
        },
      ),
      { numRuns: 200 },
    );
  });
});
