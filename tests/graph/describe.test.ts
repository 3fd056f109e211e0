import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  certaintyOf,
  citationsText,
  edgeWeight,
  graphHasCertainty,
  kindColor,
  kindLabel,
  orderKinds,
  qualifierText,
  relationPhrase,
  relationSentence,
  relationWording,
  sourceSupport,
  sourcesCited,
  supportText,
} from '../../src/graph/describe';
import { importGraphFile } from '../../src/io/import';
import { loadKnowledgeGraph } from '../../src/load';
import { FIXTURES, SHIPPED_DATA, readDataDir } from '../helpers/data';
import { smallGraph } from '../helpers/graphs';

const graph = loadKnowledgeGraph(readDataDir(SHIPPED_DATA), { iterations: 0 });
const EDGE = 'hisilicon--subsidiary-of--huawei';

describe('relation wording', () => {
  it('falls back to the edge’s own label for a kind outside the schema (imported graphs)', () => {
    const imported = smallGraph(['a', 'b'], [['e', 'a', 'b']]);
    imported.mergeEdgeAttributes('e', {
      kind: 'supplies',
      label: 'supplies chips to',
      certainty: undefined,
    });
    expect(relationWording(imported, 'e')).toMatchObject({
      label: 'supplies',
      forward: 'supplies chips to',
    });
    expect(relationSentence(imported, 'e')).toBe('A supplies chips to B');
    expect(certaintyOf(imported, 'e')).toBe('unrated');
  });

  it('reads a relation forwards from its source and backwards from its target', () => {
    expect(relationSentence(graph, EDGE)).toBe('HiSilicon is a subsidiary of Huawei');
    expect(relationSentence(graph, EDGE, 'huawei')).toBe('Huawei owns HiSilicon');
    expect(relationPhrase(graph, EDGE, 'hisilicon')).toBe('is a subsidiary of');
    expect(relationPhrase(graph, EDGE, 'huawei')).toBe('owns');
  });
});

describe('citationsText', () => {
  it('shows an unknown source by its id', () => {
    expect(citationsText(graph, [{ source: 'nowhere', paragraph: 2 }])).toBe('nowhere ¶2');
  });
  it('groups paragraphs by source, in full or in brief', () => {
    const citations = [
      { source: 'borna-416', paragraph: 1 },
      { source: 'borna-416', paragraph: 6 },
    ];
    expect(citationsText(graph, citations)).toMatch(
      /^BORNA, “Chinese AI Targets .*”, 2025-07-28, ¶1, ¶6$/,
    );
    expect(citationsText(graph, citations, 'brief')).toBe('BORNA 2025-07-28 ¶1, ¶6');
  });
});

describe('kinds', () => {
  it('labels and colours unknown kinds by themselves', () => {
    expect(kindLabel('planet')).toBe('planet');
    expect(kindColor(graph, 'planet')).toBe('#999999');
    expect(kindLabel('government-agency')).toBe('Government agency');
  });
  it('orders kinds as the schema does, unknown ones last by name', () => {
    expect(orderKinds(['zeta', 'country', 'alpha', 'company'], ['company', 'country'])).toEqual([
      'company',
      'country',
      'alpha',
      'zeta',
    ]);
  });
  it('writes qualifiers as key: value', () => {
    expect(qualifierText(graph, 'cloudmatrix-384--built-on--ascend-910c')).toBe('chips: 384');
    expect(qualifierText(graph, EDGE)).toBe('');
  });
});

describe('undirected relations (imported)', () => {
  const plain = importGraphFile(
    'plain.gexf',
    readFileSync(join(FIXTURES, 'gexf', 'plain-undirected-1.3.gexf'), 'utf8'),
  );
  const [ab] = plain.edges('a', 'b');

  it('a directed relation of the same unnamed kind still reads its direction', () => {
    const directed = smallGraph(['a', 'b'], [['e', 'a', 'b']]);
    directed.mergeEdgeAttributes('e', { kind: 'related to', label: 'related to' });
    expect(relationSentence(directed, 'e', 'b')).toBe('B is linked (“related to”) from A');
  });

  it('read the same from both ends, with no direction wording', () => {
    expect(ab).toBeDefined();
    expect(relationSentence(plain, ab!, 'a')).toBe('Alpha is linked to Beta');
    expect(relationSentence(plain, ab!, 'b')).toBe('Beta is linked to Alpha');
    expect(relationPhrase(plain, ab!, 'b')).not.toMatch(/from/);
  });

  it('keep their own phrase both ways when they have one', () => {
    const named = importGraphFile(
      'named.gexf',
      '<gexf version="1.3"><graph defaultedgetype="undirected"><nodes><node id="a" label="A"/><node id="b" label="B"/></nodes><edges><edge id="e" source="a" target="b" label="collaborates with"/></edges></graph></gexf>',
    );
    expect(relationSentence(named, 'e', 'b')).toBe('B collaborates with A');
  });
});

describe('graphHasCertainty', () => {
  it('is false for a graph without relations and for an imported graph that records none', () => {
    expect(graphHasCertainty(smallGraph(['a'], []))).toBe(false);
    const imported = importGraphFile(
      'plain.gexf',
      readFileSync(join(FIXTURES, 'gexf', 'plain-undirected-1.3.gexf'), 'utf8'),
    );
    expect(graphHasCertainty(imported)).toBe(false);
  });

  it('is true once any relation records one, and follows a graph that grows', () => {
    expect(graphHasCertainty(graph)).toBe(true);
    const g = smallGraph(['a', 'b'], [['e', 'a', 'b']]);
    g.mergeEdgeAttributes('e', { certainty: undefined });
    expect(graphHasCertainty(g)).toBe(false);
    g.addDirectedEdgeWithKey('f', 'b', 'a', { ...g.getEdgeAttributes('e'), certainty: 'claim' });
    expect(graphHasCertainty(g)).toBe(true);
  });
});

describe('edgeWeight', () => {
  const gexf = (weights: string[]) =>
    importGraphFile(
      'w.gexf',
      `<gexf version="1.3"><graph><nodes><node id="a"/><node id="b"/></nodes><edges>${weights
        .map((w, i) => `<edge id="e${i}" source="a" target="b"${w ? ` weight="${w}"` : ''}/>`)
        .join('')}</edges></graph></gexf>`,
    );

  it('is undefined for an edge without a weight', () => {
    expect(edgeWeight(graph, EDGE)).toBeUndefined();
    expect(edgeWeight(gexf(['', '3']), 'e0')).toBeUndefined();
  });

  it('is the imported weight', () => {
    const g = gexf(['3', '0.5']);
    expect(edgeWeight(g, 'e0')).toBe(3);
    expect(edgeWeight(g, 'e1')).toBe(0.5);
  });

  it('is left out where every weight is 1 (Gephi writes weight="1.0" on an unweighted graph)', () => {
    expect(edgeWeight(gexf(['1.0', '1.0']), 'e0')).toBeUndefined();
  });
});

describe('sourcesCited', () => {
  it('is empty for no citations, and names an unknown source by its id', () => {
    expect(sourcesCited(graph, [])).toEqual([]);
    expect(sourcesCited(graph, [{ source: 'nowhere' }])).toEqual([
      { id: 'nowhere', name: 'nowhere' },
    ]);
  });

  it('names each source once, in full, the most cited first', () => {
    const cited = sourcesCited(graph, [
      { source: 'comsoc-2025-07-27' },
      { source: 'borna-416' },
      { source: 'borna-416' },
    ]);
    expect(cited.map((s) => s.id)).toEqual(['borna-416', 'comsoc-2025-07-27']);
    expect(cited[0]?.name).toMatch(/^BORNA, “Chinese AI Targets .*”, 2025-07-28$/);
    expect(cited[1]?.name).toMatch(/^IEEE ComSoc Technology Blog, “.*”, 2025-07-27$/);
  });
});

describe('sourceSupport and supportText', () => {
  const graph = () => loadKnowledgeGraph(readDataDir(SHIPPED_DATA), { iterations: 0 });

  it('bad input: a relation one source speaks to has no support text; an unknown edge throws', () => {
    const g = graph();
    const single = g.findEdge(
      (_e, a) => (a.corroboration ?? []).length === 0 && a.citations.length > 0,
    );
    expect(single).toBeDefined();
    expect(sourceSupport(g, single ?? '')).toMatchObject({ contesting: 0 });
    expect(supportText(g, single ?? '')).toBe('');
    expect(() => supportText(g, 'no-such-edge')).toThrow();
  });

  it('counts distinct sources among citations and supporting corroborations, and contesting ones', () => {
    const g = graph();
    const edge = g.edges()[0] ?? '';
    const a = g.getEdgeAttributes(edge);
    const first = a.citations[0]?.source ?? 'borna-416';
    g.setEdgeAttribute(edge, 'corroboration', [
      { source: first, paragraph: 2, stance: 'supports', note: 'Again in the same source.' },
      { source: 'comsoc-2025-07-27', paragraph: 1, stance: 'partly-supports', note: 'In part.' },
      { source: 'other-2025', paragraph: 3, stance: 'contests', note: 'Says otherwise.' },
    ]);
    expect(sourceSupport(g, edge)).toEqual({ backing: 2, contesting: 1 });
    expect(supportText(g, edge)).toBe('2 sources, contested by 1');
  });
});
