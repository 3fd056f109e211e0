/**
 * The graph is meant to grow: following graph-data/README.md ("Adding a source", "… an entity",
 * "… a relation") in a copy of the shipped data gives a graph that validates and that every
 * `kg` command reads, with the new source, entity and relation in it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SHIPPED_DATA } from '../helpers/data';
import { kgIn as kg } from '../helpers/kg';

const README = readFileSync(join(SHIPPED_DATA, 'README.md'), 'utf8');

/** The first JSON block under a `## heading` of the README, parsed. */
function example(heading: string): Record<string, unknown> {
  const section = README.split(`\n## ${heading}\n`)[1];
  if (section === undefined) throw new Error(`graph-data/README.md has no "## ${heading}"`);
  const block = /```json\n([\s\S]*?)```/.exec(section.split('\n## ')[0] ?? '')?.[1];
  if (block === undefined) throw new Error(`"## ${heading}" has no JSON example`);
  return JSON.parse(block) as Record<string, unknown>;
}

/** Appends an item to the list of a data file. */
function append(dir: string, file: string, list: string, item: Record<string, unknown>) {
  const path = join(dir, file);
  const value = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown[]>;
  value[list] = [...(value[list] ?? []), item];
  writeFileSync(path, JSON.stringify(value, null, 2));
}

/**
 * The three examples with fresh ids, so the test still runs once someone has added exactly the
 * README's examples to the shipped data (a duplicate id would be refused, rightly).
 */
function fresh(items: Record<string, unknown>[]): Record<string, unknown>[] {
  const ids = items.map((item) => String(item['id']));
  // Longest first: a relation id contains the entity's id.
  const order = [...ids].sort((a, b) => b.length - a.length);
  return items.map((item) => {
    let text = JSON.stringify(item);
    for (const id of order) text = text.replaceAll(`"${id}"`, `"${id}-grown"`);
    const copy = JSON.parse(text) as Record<string, unknown>;
    // Names are unique across entities too.
    if (typeof copy['label'] === 'string') copy['label'] = `${copy['label']} (grown)`;
    if (Array.isArray(copy['aliases']))
      copy['aliases'] = copy['aliases'].map((alias) => `${String(alias)} (grown)`);
    // A relation's id names what it links (validate checks it): named again from its fresh ends.
    const { source, kind, target } = copy;
    if (typeof source === 'string' && typeof kind === 'string' && typeof target === 'string')
      copy['id'] = `${source}--${kind}--${target}`;
    return copy;
  });
}

let dir = '';
const [source = {}, entity = {}, relation = {}] = fresh([
  example('Adding a source'),
  example('Adding an entity'),
  example('Adding a relation'),
]);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'chipgraph-growth-'));
  cpSync(SHIPPED_DATA, dir, { recursive: true });
  append(dir, 'sources.json', 'sources', source);
  append(dir, 'entities.json', 'entities', entity);
  append(dir, 'relations.json', 'relations', relation);
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('adding a source, an entity and a relation by the book', () => {
  it('refuses the examples when one is broken: a relation citing an unknown source', () => {
    const broken = mkdtempSync(join(tmpdir(), 'chipgraph-growth-bad-'));
    try {
      cpSync(SHIPPED_DATA, broken, { recursive: true });
      append(broken, 'entities.json', 'entities', entity);
      append(broken, 'relations.json', 'relations', relation);
      const result = kg('validate', '--data', broken);
      expect(result.code).toBe(1);
      expect(result.stdout + result.stderr).toContain(String(source['id']));
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });

  it('the README examples fit together: the entity and relation cite the new source', () => {
    expect(JSON.stringify(entity)).toContain(String(source['id']));
    expect(JSON.stringify(relation)).toContain(String(source['id']));
    expect(relation['source']).toBe(entity['id']);
  });

  it('validates, counting one more source, entity and relation than the shipped data', () => {
    const shipped = kg('validate', '--data', SHIPPED_DATA);
    const grown = kg('validate', '--data', dir);
    expect(shipped.code).toBe(0);
    expect(grown.code, grown.stdout + grown.stderr).toBe(0);
    const counts = (text: string) =>
      ['entities', 'relations', 'sources'].map((what) =>
        Number(new RegExp(`(\\d+) (?:curated )?${what}`).exec(text)?.[1] ?? NaN),
      );
    const [e0 = 0, r0 = 0, s0 = 0] = counts(shipped.stdout);
    expect(counts(grown.stdout)).toEqual([e0 + 1, r0 + 1, s0 + 1]);
  });

  it('shows the new entity with its relation and the new source', () => {
    const result = kg('show', String(entity['label']), '--data', dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(String(entity['label']));
    expect(result.stdout).toMatch(/operates in/);
  });

  it('finds a path from the new entity into the article graph', () => {
    const result = kg('path', String(entity['id']), 'huawei', '--data', dir, '--json');
    expect(result.code).toBe(0);
    const answer = JSON.parse(result.stdout) as { paths: { edges: string[] }[] };
    expect(answer.paths.length).toBeGreaterThan(0);
    expect(answer.paths[0]?.edges[0]).toBe(relation['id']);
  });

  it('exports the grown graph with the new source in full', () => {
    const result = kg('export', '--format', 'json', '--data', dir);
    expect(result.code).toBe(0);
    const exported = JSON.parse(result.stdout) as {
      attributes: { sources: { id: string }[] };
      nodes: { key: string }[];
    };
    expect(exported.attributes.sources.map((s) => s.id)).toContain(source['id']);
    expect(exported.nodes.map((n) => n.key)).toContain(entity['id']);
    const gexf = kg('export', '--format', 'gexf', '--data', dir);
    expect(gexf.code).toBe(0);
    expect(gexf.stdout).toContain(`id="${String(relation['id'])}"`);
  });

  it('keeps the tests of the shipped data free of today’s counts', () => {
    // Tests that pin how many sources, entities or relations ship break when the graph grows.
    const pinned = /\b\d+ (?:sources|entities|relations|curated relations)\b/;
    for (const file of ['tests/cli/cli.test.ts', 'tests/graph-data/article.test.ts'])
      expect(readFileSync(join(ROOT, file), 'utf8'), file).not.toMatch(pinned);
  });
});
