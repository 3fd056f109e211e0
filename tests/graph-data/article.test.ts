/**
 * The shipped data: complete for the article, cited, and in our own words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeGraph } from '../../src/load';
import { ROOT, SHIPPED_DATA, readDataDir } from '../helpers/data';

const graph = loadKnowledgeGraph(readDataDir(SHIPPED_DATA), { iterations: 0 });
const ARTICLE = join(ROOT, '..', 'shared', 'source-article.txt');

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
        expect(c.paragraph, edge).toBeLessThanOrEqual(sources.get(c.source)?.paragraphs ?? 0);
      }
      expect(a.assertedBy.length, edge).toBeGreaterThan(0);
      expect(a.claim.length, edge).toBeGreaterThan(10);
    });
  });

  it('dates the 2019 blacklisting and the July 2025 launch, and counts 384 chips', () => {
    expect(graph.getEdgeAttribute('us-commerce-department--blacklists--huawei', 'date')).toBe(
      '2019',
    );
    expect(graph.getEdgeAttribute('huawei--unveils--cloudmatrix-384', 'date')).toBe('2025-07');
    expect(graph.getEdgeAttribute('cloudmatrix-384--built-on--ascend-910c', 'qualifiers')).toEqual({
      chips: 384,
    });
  });

  it('gives Chinese companies their Chinese names as aliases', () => {
    expect(graph.getNodeAttribute('huawei', 'aliases')).toContain('华为');
    expect(graph.getNodeAttribute('hisilicon', 'aliases')).toContain('海思');
  });

  it('copies no run of ten words from the article into any text', () => {
    const article = words(readFileSync(ARTICLE, 'utf8'));
    const runs = new Set<string>();
    for (let i = 0; i + 10 <= article.length; i++) runs.add(article.slice(i, i + 10).join(' '));
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
      for (let i = 0; i + 10 <= w.length; i++)
        if (runs.has(w.slice(i, i + 10).join(' '))) return true;
      return false;
    });
    expect(copied).toEqual([]);
  });
});
