import { describe, expect, it } from 'vitest';
import {
  certaintyOf,
  citationsText,
  kindColor,
  kindLabel,
  orderKinds,
  qualifierText,
  relationPhrase,
  relationSentence,
  relationWording,
} from '../../src/graph/describe';
import { loadKnowledgeGraph } from '../../src/load';
import { SHIPPED_DATA, readDataDir } from '../helpers/data';
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
