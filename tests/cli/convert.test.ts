/**
 * `kg convert` writes what the file holds and computes only what is asked: --layout, --metrics,
 * compact JSON unless --pretty, no placeholders, no skipped metric written as a value.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeEnvironment } from '../../src/cli/environment';
import {
  compactGraphJson,
  placeholdersOf,
  prettyGraphJson,
  trimPlaceholders,
} from '../../src/cli/placeholders';
import { BETWEENNESS_MAX_WORK } from '../../src/graph/metrics';
import { isGeneratedEdgeKey } from '../../src/io/edge-ids';
import type { KnowledgeGraph } from '../../src/graph/types';
import { createImport, importGraphFileWithReport, type ImportOptions } from '../../src/io/import';
import { toGraphJson } from '../../src/io/json-write';
import { FIXTURES } from '../helpers/data';
import { tempFile } from '../helpers/gexf';
import { kgIn } from '../helpers/kg';

interface Json {
  attributes: Record<string, unknown>;
  nodes: { key: string; attributes?: Record<string, unknown> }[];
  edges: { key: string; attributes?: Record<string, unknown>; undirected?: boolean }[];
}
const parse = (text: string) => JSON.parse(text) as Json;
const convert = (file: string, ...args: string[]) => {
  const r = kgIn('convert', file, '--format', 'json', ...args);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
};

/** Gephi's export: every node positioned and sized, colours, a modularity class. */
const GEPHI = join(FIXTURES, 'gexf', 'gephi-0.10-modularity-1.3.gexf');
/** No positions, no sizes, no colours; one node without a label; undirected. */
const PLAIN = join(FIXTURES, 'gexf', 'plain-undirected-1.3.gexf');
/** Directed and undirected edges in one file. */
const MIXED = join(FIXTURES, 'gexf', 'mixed-1.3.gexf');

/** A graph read as convert reads it: no metrics, no layout. */
const imported = (file: string, text: string, options: Partial<ImportOptions> = {}) =>
  importGraphFileWithReport(file, text, { metrics: false, layout: 'never', ...options });

/** A chain of n nodes and m edges (m ≥ n - 1), as GEXF: big enough to pass the betweenness cap. */
function chainGexf(n: number, m: number): string {
  const nodes = Array.from({ length: n }, (_, i) => `<node id="${i}"/>`).join('');
  const edges = Array.from(
    { length: m },
    (_, i) => `<edge id="e${i}" source="${i % n}" target="${(i + 1) % n}"/>`,
  ).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed"><nodes>${nodes}</nodes><edges>${edges}</edges></graph></gexf>`;
}

describe('kg convert options', () => {
  it('refuses --pretty with a format other than JSON, and a value for a flag (exit 2)', () => {
    const gexf = kgIn('convert', PLAIN, '--format', 'gexf', '--pretty');
    expect(gexf.code).toBe(2);
    expect(gexf.stderr).toBe('kg convert: --pretty goes with --format json, not gexf\n');
    expect(gexf.stdout).toBe('');
    for (const flag of ['--layout=yes', '--metrics=1', '--pretty=true']) {
      const r = kgIn('convert', PLAIN, '--format', 'json', flag);
      expect(r.code, flag).toBe(2);
      expect(r.stderr, flag).toContain('does not take an argument');
    }
  });

  it('writes one compact line by default, indented with --pretty, the same graph either way', () => {
    const compact = convert(GEPHI);
    expect(compact.endsWith('}\n')).toBe(true);
    expect(compact.trimEnd()).not.toContain('\n');
    const pretty = convert(GEPHI, '--pretty');
    expect(pretty).toContain('\n  "nodes": [\n    {\n      "key": ');
    expect(parse(pretty)).toEqual(parse(compact));
  });

  it('computes no metrics and no layout unless asked; keeps the file’s own positions', () => {
    const plain = parse(convert(PLAIN));
    for (const node of plain.nodes)
      for (const key of ['x', 'y', 'size', 'degree', 'pagerank', 'betweenness'])
        expect(node.attributes ?? {}, `${node.key}.${key}`).not.toHaveProperty(key);
    const { graph } = imported(GEPHI, nodeEnvironment().readTextFile(GEPHI));
    const gephi = parse(convert(GEPHI));
    for (const node of gephi.nodes) {
      expect(node.attributes?.['x']).toBe(graph.getNodeAttribute(node.key, 'x'));
      expect(node.attributes?.['y']).toBe(graph.getNodeAttribute(node.key, 'y'));
      expect(node.attributes?.['size']).toBe(graph.getNodeAttribute(node.key, 'size'));
    }
  });

  it('--layout lays out every node, the same way each time, over the file’s own positions', () => {
    const plain = parse(convert(PLAIN, '--layout'));
    for (const node of plain.nodes) {
      expect(typeof node.attributes?.['x']).toBe('number');
      expect(typeof node.attributes?.['y']).toBe('number');
    }
    expect(
      new Set(
        plain.nodes.map((n) => `${String(n.attributes?.['x'])},${String(n.attributes?.['y'])}`),
      ).size,
    ).toBe(plain.nodes.length);
    expect(convert(PLAIN, '--layout')).toBe(convert(PLAIN, '--layout'));
    const own = parse(convert(GEPHI));
    const laid = parse(convert(GEPHI, '--layout'));
    const moved = laid.nodes.filter(
      (n, i) => n.attributes?.['x'] !== own.nodes[i]?.attributes?.['x'],
    );
    expect(moved.length).toBe(laid.nodes.length);
  });

  it('--metrics writes degree, PageRank and betweenness, and sizes the nodes the file did not', () => {
    const json = parse(convert(PLAIN, '--metrics'));
    const b = json.nodes.find((n) => n.key === 'b')?.attributes ?? {};
    // b is the hub of a – b = c (two parallel edges) and the only broker.
    expect(b['degree']).toBe(3);
    expect(b['betweenness']).toBeGreaterThan(0);
    expect(b['pagerank']).toBeGreaterThan(
      json.nodes.find((n) => n.key === 'a')?.attributes?.['pagerank'] as number,
    );
    expect(typeof b['size']).toBe('number');
    // The file's own sizes stay when it has them.
    const { graph } = imported(GEPHI, nodeEnvironment().readTextFile(GEPHI));
    for (const node of parse(convert(GEPHI, '--metrics')).nodes)
      expect(node.attributes?.['size']).toBe(graph.getNodeAttribute(node.key, 'size'));
  });

  it('--metrics leaves betweenness out when it is skipped above its cap, rather than writing 0', () => {
    const n = 2000;
    const m = Math.floor(BETWEENNESS_MAX_WORK / n) + 1;
    const file = tempFile('above-the-cap.gexf', chainGexf(n, m));
    const json = parse(convert(file, '--metrics'));
    expect(json.nodes.length * json.edges.length).toBeGreaterThan(BETWEENNESS_MAX_WORK);
    for (const node of json.nodes) {
      expect(node.attributes).not.toHaveProperty('betweenness');
      expect(node.attributes?.['degree']).toBeGreaterThan(0);
    }
    const below = parse(convert(tempFile('below-the-cap.gexf', chainGexf(50, 60)), '--metrics'));
    for (const node of below.nodes) expect(node.attributes).toHaveProperty('betweenness');
  });
});

describe('kg convert keeps a file’s own centralities', () => {
  it('degree, PageRank and betweenness from the file survive a convert without --metrics, as Gephi writes them', () => {
    const own = `<?xml version="1.0" encoding="UTF-8"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed"><attributes class="node"><attribute id="degree" title="Degree" type="integer"/><attribute id="pagerank" title="PageRank" type="double"/><attribute id="betweenness" title="Betweenness" type="double"/></attributes><nodes><node id="a"><attvalues><attvalue for="degree" value="7"/><attvalue for="pagerank" value="0.25"/><attvalue for="betweenness" value="0.5"/></attvalues></node><node id="b"/></nodes><edges><edge id="e" source="a" target="b"/></edges></graph></gexf>`;
    const json = parse(convert(tempFile('own-centralities.gexf', own)));
    const a = json.nodes.find((node) => node.key === 'a');
    expect(a?.attributes).toMatchObject({ degree: 7, pagerank: 0.25, betweenness: 0.5 });
    // Where the file gave none, none is written (node b is its id alone).
    expect(json.nodes.find((node) => node.key === 'b')).toEqual({ key: 'b' });
  });
});

describe('kg convert writes no placeholders', () => {
  it('no empty lists or texts, no label repeating the id, no default kind, colour or size', () => {
    const json = parse(convert(PLAIN));
    expect(json.attributes).not.toHaveProperty('sources');
    expect(json.attributes).not.toHaveProperty('description');
    const d = json.nodes.find((n) => n.key === 'd');
    // Node d has nothing but its id in the file.
    expect(d).toEqual({ key: 'd' });
    expect(json.nodes.find((n) => n.key === 'a')).toEqual({
      key: 'a',
      attributes: { label: 'Alpha' },
    });
    // Undirected, as the file says; nothing else: no kind, phrase, size or colour made up, and
    // no key, as the file gives its edges no id (graphology's made-up keys differ on every run).
    for (const edge of json.edges) {
      expect(edge.attributes).toEqual({ undirected: true });
      expect(edge).not.toHaveProperty('key');
    }
    const text = convert(GEPHI);
    for (const key of ['aliases', 'citations', 'claim', 'assertedBy', 'pagerank', 'betweenness'])
      expect(text, key).not.toContain(`"${key}"`);
    // Gephi's own Degree column is the file's: kept as it was, never replaced by a 0.
    expect(text).toContain('"degree":3');
  });

  it('reads back as the same graph: every value left out is one the importer fills in again', () => {
    for (const file of [GEPHI, PLAIN, MIXED, join(FIXTURES, 'gexf', 'networkx-3.6-1.3.gexf')]) {
      const original = imported(file, nodeEnvironment().readTextFile(file)).graph;
      const back = imported('back.json', convert(file)).graph;
      expect(back.nodes(), file).toEqual(original.nodes());
      original.forEachNode((node, a) =>
        expect(back.getNodeAttributes(node), `${file} ${node}`).toEqual(a),
      );
      // Edges by position: an edge without an id in the file gets a new made-up key each time.
      const edges = (g: KnowledgeGraph) =>
        g.mapEdges((key, a, source, target) => ({
          key: isGeneratedEdgeKey(key) ? null : key,
          source,
          target,
          a,
        }));
      expect(edges(back), file).toEqual(edges(original));
    }
  });

  it('GEXF and GraphML leave them out too; CSV keeps its fixed columns', () => {
    const gexf = kgIn('convert', PLAIN, '--format', 'gexf').stdout;
    for (const key of [
      'aliases',
      'description',
      'citations',
      'degree',
      'pagerank',
      'betweenness',
      'claim',
    ])
      expect(gexf, key).not.toContain(`id="${key}"`);
    expect(gexf).not.toContain('viz:position');
    const graphml = kgIn('convert', PLAIN, '--format', 'graphml').stdout;
    expect(graphml).not.toContain('attr.name="pagerank"');
    expect(graphml).toContain('<node id="d">\n    </node>');
    const out = tempFile('plain', '');
    expect(kgIn('convert', PLAIN, '--format', 'csv', '--out', out).code).toBe(0);
  });

  it('the compact writer writes what the indented one does, on one line, without changing the graph', () => {
    for (const file of [GEPHI, PLAIN, MIXED]) {
      const read = (): KnowledgeGraph => imported(file, nodeEnvironment().readTextFile(file)).graph;
      const facts = { metrics: false, layout: false, positioned: false, sized: false };
      const graph = read();
      const before = JSON.stringify(graph.export());
      const compact = compactGraphJson(graph, facts);
      expect(JSON.stringify(graph.export()), file).toBe(before);
      const trimmed = read();
      trimPlaceholders(trimmed, facts);
      const pretty = prettyGraphJson(trimmed);
      expect(compact, file).toBe(JSON.stringify(JSON.parse(pretty)) + '\n');
      // And that is graphology's serialization of the trimmed graph, but for made-up keys.
      expect(JSON.parse(compact), file).toEqual({
        ...toGraphJson(trimmed),
        edges: toGraphJson(trimmed).edges.map(({ key, ...edge }) =>
          key !== undefined && isGeneratedEdgeKey(key) ? edge : { key, ...edge },
        ),
      });
    }
    // The mixed file marks its undirected edges as graphology does.
    expect(parse(convert(MIXED)).edges.some((e) => e.undirected === true)).toBe(true);
  });

  it('placeholdersOf: a file’s own value equal to nothing the importer fills in is kept', () => {
    const { graph } = imported(GEPHI, nodeEnvironment().readTextFile(GEPHI));
    const facts = { metrics: true, layout: false, positioned: true, sized: true };
    const placeholders = placeholdersOf(graph, facts);
    graph.forEachNode((node, a) => {
      const left = placeholders.node(node, a);
      for (const key of ['x', 'y', 'size', 'degree', 'pagerank', 'label'])
        expect(left, `${node}.${key}`).not.toContain(key);
    });
  });
});

describe('the importer computes only what it is asked', () => {
  it('refuses a layout option it does not know', () => {
    expect(() =>
      createImport('x.gexf', { layout: 'sometimes' as ImportOptions['layout'] }),
    ).toThrow('layout must be "missing", "always" or "never", got "sometimes"');
  });

  it('by default (the page) computes metrics and lays out a file without positions', () => {
    const text = nodeEnvironment().readTextFile(PLAIN);
    const page = importGraphFileWithReport(PLAIN, text);
    expect(page.positioned).toBe(false);
    expect(page.graph.getNodeAttribute('b', 'degree')).toBe(3);
    expect(page.graph.someNode((_n, a) => a.x !== 0 || a.y !== 0)).toBe(true);
    const bare = imported(PLAIN, text);
    expect(bare.graph.everyNode((_n, a) => a.x === 0 && a.y === 0 && a.degree === 0)).toBe(true);
  });
});
