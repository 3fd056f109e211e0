/** Hand-built small graphs with known answers, for the query tests. */
import { buildGraph } from '../../src/graph/build';
import type { KnowledgeGraph } from '../../src/graph/types';
import type { Certainty, EntityKind, RelationKind } from '../../src/model/schema';

type EdgeSpec = [
  id: string,
  source: string,
  target: string,
  certainty?: Certainty,
  extra?: { kind?: RelationKind; date?: string },
];

const citations = [{ source: 'doc', paragraph: 1 }];
/** The one source of the hand-built graphs, published by the outlet entity "news". */
const DOC = {
  id: 'doc',
  title: 'Doc',
  outlet: 'news',
  published: '2025-01-01',
  language: 'en',
  paragraphs: 3,
};

/** A graph of companies named by `nodes`, with `develops` relations unless another kind is given. */
export function smallGraph(nodes: readonly string[], edges: readonly EdgeSpec[]): KnowledgeGraph {
  return buildGraph({
    sources: [DOC],
    entities: ['news', ...nodes].map((id) => ({
      id,
      label: id.toUpperCase(),
      kind: id === 'news' ? 'news-outlet' : 'company',
      aliases: [],
      description: id,
      citations,
    })),
    relations: edges.map(([id, source, target, certainty = 'fact', extra = {}]) => ({
      id,
      kind: extra.kind ?? 'develops',
      source,
      target,
      claim: `${source} to ${target}`,
      citations,
      certainty,
      assertedBy: ['news'],
      ...(extra.date !== undefined && { date: extra.date }),
    })),
  });
}

/**
 * A → B → D (facts), A ⇒ B again (opinion, parallel), A → C → D (speculation first), a dated
 * three-hop detour A → E → F → D (subsidiary-of), D → G, and an isolated H.
 */
export const diamond = () =>
  smallGraph(
    ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'],
    [
      ['ab', 'a', 'b'],
      ['bd', 'b', 'd'],
      ['ab2', 'a', 'b', 'opinion'],
      ['ac', 'a', 'c', 'speculation'],
      ['cd', 'c', 'd'],
      ['ae', 'a', 'e', 'fact', { kind: 'subsidiary-of', date: '2024' }],
      ['ef', 'e', 'f', 'fact', { kind: 'subsidiary-of' }],
      ['fd', 'f', 'd', 'fact', { kind: 'subsidiary-of' }],
      ['dg', 'd', 'g'],
    ],
  );

/** A graph with chosen entity kinds and relation kinds, for layers, topics and perspectives. */
export function typedGraph(
  entities: [id: string, kind: EntityKind][],
  relations: [
    id: string,
    kind: RelationKind,
    source: string,
    target: string,
    certainty: Certainty,
    assertedBy?: string[],
  ][],
): KnowledgeGraph {
  return buildGraph({
    sources: [DOC],
    entities: [['news', 'news-outlet'] as const, ...entities].map(([id, kind]) => ({
      id,
      label: id.toUpperCase(),
      kind,
      aliases: [],
      description: id,
      citations,
    })),
    relations: relations.map(([id, kind, source, target, certainty, assertedBy = ['news']]) => ({
      id,
      kind,
      source,
      target,
      claim: `${source} ${kind} ${target}`,
      citations,
      certainty,
      assertedBy,
    })),
  });
}
