import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimsMadeBy } from '../../src/graph/claims';
import { citationsText, corroborationText, relationSentence } from '../../src/graph/describe';
import { cardSources, groupHeading, relationGroups } from '../../src/graph/relation-groups';
import { importGraphFile } from '../../src/io/import';
import { loadKnowledgeGraph } from '../../src/load';
import { FIXTURES, SHIPPED_DATA, readDataDir } from '../helpers/data';
import { smallGraph } from '../helpers/graphs';

describe('relationGroups', () => {
  it('has no groups for an entity without relations, and counts what the filters hide', () => {
    const graph = smallGraph(['a', 'b', 'c'], [['ab', 'a', 'b']]);
    expect(relationGroups(graph, 'c', new Set(['ab']))).toEqual({ groups: [], hidden: 0 });
    expect(relationGroups(graph, 'a', new Set())).toEqual({ groups: [], hidden: 1 });
  });

  it('groups by kind in the vocabulary’s order, the entity’s own relations first', () => {
    const graph = smallGraph(
      ['a', 'b', 'c', 'd'],
      [
        ['ab', 'a', 'b', 'fact', { kind: 'subsidiary-of' }],
        ['ca', 'c', 'a', 'fact', { kind: 'subsidiary-of' }],
        ['ad', 'a', 'd', 'fact', { kind: 'develops' }],
        ['ad2', 'a', 'd', 'fact', { kind: 'develops' }],
      ],
    );
    const { groups } = relationGroups(graph, 'a', new Set(['ab', 'ca', 'ad', 'ad2']));
    const kinds = groups.map((g) => `${g.kind}|${g.end}`);
    expect(kinds).toContain('develops|out');
    expect(kinds.indexOf('subsidiary-of|out')).toBe(kinds.indexOf('subsidiary-of|in') - 1);
    expect([...(groups.find((g) => g.kind === 'develops')?.edges ?? [])].sort()).toEqual([
      'ad',
      'ad2',
    ]);
  });

  it('groups a hub’s 20,000 relations without copying a list per relation', () => {
    const graph = smallGraph(['hub', 'x'], [['e0', 'hub', 'x']]);
    const edges = new Set<string>(['e0']);
    const attributes = graph.getEdgeAttributes('e0');
    for (let i = 1; i < 20_000; i++)
      edges.add(graph.addDirectedEdge('hub', 'x', { ...attributes }));
    expect(relationGroups(graph, 'hub', edges).groups[0]?.edges).toHaveLength(20_000);
  });
});

describe('groupHeading', () => {
  it('names a group without relations by its kind', () => {
    const graph = smallGraph(['a'], []);
    const empty = { kind: 'develops', end: 'out', undirected: false, edges: [] } as const;
    expect(groupHeading(graph, 'a', empty)).toBe('Develops');
  });

  it('reads a directed group from the entity’s side', () => {
    const graph = smallGraph(['a', 'b'], [['ab', 'a', 'b', 'fact', { kind: 'subsidiary-of' }]]);
    const headings = (node: string) =>
      relationGroups(graph, node, new Set(['ab'])).groups.map((g) => groupHeading(graph, node, g));
    expect(headings('a')).toEqual(['Is a subsidiary of']);
    expect(headings('b')).toEqual(['Owns']);
  });

  it('an undirected graph reads "Linked to (n)", with no direction, in one group', () => {
    const graph = importGraphFile(
      'plain.gexf',
      readFileSync(join(FIXTURES, 'gexf', 'plain-undirected-1.3.gexf'), 'utf8'),
    );
    const { groups } = relationGroups(graph, 'b', new Set(graph.edges()));
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ undirected: true });
    expect(`${groupHeading(graph, 'b', groups[0]!)} (${groups[0]!.edges.length})`).toBe(
      'Linked to (3)',
    );
  });
});

describe('cardSources', () => {
  const article = loadKnowledgeGraph(readDataDir(SHIPPED_DATA), { iterations: 0 });

  it('is empty for a card that cites nothing', () => {
    const graph = importGraphFile(
      'plain.gexf',
      readFileSync(join(FIXTURES, 'gexf', 'plain-undirected-1.3.gexf'), 'utf8'),
    );
    expect(cardSources(graph, 'b', graph.edges('b'))).toEqual([]);
    expect(cardSources(graph, null, [])).toEqual([]);
  });

  it('Huawei’s card names the article’s title once: in its sources, never per claim', () => {
    const { groups } = relationGroups(article, 'huawei', new Set(article.edges()));
    const listed = [...groups.flatMap((g) => g.edges), ...claimsMadeBy(article, 'huawei')];
    expect(listed.length).toBeGreaterThan(20);
    const sources = cardSources(article, 'huawei', listed);
    // Every source the card's entity, relations and corroborations cite (the data decides how
    // many), the article first: it is cited most.
    const cited = new Set([
      ...article.getNodeAttribute('huawei', 'citations').map((c) => c.source),
      ...listed.flatMap((edge) => [
        ...article.getEdgeAttribute(edge, 'citations').map((c) => c.source),
        ...(article.getEdgeAttribute(edge, 'corroboration') ?? []).map((c) => c.source),
      ]),
    ]);
    expect(new Set(sources.map((s) => s.id))).toEqual(cited);
    expect(sources.map((s) => s.id)).toContain('comsoc-2025-07-27');
    expect(sources[0]?.id).toBe('borna-416');
    const title = article.getAttribute('sources').find((s) => s.id === 'borna-416')?.title ?? '';
    expect(title.length).toBeGreaterThan(20);
    // The card's text as the details panel and `kg show` compose it: headings, sentences, each
    // claim's brief citation and corroborations, then the sources line.
    const card = [
      citationsText(article, article.getNodeAttribute('huawei', 'citations'), 'brief'),
      ...groups.flatMap((g) => [
        groupHeading(article, 'huawei', g),
        ...g.edges.flatMap((edge) => [
          relationSentence(article, edge, 'huawei'),
          citationsText(article, article.getEdgeAttribute(edge, 'citations'), 'brief'),
          ...(article.getEdgeAttribute(edge, 'corroboration') ?? []).map((c) =>
            corroborationText(article, c),
          ),
        ]),
      ]),
      ...sources.map((s) => s.name),
    ].join('\n');
    expect(card.split(title).length - 1).toBe(1);
  });
});
