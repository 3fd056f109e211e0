/**
 * The shipped data: complete for the article, cited, and in our own words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeGraph } from '../../src/load';
import { SHIPPED_DATA, readDataDir } from '../helpers/data';
import { sharedPath } from '../helpers/shared';

const graph = loadKnowledgeGraph(readDataDir(SHIPPED_DATA), { iterations: 0 });
const ARTICLE = sharedPath('source-article.txt', 'the source article');

const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/’/g, "'")
    .match(/[0-9a-z]+/g) ?? [];

describe('the shipped graph', () => {
  it('names the entities the article is about', () => {
    for (const id of [
      'huawei',
      'hisilicon',
      'nvidia',
      'chip-4',
      'us-commerce-department',
      'ascend-910c',
      'cloudmatrix-384',
      'gb200-nvl72',
      'dylan-patel',
      'semianalysis',
      'global-times',
      'waic-2025',
      'japan',
      'south-korea',
      'taiwan',
    ]) {
      expect(graph.hasNode(id), id).toBe(true);
    }
    expect(graph.order).toBeGreaterThanOrEqual(45);
    expect(graph.size).toBeGreaterThanOrEqual(75);
  });

  it('cites, qualifies and attributes every relation', () => {
    const sources = new Map(graph.getAttribute('sources').map((s) => [s.id, s]));
    graph.forEachEdge((edge, a) => {
      expect(a.citations.length, edge).toBeGreaterThan(0);
      for (const c of a.citations) {
        expect(c.paragraph, edge).toBeGreaterThanOrEqual(1);
        expect(c.paragraph, edge).toBeLessThanOrEqual(sources.get(c.source)?.paragraphs ?? 0);
        expect(c.paragraph, edge).toBeLessThanOrEqual(13);
      }
      expect(a.certainty, edge).toMatch(/^(fact|reported|claim|opinion|speculation)$/);
      // Someone asserts it, or it says what it rests on (general knowledge).
      expect(a.assertedBy.length > 0 || a.attribution !== undefined, edge).toBe(true);
      expect(a.claim.length, edge).toBeGreaterThan(10);
    });
  });

  it('dates the 2019 blacklisting and the July 2025 launch, and counts 384 chips', () => {
    // One measure, one model: the Commerce Department imposes it in 2019 and it targets Huawei.
    const imposes = 'us-commerce-department--imposes--us-export-controls';
    expect(graph.getEdgeAttribute(imposes, 'date')).toBe('2019');
    expect(graph.getEdgeAttribute(imposes, 'qualifiers')).toEqual({ grounds: 'national security' });
    expect(graph.getEdgeAttribute('us-export-controls--targets--huawei', 'date')).toBe('2019');
    expect(graph.getNodeAttribute('us-export-controls', 'kind')).toBe('policy');
    expect(graph.getNodeAttribute('us-export-controls', 'date')).toBe('2019');
    for (const gone of [
      'us-commerce-department--blacklists--huawei',
      'united-states--sanctions--huawei',
    ]) {
      expect(graph.hasEdge(gone), gone).toBe(false);
    }
    expect(graph.getEdgeAttribute('huawei--unveils--cloudmatrix-384', 'date')).toBe('2025-07');
    expect(graph.getEdgeAttribute('cloudmatrix-384--built-on--ascend-910c', 'qualifiers')).toEqual({
      chips: 384,
    });
  });

  it('keeps the fixes of the curation review', () => {
    for (const gone of [
      'us-export-controls--targets--china',
      'cloudmatrix-384--designed-for--chinese-language-models',
      'cloudmatrix-384--flagship-of--china-self-reliance',
      'us-export-controls--disrupts--telecommunications',
      'us-export-controls--disrupts--smartphones',
      'huawei--circumvents--us-export-controls',
      'china--circumvents--us-export-controls',
      'united-states--party-to--indo-pacific-tensions',
      'china--party-to--indo-pacific-tensions',
      'borna--located-in--tehran',
      'us-commerce-department--deems-risk--huawei',
      'united-states--leads--chip-4',
      'united-states--sanctions--russia',
      'united-states--sanctions--iran',
      'china-self-reliance--responds-to--chip-4',
      'huawei--flagship-of--china-self-reliance',
      'huawei--competes-with--nvidia--standards',
      'huawei--challenges--the-west',
    ]) {
      expect(graph.hasEdge(gone), gone).toBe(false);
    }
    expect(graph.hasNode('chinese-analyst')).toBe(false);
    expect(graph.getNodeAttribute('ai-ecosystem-split', 'kind')).toBe('scenario');
    expect(graph.getNodeAttribute('eastward-innovation-shift', 'kind')).toBe('scenario');
    expect(graph.getNodeAttribute('us-china-tech-war', 'date')).toBeUndefined();
    for (const side of ['united-states', 'china']) {
      const id = `${side}--party-to--us-china-tech-war`;
      expect(graph.getEdgeAttribute(id, 'date'), id).toBeUndefined();
    }
    expect(graph.getEdgeAttribute('borna--filed-from--tehran', 'kind')).toBe('filed-from');
    expect(graph.getEdgeAttribute('us-export-controls--disrupts--huawei', 'qualifiers')).toEqual({
      sectors: 'telecommunications; smartphones',
    });
    const perf = graph.getEdgeAttribute('cloudmatrix-384--outperforms--gb200-nvl72', 'qualifiers');
    expect(Object.keys(perf ?? {}).sort()).toEqual([
      'caveat',
      'energyEfficiency',
      'interconnectBandwidth',
      'throughput',
    ]);
    // ¶13's shot at the U.S.-centred order is a challenge to the United States (¶11's is not).
    expect(graph.getEdgeAttribute('huawei--challenges--united-states', 'citations')).toEqual([
      { source: 'borna-416', paragraph: 13 },
    ]);
    // Facts the article does not state say so.
    expect(graph.getEdgeAttribute('tehran--located-in--iran', 'attribution')).toMatch(
      /general knowledge/,
    );
    expect(graph.getNodeAttribute('silicon-valley', 'citations')).not.toContainEqual({
      source: 'borna-416',
      paragraph: 1,
    });
  });

  it('lets each speaker alone assert their own statements', () => {
    const analyst = 'borna-416--global-times-analyst';
    expect(
      graph.getEdgeAttribute('cloudmatrix-384--signals--china-self-reliance', 'assertedBy'),
    ).toEqual([analyst]);
    expect(graph.getEdgeAttribute('huawei--cannot-be-ignored-by--the-west', 'assertedBy')).toEqual([
      'dylan-patel',
    ]);
    expect(
      graph.getEdgeAttribute('huawei--withstands--us-export-controls--dylan-patel', 'assertedBy'),
    ).toEqual(['dylan-patel']);
    // The article states the department's grounds in its own voice and never quotes it.
    expect(graph.someEdge((_e, a) => a.assertedBy.includes('us-commerce-department'))).toBe(false);
    // General knowledge is no one's claim, least of all the outlet's.
    for (const id of ['shanghai', 'tehran', 'silicon-valley']) {
      const edge = graph
        .outEdges(id)
        .find((e) => graph.getEdgeAttribute(e, 'kind') === 'located-in');
      expect(edge, id).toBeDefined();
      if (edge === undefined) continue;
      expect(graph.getEdgeAttribute(edge, 'assertedBy'), edge).toEqual([]);
      expect(graph.getEdgeAttribute(edge, 'attribution'), edge).toMatch(/^general knowledge/);
    }
    graph.forEachEdge((edge, a) => {
      if (a.kind === 'states') return;
      // A quoted speaker's statement is theirs alone: never co-asserted by the outlet.
      if (a.assertedBy.length > 1) expect(a.assertedBy, edge).not.toContain('borna');
    });
  });

  it("agrees with graph-data/README.md's table of relations not in the outlet's own voice", () => {
    const readme = readFileSync(join(SHIPPED_DATA, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('## Not in the outlet'));
    const listed = new Set([...table.matchAll(/^\|\s*`([a-z0-9-]+)`\s*\|/gm)].map((m) => m[1]));
    const outlets = new Set(graph.getAttribute('sources').map((s) => s.outlet));
    const data = new Set<string>();
    graph.forEachEdge((edge, a) => {
      if (a.kind === 'states') return;
      const ownVoice = a.assertedBy.length > 0 && a.assertedBy.every((who) => outlets.has(who));
      if (!ownVoice || a.attribution !== undefined) data.add(edge);
    });
    expect([...listed].sort()).toEqual([...data].sort());
  });

  it('keeps ambiguous or wrong names out of the aliases', () => {
    expect(graph.getNodeAttribute('chip-4', 'aliases')).toContain('칩4');
    const all = graph.mapNodes((_, a) => a.aliases).flat();
    for (const bad of ['AI', 'GB200', 'CloudMatrix', 'Korea', 'DOC', 'Patel', 'Entity List']) {
      expect(all, bad).not.toContain(bad);
    }
  });

  it('gives Chinese companies their Chinese names as aliases', () => {
    expect(graph.getNodeAttribute('huawei', 'aliases')).toContain('华为');
    expect(graph.getNodeAttribute('hisilicon', 'aliases')).toContain('海思');
  });

  it.skipIf(ARTICLE === null)(
    'shares no more than six consecutive words with the article in any text',
    () => {
      const RUN = 7;
      const article = words(readFileSync(ARTICLE ?? '', 'utf8'));
      const runs = new Set<string>();
      for (let i = 0; i + RUN <= article.length; i++) runs.add(article.slice(i, i + RUN).join(' '));
      const texts: [string, string][] = [];
      const collect = (where: string, value: unknown): void => {
        if (typeof value === 'string') texts.push([where, value]);
        else if (Array.isArray(value)) value.forEach((v) => collect(where, v));
        else if (value && typeof value === 'object')
          Object.values(value).forEach((v) => collect(where, v));
      };
      graph.forEachNode((n, a) => collect(n, a));
      graph.forEachEdge((e, a) => collect(e, a));
      const copied = texts.filter(([, text]) => {
        const w = words(text);
        for (let i = 0; i + RUN <= w.length; i++)
          if (runs.has(w.slice(i, i + RUN).join(' '))) return true;
        return false;
      });
      expect(copied).toEqual([]);
    },
  );
});
