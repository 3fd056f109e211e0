import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build';
import { importGraphFile } from '../../src/io/import';
import { loadKnowledgeGraph } from '../../src/load';
import { parseGraphData } from '../../src/model/validate';
import {
  briefingFrame,
  briefingLayout,
  edgeGeometry,
  toBriefingSvg,
  type Picture,
} from '../../src/ui/briefing-model';
import { FIXTURES, SHIPPED_DATA, readDataDir } from '../helpers/data';

const article = loadKnowledgeGraph(readDataDir(SHIPPED_DATA), { iterations: 0 });
const hostile = buildGraph(parseGraphData(readDataDir(join(FIXTURES, 'data', 'hostile'))));
const TODAY = '2026-12-02';

const picture = (labels: Picture['labels'] = []): Picture => ({
  width: 400,
  height: 300,
  fontSize: 13,
  nodes: [
    { id: 'a', x: 50, y: 50, radius: 10, fill: '#0072b2', border: '#ffffff', borderShare: 0.12 },
    { id: 'b', x: 250, y: 50, radius: 8, fill: '#ffffff', border: '#d55e00', borderShare: 0.38 },
  ],
  edges: [
    {
      id: 'e',
      from: { x: 50, y: 50 },
      to: { x: 250, y: 50, radius: 8 },
      color: 'rgba(31, 41, 55, 0.5)',
      width: 2,
      curvature: 0,
      arrow: true,
    },
  ],
  labels,
});

describe('briefingFrame: bad input', () => {
  it('names ids the graph lacks as they are, and draws no hop lines without a path', () => {
    const frame = briefingFrame(article, {
      title: 't',
      nodes: ['no-such-node'],
      edges: ['no-such-edge'],
      path: { nodes: ['huawei', 'ghost'], edges: ['ghost-edge'], rank: 1, of: 1 },
      today: TODAY,
    });
    expect(frame.hops).toEqual(['1. ghost-edge']);
    expect(frame.title).toBe('How is Huawei connected to ghost?');
    expect(frame.subtitle).toBe('Path 1 of 1: Huawei → ghost · t');
    expect(frame.numbered).toEqual([]);
    expect(frame.legend[0]).toEqual({ heading: 'Entities', rows: [] });
    const none = briefingFrame(article, {
      title: 't',
      nodes: [],
      edges: [],
      path: null,
      today: TODAY,
    });
    expect(none.hops).toEqual([]);
    expect(none.subtitle).toBe(article.getAttribute('description'));
  });
});

describe('briefingFrame', () => {
  it('asks the path’s question and captions each hop with its claim in brief and its citation', () => {
    const edges = article.edges('us-commerce-department', 'us-export-controls');
    const path = {
      nodes: ['us-commerce-department', 'us-export-controls'],
      edges: edges.slice(0, 1),
      rank: 2,
      of: 3,
    };
    const frame = briefingFrame(article, {
      title: 't',
      nodes: path.nodes,
      edges: path.edges,
      path,
      today: TODAY,
    });
    expect(frame.title).toMatch(/^How is U\.S\. Department of Commerce connected to .+\?$/);
    expect(frame.subtitle).toMatch(/^Path 2 of 3: U\.S\. Department of Commerce → .+ · t$/);
    // The hop is numbered on the picture, and only its source is listed.
    expect(frame.numbered).toEqual(path.edges);
    expect(frame.caption).toHaveLength(2);
    expect(frame.legend.at(-1)?.heading).toBe('Drawn over them');
    expect(frame.hops).toHaveLength(1);
    expect(frame.hops[0]).toMatch(
      /^1\. U\.S\. Department of Commerce .+ \(fact · BORNA 2025-07-28 ¶\d/,
    );
    expect(frame.caption[0]).toBe(`chipgraph · exported ${TODAY}`);
  });

  it('lists certainty in the legend only where the drawn relations carry it', () => {
    const withCertainty = briefingFrame(article, {
      title: 't',
      nodes: article.nodes(),
      edges: article.edges(),
      path: null,
      today: TODAY,
    });
    expect(withCertainty.legend.map((g) => g.heading)).toEqual([
      'Entities',
      'Relations, by certainty',
    ]);
    const imported = importGraphFile(
      'plain.gexf',
      '<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="undirected"><nodes><node id="a" label="A"/><node id="b" label="B"/></nodes><edges><edge id="e" source="a" target="b"/></edges></graph></gexf>',
    );
    const plain = briefingFrame(imported, {
      title: 't',
      nodes: imported.nodes(),
      edges: imported.edges(),
      path: null,
      today: TODAY,
    });
    expect(plain.legend.map((g) => g.heading)).toEqual(['Entities']);
  });
});

describe('toBriefingSvg', () => {
  it('writes well-formed SVG with every name as text, hostile names escaped, never markup', () => {
    const names = hostile.nodes().map((n) => hostile.getNodeAttribute(n, 'label'));
    const labels = names.map((text, i) => ({
      text,
      left: 10,
      top: 20 + i * 20,
      right: 200,
      bottom: 36 + i * 20,
    }));
    const frame = briefingFrame(hostile, {
      title: '<b>Title</b> & more',
      nodes: hostile.nodes(),
      edges: hostile.edges(),
      path: null,
      today: TODAY,
    });
    const svg = toBriefingSvg(picture(labels), frame);
    const errors: string[] = [];
    const doc = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') errors.push(message);
      },
    }).parseFromString(svg, 'image/svg+xml');
    expect(errors).toEqual([]);
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent);
    for (const name of names) expect(texts).toContain(name);
    expect(texts).toContain('<b>Title</b> & more');
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(doc.getElementsByTagName('b')).toHaveLength(0);
    // SVG 1.1 paint: rgba() split into a colour and an opacity.
    expect(svg).toContain('stroke="#1f2937" stroke-opacity="0.5"');
  });

  it('lays the hops and caption below the picture and the legend beside it', () => {
    const frame = briefingFrame(article, {
      title: 't',
      nodes: ['huawei'],
      edges: [],
      path: null,
      today: TODAY,
    });
    const layout = briefingLayout(picture(), frame);
    expect(layout.legendLeft).toBeGreaterThanOrEqual(400);
    expect(layout.caption[0]).toBeGreaterThan(layout.pictureTop + 300);
    expect(layout.height).toBeGreaterThan(layout.caption.at(-1) ?? 0);
  });
});

describe('edgeGeometry', () => {
  it('ends an edge at its target’s rim, and bends a curved one sideways', () => {
    const straight = edgeGeometry(picture().edges[0]!);
    expect(straight.end).toEqual({ x: 242, y: 50 });
    expect(straight.control).toBeNull();
    const curved = edgeGeometry({ ...picture().edges[0]!, curvature: 0.25 });
    expect(curved.control?.x).toBe(150);
    expect(curved.control?.y).toBe(50 - 200 * 0.25);
  });
});
