/**
 * The Cypher export, read back by a parser for the statements it writes (node CREATEs and
 * MATCH … CREATE relationships, property maps of strings, numbers, booleans and string lists):
 * every entity and relation comes back with its text intact, however hostile.
 */
import { describe, expect, it } from 'vitest';
import { cypherString, toCypher } from '../../src/io/cypher-write';
import { loadKnowledgeGraph } from '../../src/load';
import { FIXTURES, SHIPPED_DATA, readDataDir } from '../helpers/data';
import { buildGraph } from '../../src/graph/build';
import { parseGraphData } from '../../src/model/validate';
import { join } from 'node:path';
import { readCypher as read } from '../helpers/cypher';

describe('cypherString: bad input', () => {
  it('escapes quotes, backslashes and line breaks', () => {
    expect(cypherString(`it's a \\ "test"\nnext`)).toBe(`'it\\'s a \\\\ "test"\\nnext'`);
  });
});

describe('toCypher', () => {
  it('loads every entity and relation with its provenance (the article)', () => {
    const graph = loadKnowledgeGraph(readDataDir(SHIPPED_DATA), { iterations: 0 });
    const { nodes, rels } = read(toCypher(graph));
    expect(nodes.size).toBe(graph.order);
    expect(rels).toHaveLength(graph.size);
    expect(nodes.get('huawei')).toMatchObject({
      labels: 'Company',
      props: {
        label: 'Huawei',
        kind: 'company',
        aliases: graph.getNodeAttribute('huawei', 'aliases'),
      },
    });
    const patel = rels.find((r) => r.props['id'] === 'huawei--competes-with--nvidia');
    expect(patel).toMatchObject({
      from: 'huawei',
      to: 'nvidia',
      type: 'COMPETES_WITH',
      props: { certainty: 'opinion', assertedBy: ['dylan-patel'] },
    });
    expect(patel?.props['claim']).toBe(
      graph.getEdgeAttribute('huawei--competes-with--nvidia', 'claim'),
    );
    expect(String(patel?.props['citations'])).toMatch(/¶3/);
  });

  it('keeps hostile labels and claims intact', () => {
    const graph = buildGraph(parseGraphData(readDataDir(join(FIXTURES, 'data', 'hostile'))));
    const { nodes, rels } = read(toCypher(graph));
    graph.forEachNode((node, a) => expect(nodes.get(node)?.props['label']).toBe(a.label));
    graph.forEachEdge((edge, a) =>
      expect(rels.find((r) => r.props['id'] === edge)?.props['claim']).toBe(a.claim),
    );
  });
});
