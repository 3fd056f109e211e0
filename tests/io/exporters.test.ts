/**
 * Every exporter, fed labels and claims made of what breaks writers (quotes, backslashes, line
 * breaks, `<`, `&`, CDATA ends, formula prefixes, tabs, astral characters), read back by its real
 * reader: networkx for GEXF and GraphML, Python's csv module for CSV, the statements' own parser for
 * Cypher, `JSON.parse` for JSON. Each must give back the same strings (CSV: with formula-like cells
 * neutralised, as the writer promises).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build';
import type { KnowledgeGraph } from '../../src/graph/types';
import { neutraliseFormula, toCsv } from '../../src/io/csv-write';
import { toCypher } from '../../src/io/cypher-write';
import { toGexf } from '../../src/io/gexf-write';
import { toGraphml } from '../../src/io/graphml-write';
import { toGraphJson } from '../../src/io/json-write';
import { readCypher } from '../helpers/cypher';
import { CI, networkxVersion, PROCESS_TIMEOUT_MS, python, tempFile } from '../helpers/gexf';

const PIECES = [
  '"',
  "'",
  '\\',
  '\n',
  '\t',
  '<',
  '>',
  '&',
  '&amp;',
  ']]>',
  '=',
  '+',
  '-',
  '@',
  ',',
  ';',
  '`',
  ' ',
  'a',
  'Z',
  '7',
  '华为',
  '𝕏',
  '😀',
  'é',
] as const;
const hostileText = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(''));
const RUNS = Number(process.env['FC_RUNS'] ?? 3);

/** A graph whose entity labels and relation claims are the given texts (a chain of relations). */
function graphOf(texts: readonly string[]): KnowledgeGraph {
  const citations = [{ source: 'doc', paragraph: 1 }];
  const ids = texts.map((_, i) => `n${String(i)}`);
  return buildGraph({
    sources: [
      {
        id: 'doc',
        title: 'Doc',
        outlet: 'news',
        published: '2025-01-01',
        language: 'en',
        paragraphs: 1,
      },
    ],
    entities: [
      {
        id: 'news',
        label: 'News',
        kind: 'news-outlet',
        aliases: [],
        description: 'd',
        citations,
      },
      ...texts.map((label, i) => ({
        id: ids[i] ?? '',
        label,
        kind: 'company' as const,
        aliases: [],
        description: label,
        citations,
      })),
    ],
    relations: ids.slice(1).map((id, i) => ({
      id: `r${String(i)}`,
      kind: 'develops' as const,
      source: ids[i] ?? '',
      target: id,
      claim: texts[i + 1] ?? '',
      citations,
      certainty: 'fact' as const,
      assertedBy: ['news'],
    })),
  });
}

/** Node labels and edge claims as a reader should give them back. */
function expected(graph: KnowledgeGraph) {
  return {
    labels: Object.fromEntries(graph.mapNodes((node, a) => [node, a.label])),
    claims: Object.fromEntries(graph.mapEdges((edge, a) => [edge, a.claim])),
  };
}

/** Python that reads a file with networkx and prints {labels, claims} as JSON. */
const NETWORKX_READER = (read: string) => `import sys, json, networkx as nx
g = nx.${read}(sys.argv[1])
labels = {n: d.get('label') for n, d in g.nodes(data=True)}
edges = g.edges(keys=True, data=True) if g.is_multigraph() else ((u, v, None, d) for u, v, d in g.edges(data=True))
claims = {d.get('id', k): d.get('claim') for u, v, k, d in edges}
print(json.dumps({"labels": labels, "claims": claims}))`;

const interpreter = networkxVersion('/usr/bin/python3') !== null ? '/usr/bin/python3' : 'python3';
const hasNetworkx = networkxVersion(interpreter) !== null;

describe('every exporter gives back hostile text through its real reader', () => {
  it('rejects nothing silently: a reader that changes a label is caught', () => {
    // The comparison itself: a label that lost its line break is not equal.
    const graph = graphOf(['a\nb', 'c']);
    const back = JSON.parse(JSON.stringify(toGraphJson(graph))) as {
      nodes: { key: string; attributes: { label: string } }[];
    };
    const labels = Object.fromEntries(back.nodes.map((n) => [n.key, n.attributes.label]));
    expect({ ...labels, n0: 'a b' }).not.toEqual(expected(graph).labels);
  });

  it('JSON (JSON.parse) and Cypher (its statements parsed)', () => {
    fc.assert(
      fc.property(fc.array(hostileText, { minLength: 2, maxLength: 30 }), (texts) => {
        const graph = graphOf(texts);
        const want = expected(graph);
        const json = JSON.parse(JSON.stringify(toGraphJson(graph))) as {
          nodes: { key: string; attributes: { label: string } }[];
          edges: { key: string; attributes: { claim: string } }[];
        };
        expect(Object.fromEntries(json.nodes.map((n) => [n.key, n.attributes.label]))).toEqual(
          want.labels,
        );
        expect(Object.fromEntries(json.edges.map((e) => [e.key, e.attributes.claim]))).toEqual(
          want.claims,
        );
        const cypher = readCypher(toCypher(graph));
        for (const [node, label] of Object.entries(want.labels))
          expect(cypher.nodes.get(node)?.props['label']).toBe(label);
        for (const rel of cypher.rels)
          expect(rel.props['claim']).toBe(want.claims[String(rel.props['id'])]);
      }),
      { numRuns: RUNS * 20 },
    );
  });

  it.runIf(hasNetworkx || CI)(
    'GEXF 1.2draft and GraphML (networkx 2.8 reads no GEXF 1.3), CSV (Python csv)',
    () => {
      fc.assert(
        fc.property(fc.array(hostileText, { minLength: 2, maxLength: 30 }), (texts) => {
          const graph = graphOf(texts);
          const want = expected(graph);
          const viaNetworkx = (file: string, text: string, read: string) =>
            JSON.parse(python(interpreter, NETWORKX_READER(read), tempFile(file, text))) as unknown;
          expect(
            viaNetworkx('g.gexf', toGexf(graph, { version: '1.2draft' }), 'read_gexf'),
          ).toEqual(want);
          expect(viaNetworkx('g.graphml', toGraphml(graph), 'read_graphml')).toEqual(want);
          const { nodes } = toCsv(graph);
          const csvLabels = JSON.parse(
            python(
              interpreter,
              `import sys, csv, json
with open(sys.argv[1], newline='', encoding='utf-8') as f:
    print(json.dumps({r['Id']: r['Label'] for r in csv.DictReader(f)}))`,
              tempFile('nodes.csv', nodes),
            ),
          ) as unknown;
          expect(csvLabels).toEqual(
            Object.fromEntries(
              Object.entries(want.labels).map(([node, label]) => [node, neutraliseFormula(label)]),
            ),
          );
        }),
        { numRuns: RUNS },
      );
    },
    PROCESS_TIMEOUT_MS * 2,
  );
});
