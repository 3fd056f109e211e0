import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { MultiGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build';
import { resolveGexfOptions, toGexf, toGexfDate, type GexfVersion } from '../../src/io/gexf-write';
import { importGraphFile } from '../../src/io/import';
import { loadKnowledgeGraph } from '../../src/load';
import { UsageError } from '../../src/model/errors';
import { parseGraphData } from '../../src/model/validate';
import { FIXTURES, SHIPPED_DATA, readDataDir } from '../helpers/data';
import {
  CI,
  HAS_JING,
  HAS_XMLLINT,
  jing,
  networkxVersion,
  PROCESS_TIMEOUT_MS,
  python,
  tempFile,
  xmllint,
} from '../helpers/gexf';

const article = loadKnowledgeGraph(readDataDir(SHIPPED_DATA));
const hostile = buildGraph(parseGraphData(readDataDir(join(FIXTURES, 'data', 'hostile'))));
const VERSIONS: GexfVersion[] = ['1.3', '1.2draft'];
const FIXED = { lastModified: '2025-07-28' } as const;

describe('toGexf: bad input', () => {
  it('rejects an unknown version and a malformed date', () => {
    expect(() => resolveGexfOptions({ version: '2.0' as GexfVersion })).toThrow(UsageError);
    expect(() => toGexf(article, { lastModified: 'yesterday' })).toThrow(
      /lastModified must be YYYY-MM-DD/,
    );
  });
});

describe.each(VERSIONS)('toGexf %s', (version) => {
  const text = toGexf(article, { version, ...FIXED });

  it.runIf(HAS_JING || CI)(
    'validates against the official RELAX NG schema (jing)',
    { timeout: PROCESS_TIMEOUT_MS },
    () => {
      const texts = [
        text,
        toGexf(article, { version, dynamic: true, ...FIXED }),
        toGexf(hostile, { version, ...FIXED }),
      ];
      expect(jing(texts, version)).toBe('');
      // The shared run still tells one invalid file among valid ones.
      expect(jing([text, text.replace('<nodes', '<nodez')], version)).toMatch(/-1-graph\.gexf/);
    },
  );

  it('declares every attribute with its type, and no xsi:schemaLocation', () => {
    expect(text).not.toContain('schemaLocation');
    expect(text).toContain('<attribute id="aliases" title="aliases" type="liststring"/>');
    expect(text).toContain('<attribute id="degree" title="degree" type="integer"/>');
    expect(text).toContain('<attribute id="pagerank" title="pagerank" type="double"/>');
    expect(text).toContain('<attribute id="phrase" title="phrase" type="string"/>');
    expect(text).toMatch(
      /<meta lastmodifieddate="2025-07-28">\s*<creator>chipgraph<\/creator>\s*<description>[^<]+<\/description>\s*<keywords>/,
    );
  });

  it('round-trips through graphology-gexf: nodes, edges, values and types, positions, colours', () => {
    const parsed = parse(MultiGraph, text);
    expect(parsed.order).toBe(article.order);
    expect(parsed.size).toBe(article.size);
    article.forEachNode((node, a) => {
      const b = parsed.getNodeAttributes(node);
      expect(b).toMatchObject({
        label: a.label,
        kind: a.kind,
        description: a.description,
        x: a.x,
        y: a.y,
        size: a.size,
        degree: a.degree,
        pagerank: a.pagerank,
      });
      expect(b['aliases']).toEqual(a.aliases.length > 0 ? a.aliases : undefined);
      const [r, g, bl] = [1, 3, 5].map((i) => parseInt(a.color.slice(i, i + 2), 16));
      expect(b['color']).toBe(`rgb(${r},${g},${bl})`);
    });
    article.forEachEdge((edge, a, source, target) => {
      expect(parsed.source(edge)).toBe(source);
      expect(parsed.target(edge)).toBe(target);
      const b = parsed.getEdgeAttributes(edge);
      expect(b).toMatchObject({
        label: a.kind,
        kind: a.kind,
        phrase: a.label,
        claim: a.claim,
        certainty: a.certainty,
        thickness: a.size,
      });
      // An empty list (general knowledge: no asserter) is written as no value at all; our
      // importer reads it back as [] (the lossless test below).
      if (a.assertedBy.length > 0) expect(b['assertedBy']).toEqual(a.assertedBy);
      else expect(b['assertedBy']).toBeUndefined();
      expect(JSON.parse(String(b['citations']))).toEqual(a.citations);
    });
  });

  it('is lossless through the importer (graph.export() equal, sources aside)', () => {
    for (const graph of [article, hostile]) {
      const back = importGraphFile('x.gexf', toGexf(graph, { version })).export();
      const original = graph.export();
      expect(back.nodes).toEqual(original.nodes);
      expect(back.edges).toEqual(original.edges);
    }
  });

  it('escapes &, <, quotes and keeps emoji and Chinese', () => {
    const xml = toGexf(hostile, { version, ...FIXED });
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;');
    expect(xml).toContain('🚀');
    expect(xml).toContain('華為');
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    expect(doc.getElementsByTagName('node')[1]?.getAttribute('label')).toBe(
      "<script>alert('x')</script>",
    );
    const parsed = parse(MultiGraph, xml);
    expect(parsed.getEdgeAttribute('xss--competes-with--emoji', 'claim')).toBe(
      'They compete & "fight" over <chips> — 竞争.',
    );
    expect(parsed.getNodeAttribute('xss', 'aliases')).toEqual([
      '<img src=x onerror=alert(1)>',
      '華為 🚀',
    ]);
  });
});

describe('toGexf: a converted graph keeps its file’s meta', () => {
  const bare = (meta: string) =>
    `<?xml version="1.0"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">${meta}<graph><nodes><node id="a"/></nodes></graph></gexf>`;
  const metaOf = (xml: string) => /<meta[\s\S]*?<\/meta>/.exec(xml)?.[0] ?? '';

  it('credits chipgraph’s conversion when the file has no creator (blank counts as none), never its keywords', () => {
    for (const meta of ['', '<meta><creator>  </creator><keywords> </keywords></meta>']) {
      const graph = importGraphFile('/tmp/some/where/their-graph.gexf', bare(meta));
      const written = metaOf(toGexf(graph));
      expect(written).toContain('<creator>chipgraph (converted from their-graph.gexf)</creator>');
      expect(written).not.toContain('<keywords>');
      expect(written).not.toContain('/tmp');
      expect(graph.getAttribute('name')).toBe('their-graph');
    }
  });

  it('keeps the creator, description, keywords and date of the file it was read from', () => {
    const graph = importGraphFile(
      '../elsewhere/supply.gexf',
      bare(
        '<meta lastmodifieddate="2012-03-01"><creator>Gephi 0.8</creator><description>A small supply chain</description><keywords>chips, supply</keywords></meta>',
      ),
    );
    for (const version of VERSIONS) {
      const written = metaOf(toGexf(graph, { version }));
      expect(written).toMatch(/^<meta lastmodifieddate="2012-03-01">/);
      expect(written).toContain('<creator>Gephi 0.8</creator>');
      expect(written).toContain('<description>A small supply chain</description>');
      expect(written).toContain('<keywords>chips, supply</keywords>');
    }
    // Through graphology JSON and back (kg convert --format json, then --format gexf).
    const again = importGraphFile('supply.json', JSON.stringify(graph.export()));
    expect(metaOf(toGexf(again))).toContain('<creator>Gephi 0.8</creator>');
    expect(graph.getAttribute('name')).toBe('supply');
    // chipgraph's own graph keeps chipgraph's meta; options still win over the graph's.
    expect(metaOf(toGexf(article))).toMatch(/<creator>chipgraph<\/creator>[\s\S]*<keywords>/);
    expect(metaOf(toGexf(graph, { creator: 'me', keywords: 'k' }))).toMatch(
      /<creator>me<\/creator>[\s\S]*<keywords>k<\/keywords>/,
    );
  });
});

describe('toGexf options', () => {
  it('--dynamic dates relations and events for the timeline', () => {
    const xml = toGexf(article, { dynamic: true, ...FIXED });
    expect(xml).toContain('<graph defaultedgetype="directed" mode="dynamic" timeformat="date">');
    expect(xml).toMatch(
      /<edge id="us-commerce-department--imposes--us-export-controls"[^>]* start="2019-01-01"/,
    );
    expect(xml).toMatch(/<node id="waic-2025" label="[^"]+" start="2025-07-01">/);
    expect(toGexfDate('2025-07-28')).toBe('2025-07-28');
  });

  it('exports only the given nodes and edges (the current view or a path)', () => {
    const xml = toGexf(article, {
      nodes: new Set(['huawei', 'hisilicon', 'nvidia']),
      edges: new Set(['hisilicon--subsidiary-of--huawei']),
    });
    const parsed = parse(MultiGraph, xml);
    expect(parsed.nodes().sort()).toEqual(['hisilicon', 'huawei', 'nvidia']);
    expect(parsed.edges()).toEqual(['hisilicon--subsidiary-of--huawei']);
    expect(xml).toContain('<nodes count="3">');
  });
});

describe('GEXF in other tools', { timeout: PROCESS_TIMEOUT_MS }, () => {
  it.runIf(HAS_XMLLINT || CI)(
    '1.3 also passes xmllint (its RELAX NG checker wrongly rejects 1.2draft viz; jing is authoritative)',
    () => {
      expect(xmllint(toGexf(article, FIXED), '1.3')).toBe('');
    },
  );

  const debianNetworkx = networkxVersion('/usr/bin/python3');
  it.runIf(debianNetworkx !== null || CI)(
    `networkx ${debianNetworkx ?? '(Debian)'} reads the 1.2draft file with every node, edge and attribute`,
    () => {
      const path = tempFile('article.gexf', toGexf(article, { version: '1.2draft' }));
      const out = python(
        '/usr/bin/python3',
        `import sys, json, networkx as nx
g = nx.read_gexf(sys.argv[1])
e = g.edges['us-commerce-department', 'us-export-controls', 'us-commerce-department--imposes--us-export-controls']
print(json.dumps({"n": g.number_of_nodes(), "e": g.number_of_edges(), "multi": g.is_multigraph(), "node": g.nodes['huawei'], "edge": e}))`,
        path,
      );
      const result = JSON.parse(out) as {
        n: number;
        e: number;
        multi: boolean;
        node: Record<string, unknown>;
        edge: Record<string, unknown>;
      };
      expect(result).toMatchObject({ n: article.order, e: article.size, multi: true });
      expect(result.node).toMatchObject({
        label: 'Huawei',
        kind: 'company',
        degree: article.getNodeAttribute('huawei', 'degree'),
        viz: { position: { x: article.getNodeAttribute('huawei', 'x') } },
      });
      expect(result.edge).toMatchObject({
        label: 'imposes',
        phrase: 'imposes',
        certainty: 'fact',
        date: '2019',
      });
    },
  );

  const modern = networkxVersion('python3');
  it.runIf(
    modern !== null && Number(modern.split('.')[1]) >= 6 && Number(modern.split('.')[0]) >= 3,
  )(`networkx ${modern ?? ''} reads the 1.3 file`, () => {
    const path = tempFile('article.gexf', toGexf(article));
    const out = python(
      'python3',
      'import sys, networkx as nx\ng = nx.read_gexf(sys.argv[1])\nprint(g.number_of_nodes(), g.number_of_edges())',
      path,
    );
    expect(out.trim()).toBe(`${article.order} ${article.size}`);
  });

  it('the fixtures written by networkx are real tool output', () => {
    expect(readFileSync(join(FIXTURES, 'gexf', 'networkx-2.8-1.2draft.gexf'), 'utf8')).toContain(
      '<creator>NetworkX 2.8.8</creator>',
    );
  });
});
