import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createImport,
  detectFormat,
  importGraphFile,
  importGraphFileWithReport,
} from '../../src/io/import';
import { loadKnowledgeGraph } from '../../src/load';
import { DataError, formatIssue } from '../../src/model/errors';
import { FIXTURES, SHIPPED_DATA, readDataDir } from '../helpers/data';

const fixture = (name: string) => readFileSync(join(FIXTURES, 'gexf', name), 'utf8');
const importFixture = (name: string) => importGraphFile(name, fixture(name));

function failure(name: string, text: string): string {
  try {
    importGraphFile(name, text);
  } catch (error) {
    if (error instanceof DataError) return error.issues.map(formatIssue).join('\n');
    throw error;
  }
  throw new Error(`${name} was accepted`);
}

describe('importGraphFile: GEXF 1.0', () => {
  it('opens Gephi’s first format (old namespace, no version) with its attributes', () => {
    const graph = importFixture('gephi-1.0-arctic-like.gexf');
    expect([graph.order, graph.size]).toEqual([3, 2]);
    expect(graph.getNodeAttribute('1', 'label')).toBe('Sea Ice');
    expect(graph.getNodeAttribute('1', 'occurrences' as 'degree')).toBe(12);
  });
});

describe('importGraphFile: broken files', () => {
  it('names the line of a truncated file', () => {
    expect(failure('truncated.gexf', fixture('broken/truncated.gexf'))).toMatch(
      /^truncated\.gexf:\d+:\d+: malformed XML: /,
    );
  });
  it('refuses XML entity declarations (billion laughs, XXE) before parsing, naming the fix', () => {
    for (const name of ['billion-laughs.gexf', 'xxe.gexf']) {
      const message = failure(name, fixture(`broken/${name}`));
      expect(message).toMatch(
        new RegExp(`^${name.replace('.', '\\.')}:2: the file declares XML entities in a DOCTYPE`),
      );
      expect(message).toContain('Fix: remove the DOCTYPE');
      expect(message.split('\n')).toHaveLength(1);
    }
  });
  it('rejects a wrong root element', () => {
    expect(failure('w.gexf', fixture('broken/wrong-root.gexf'))).toMatch(
      /^w\.gexf:2:1: the root element is <graphml>, not <gexf>/,
    );
  });
  it('rejects an unsupported version', () => {
    expect(failure('v.gexf', fixture('broken/version-2.gexf'))).toMatch(
      /unsupported GEXF version "2\.0"\. Fix: chipgraph reads GEXF 1\.0, 1\.1, 1\.2, 1\.3/,
    );
  });
  it('names nodes without ids and edges to unknown nodes, with their lines', () => {
    expect(failure('m.gexf', fixture('broken/missing-ids.gexf'))).toMatch(
      /^m\.gexf:6:7: a <node> has no id/,
    );
    // An edge to an undeclared node is repaired (as Gephi does) and reported; --strict refuses.
    const { graph, warnings } = importGraphFileWithReport(
      'u.gexf',
      fixture('broken/unknown-node.gexf'),
    );
    expect(graph.hasNode('ghost')).toBe(true);
    expect(warnings.map(formatIssue)).toEqual([
      'u.gexf: edges name 1 node the file does not declare ("ghost" (line 10)): created, as Gephi does. Fix: declare them in <nodes>, or open with --strict to refuse such files.',
    ]);
    expect(() =>
      importGraphFileWithReport('u.gexf', fixture('broken/unknown-node.gexf'), { strict: true }),
    ).toThrow(DataError);
    expect(importGraphFileWithReport('ok.gexf', fixture('networkx-3.6-1.3.gexf')).warnings).toEqual(
      [],
    );
  });
  it('rejects oversized, unknown and empty files', () => {
    // Ten root elements are not one document: the XML parser says where the second begins.
    expect(failure('big.gexf', '<gexf version="1.3"><graph/></gexf>'.repeat(10))).toMatch(
      /^big\.gexf:1:\d+: malformed XML/,
    );
    expect(() => importGraphFile('big.gexf', 'x'.repeat(100), { maxChars: 50 })).toThrow(
      /too large/,
    );
    expect(failure('notes.txt', 'hello')).toMatch(
      /^notes\.txt:1: neither GEXF nor graphology JSON: its name ends in "\.txt" and its text begins "hello"/,
    );
    expect(failure('notes.gexf', 'hello')).toMatch(
      /^notes\.gexf:1: neither GEXF nor graphology JSON, whatever its name says: its text begins "hello"/,
    );
    expect(failure('empty.json', '')).toMatch(/the file is empty/);
  });
  it('names the line of an unescaped & (not the end of the file, where the parser gave up)', () => {
    const text =
      '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes>\n<node id="a" label="AT&T"/>\n<node id="b" label="B &amp; C"/>\n</nodes><edges>\n<edge source="a" target="b"/>\n</edges></graph></gexf>\n';
    expect(failure('amp.gexf', text)).toBe(
      'amp.gexf:3:23: malformed XML: unescaped &, write &amp; (in XML a bare "&" starts an entity reference such as &amp; or &lt;). Fix: write "&amp;" for each "&" in a name or value (AT&amp;T); the XML parser read on to the end of the file looking for its ";".',
    );
    // Read in pieces cut anywhere, even between "&" and "T", or inside a good "&amp;".
    for (const size of [1, 7, 64, 200]) {
      const reading = createImport('amp.gexf');
      expect(() => {
        for (let i = 0; i < text.length; i += size) reading.write(text.slice(i, i + size));
        reading.close();
      }, `pieces of ${size}`).toThrow(/amp\.gexf:3:23: malformed XML: unescaped &, write &amp;/);
    }
    // Escaped, it opens; a truncated file is still called truncated.
    expect(importGraphFile('amp.gexf', text.replace('AT&T', 'AT&amp;T')).order).toBe(2);
    expect(failure('cut.gexf', text.replace('AT&T', 'AT').slice(0, 150))).toMatch(
      /^cut\.gexf:\d+:\d+: malformed XML: .*Fix: the file may be truncated/,
    );
  });

  it('reads a file by its content when its name says otherwise', () => {
    const gexf = fixture('gephi-1.1draft.gexf');
    expect(importGraphFile('mislabelled.json', gexf).order).toBe(
      importGraphFile('g.gexf', gexf).order,
    );
    expect(detectFormat('a.json', '<gexf')).toBe('gexf');
    expect(detectFormat('a.gexf', ' {')).toBe('json');
  });

  it('reports JSON syntax with its line and structure with its path', () => {
    expect(failure('g.json', '{\n  "nodes": [\n    {"key": "a",}\n  ]\n}')).toMatch(
      /^g\.json:3:\d+: invalid JSON/,
    );
    expect(
      failure('g.json', '{"nodes": [{"key": "a"}], "edges": [{"source": "a", "target": "b"}]}'),
    ).toMatch(/\$\.edges\[0\]\.target: edge target "b" is not a node/);
    expect(failure('g.json', '{"edges": []}')).toMatch(/\$\.nodes: /);
  });
});

describe('importGraphFile: other tools’ files', () => {
  it('detects the format by name, then by content', () => {
    expect(detectFormat('a.GEXF', '')).toBe('gexf');
    expect(detectFormat('a', ' <gexf')).toBe('gexf');
    expect(detectFormat('a', '{')).toBe('json');
  });

  it('reads Gephi’s GEXF 1.1draft: labels, positions, colours, sizes, attributes, weights', () => {
    const graph = importFixture('gephi-1.1draft.gexf');
    expect(graph.order).toBe(2);
    expect(graph.getNodeAttributes('1')).toMatchObject({
      label: 'Samsung',
      kind: 'entity',
      x: -40.5,
      y: 12.25,
      size: 14,
      color: '#4682b4',
      sector: 'memory',
      employees: 267937,
    });
    expect(graph.getEdgeAttributes('0')).toMatchObject({
      kind: 'competes with',
      label: 'competes with',
      weight: 3,
      claim: '',
      citations: [],
      assertedBy: [],
    });
    expect(graph.getEdgeAttribute('0', 'certainty')).toBeUndefined();
    expect(graph.getAttribute('description')).toBe('A small supply chain');
  });

  it('reads networkx 2.8’s 1.2draft (undirected; kinds from "type"); lays it out', () => {
    const graph = importFixture('networkx-2.8-1.2draft.gexf');
    expect(graph.nodes().sort()).toEqual(['apple', 'taiwan', 'tsmc']);
    expect(graph.getNodeAttributes('tsmc')).toMatchObject({
      label: 'TSMC',
      kind: 'company',
      founded: 1987,
    });
    const edge = graph.edges('tsmc', 'apple')[0] ?? graph.edges('apple', 'tsmc')[0]!;
    expect(graph.getEdgeAttributes(edge)).toMatchObject({
      undirected: true,
      kind: 'supplies',
      relation: 'supplies',
      weight: 2.5,
    });
    const xs = graph.mapNodes((_n, a) => a.x);
    expect(new Set(xs).size).toBe(3); // positions were computed
  });

  it('reads networkx 3.6’s 1.3 with parallel edges, keeping both', () => {
    const graph = importFixture('networkx-3.6-1.3.gexf');
    expect(graph.size).toBe(3);
    expect(
      graph
        .edges('asml', 'smic')
        .map((e) => graph.getEdgeAttribute(e, 'kind'))
        .sort(),
    ).toEqual(['barred from selling to', 'sells to']);
    expect(graph.getNodeAttribute('euv', 'kind')).toBe('technology');
  });

  it('reads a bare undirected file with no viz and no attributes', () => {
    const graph = importFixture('plain-undirected-1.3.gexf');
    expect(graph.order).toBe(4);
    expect(graph.size).toBe(3);
    expect(graph.getNodeAttributes('d')).toMatchObject({
      label: 'd',
      kind: 'entity',
      aliases: [],
      description: '',
    });
    expect(graph.getNodeAttribute('a', 'color')).toMatch(/^#[0-9a-f]{6}$/);
    expect(graph.getNodeAttribute('a', 'size')).toBeGreaterThan(1);
  });

  it('reads chipgraph’s own JSON export back exactly, sources included', () => {
    const article = loadKnowledgeGraph(readDataDir(SHIPPED_DATA));
    const back = importGraphFile('chipgraph.json', JSON.stringify(article.export()));
    expect(back.export().nodes).toEqual(article.export().nodes);
    expect(back.export().edges).toEqual(article.export().edges);
    expect(back.getAttribute('sources')).toEqual(article.getAttribute('sources'));
  });
});

describe('createImport: a file fed in pieces', () => {
  const pieces = (text: string, size: number) =>
    Array.from({ length: Math.ceil(text.length / size) }, (_, i) =>
      text.slice(i * size, (i + 1) * size),
    );
  const streamed = (name: string, text: string, size: number) => {
    const reading = createImport(name, {});
    for (const piece of pieces(text, size)) reading.write(piece);
    return reading.close();
  };

  it('refuses an empty stream, an oversized one as it grows, and an unknown format', () => {
    expect(() => createImport('empty.gexf').close()).toThrow(/the file is empty/);
    const big = createImport('big.gexf', { maxChars: 10 });
    expect(() => {
      big.write('<gexf ');
      big.write('version="1.3">');
    }).toThrow(/too large/);
    const unknown = createImport('notes', {});
    unknown.write('   ');
    expect(() => unknown.write('hello')).toThrow(
      /^notes is neither GEXF nor graphology JSON\n.*its name has no extension and its text begins "hello"/,
    );
  });

  it('reads GEXF cut anywhere (even inside a tag or a name) as it reads it whole', () => {
    const text = readFileSync(join(FIXTURES, 'gexf', 'gephi-0.10-modularity-1.3.gexf'), 'utf8');
    const whole = importGraphFileWithReport('g.gexf', text).graph.export();
    for (const size of [1, 7, 64, 4096])
      expect(streamed('g.gexf', text, size).graph.export(), `pieces of ${size}`).toEqual(whole);
  });

  it('reads JSON in pieces, and a nameless file by its first character after white space', () => {
    const graph = importGraphFile(
      'g.gexf',
      readFileSync(join(FIXTURES, 'gexf', 'mixed-1.3.gexf'), 'utf8'),
    );
    const json = `\n  ${JSON.stringify(graph.export())}`;
    // Each names the file it was read from (its base name), and reads the same graph.
    const nameless = streamed('graph', json, 5).graph.export();
    const named = importGraphFile('graph.json', json).export();
    const without = (attributes: object) =>
      Object.entries(attributes).filter(([key]) => key !== 'importedFrom');
    expect(without(nameless.attributes)).toEqual(without(named.attributes));
    expect(Object.entries(named.attributes)).toContainEqual(['importedFrom', 'graph.json']);
    expect({ ...nameless, attributes: {} }).toEqual({ ...named, attributes: {} });
  });

  it('names the line of bytes that are not UTF-8, in any piece', () => {
    const text = '<gexf version="1.3">\n<graph>\n<nodes>\n<node id="\uFFFD"/>';
    expect(() => streamed('bad.gexf', text, 10)).toThrow(/bad\.gexf:4: the file is not UTF-8/);
  });
});
