/**
 * GraphML and CSV exports, read back by real clients: networkx (both interpreters here) for
 * GraphML, Python's csv module for the spreadsheets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceSupport } from '../../src/graph/describe';
import { csvText, neutraliseFormula, toCsv } from '../../src/io/csv-write';
import { toGraphml } from '../../src/io/graphml-write';
import { importGraphFile } from '../../src/io/import';
import { loadKnowledgeGraph } from '../../src/load';
import { FIXTURES, SHIPPED_DATA, readDataDir } from '../helpers/data';
import { CI, networkxVersion, PROCESS_TIMEOUT_MS, python, tempFile } from '../helpers/gexf';

const article = loadKnowledgeGraph(readDataDir(SHIPPED_DATA), { iterations: 0 });

describe('csvText: bad input', () => {
  it('quotes commas, quotes and line breaks so that every value comes back whole', () => {
    const text = csvText(['a', 'b'], [['x, y', 'say "hi"\nthen go']]);
    expect(text).toBe('a,b\r\n"x, y","say ""hi""\nthen go"\r\n');
  });
});

describe('neutraliseFormula: cells a spreadsheet would run', () => {
  it('prefixes every formula-like cell with an apostrophe', () => {
    for (const cell of ['=HYPERLINK("http://x","y")', '+cmd', '-2+3', '@SUM(A1)', '\tx', '\rx'])
      expect(neutraliseFormula(cell), cell).toBe(`'${cell}`);
  });

  it('leaves numbers, plain text and inner signs alone', () => {
    for (const cell of ['-12.5', '+44', '3e-5', '.5', 'Huawei', 'a=b', 'x-y', ''])
      expect(neutraliseFormula(cell), cell).toBe(cell);
  });

  it('is applied to every cell csvText writes, before quoting', () => {
    expect(csvText(['Label'], [['=1+1'], ['-1'], ['@x, y']])).toBe(
      `Label\r\n'=1+1\r\n-1\r\n"'@x, y"\r\n`,
    );
  });
});

describe('toCsv', { timeout: PROCESS_TIMEOUT_MS }, () => {
  it('writes Gephi spreadsheet headers and one row per node and per edge, read back by Python', () => {
    const { nodes, edges } = toCsv(article);
    const read = (text: string) =>
      JSON.parse(
        python(
          '/usr/bin/python3',
          'import csv, json, sys\nprint(json.dumps(list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))))',
          tempFile('t.csv', text),
        ),
      ) as Record<string, string>[];
    const nodeRows = read(nodes);
    const edgeRows = read(edges);
    expect(nodeRows).toHaveLength(article.order);
    expect(edgeRows).toHaveLength(article.size);
    expect(nodeRows.find((r) => r['Id'] === 'huawei')).toMatchObject({
      Label: 'Huawei',
      kind: 'company',
    });
    const patel = edgeRows.find((r) => r['Id'] === 'huawei--competes-with--nvidia');
    expect(patel).toMatchObject({
      Source: 'huawei',
      Target: 'nvidia',
      Type: 'Directed',
      certainty: 'opinion',
      assertedBy: 'Dylan Patel',
    });
    expect(patel?.['citations']).toMatch(/¶3/);
    expect(patel?.['claim']).toBe(
      article.getEdgeAttribute('huawei--competes-with--nvidia', 'claim'),
    );
    // How many sources back each relation, and contest it, as the cards say.
    for (const row of edgeRows) {
      const { backing, contesting } = sourceSupport(article, row['Id'] ?? '');
      expect([row['sources'], row['contestedBy']]).toEqual([String(backing), String(contesting)]);
    }
    expect(edgeRows.some((r) => Number(r['sources']) > 1)).toBe(true);
    expect(edgeRows.some((r) => Number(r['contestedBy']) > 0)).toBe(true);
  });
});

describe('toGraphml', { timeout: PROCESS_TIMEOUT_MS }, () => {
  const interpreters = ['/usr/bin/python3', 'python3'].filter((i) => networkxVersion(i) !== null);
  it.runIf(interpreters.length > 0 || CI)(
    'is read by networkx with every node, edge and typed attribute',
    () => {
      const path = tempFile('article.graphml', toGraphml(article));
      for (const interpreter of interpreters) {
        const out = JSON.parse(
          python(
            interpreter,
            `import json, sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
e = g.edges['huawei', 'nvidia', 'huawei--competes-with--nvidia']
print(json.dumps({"type": type(g).__name__, "n": g.number_of_nodes(), "e": g.number_of_edges(), "node": g.nodes['huawei'], "edge": e}))`,
            path,
          ),
        ) as {
          type: string;
          n: number;
          e: number;
          node: Record<string, unknown>;
          edge: Record<string, unknown>;
        };
        expect(out).toMatchObject({ type: 'MultiDiGraph', n: article.order, e: article.size });
        expect(out.node).toMatchObject({
          label: 'Huawei',
          kind: 'company',
          degree: article.getNodeAttribute('huawei', 'degree'),
        });
        expect(typeof out.node['pagerank']).toBe('number');
        expect(out.edge).toMatchObject({ kind: 'competes-with', certainty: 'opinion' });
      }
    },
  );

  it('marks an imported undirected edge directed="false"', () => {
    const mixed = importGraphFile(
      'mixed-1.3.gexf',
      readFileSync(join(FIXTURES, 'gexf', 'mixed-1.3.gexf'), 'utf8'),
    );
    const xml = toGraphml(mixed);
    expect(xml).toMatch(/<edge id="bc" source="b" target="c" directed="false">/);
    expect(xml).toMatch(/<edge id="ab" source="a" target="b">/);
    expect(xml).toContain('edgedefault="directed"');
  });
});
