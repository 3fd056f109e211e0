/**
 * Every edge keeps its direction through import → GEXF (1.3 and 1.2draft) → import and import →
 * JSON → import, for a directed, an undirected and a mixed file; and the written files say it the
 * way other tools read it (defaultedgetype, per-edge type, graphology's `undirected`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../src/graph/types';
import { toGexf } from '../../src/io/gexf-write';
import { importGraphFile } from '../../src/io/import';
import { toGraphJson } from '../../src/io/json-write';
import { FIXTURES } from '../helpers/data';

const open = (name: string) =>
  importGraphFile(name, readFileSync(join(FIXTURES, 'gexf', name), 'utf8'));

/** Each edge as "source→target" or "source–target" (undirected), sorted. */
const directions = (graph: KnowledgeGraph) =>
  graph
    .mapEdges((_e, a, s, t) => (a.undirected === true ? [s, t].sort().join('–') : `${s}→${t}`))
    .sort();

describe('edge direction through GEXF and JSON', () => {
  it.each([
    ['networkx-3.6-1.3.gexf', 'directed'],
    ['plain-undirected-1.3.gexf', 'undirected'],
    ['mixed-1.3.gexf', 'mixed'],
  ])('%s (%s) keeps every edge’s direction', (file, kind) => {
    const graph = open(file);
    const before = directions(graph);
    if (kind === 'mixed') expect(before).toEqual(['a→b', 'b–c', 'c→a']);
    if (kind === 'undirected') expect(before.every((d) => d.includes('–'))).toBe(true);
    if (kind === 'directed') expect(before.every((d) => d.includes('→'))).toBe(true);
    for (const version of ['1.3', '1.2draft'] as const) {
      const xml = toGexf(graph, { version });
      expect(directions(importGraphFile(`again.gexf`, xml)), version).toEqual(before);
      if (kind === 'undirected') expect(xml).toContain('defaultedgetype="undirected"');
      if (kind === 'mixed') expect(xml).toMatch(/<edge id="bc"[^>]* type="undirected"/);
    }
    const json = toGraphJson(graph);
    expect(json.options.type).toBe(kind);
    expect(directions(importGraphFile('again.json', JSON.stringify(json)))).toEqual(before);
  });
});
