import { describe, expect, it } from 'vitest';
import { relationGroups } from '../../src/graph/relation-groups';
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
