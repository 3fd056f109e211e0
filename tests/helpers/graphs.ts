/** Hand-built small graphs with known answers, for the query tests. */
import { buildGraph } from '../../src/graph/build';
import type { KnowledgeGraph } from '../../src/graph/types';
import type { Certainty, RelationKind } from '../../src/model/schema';

type EdgeSpec = [
  id: string,
  source: string,
  target: string,
  certainty?: Certainty,
  extra?: { kind?: RelationKind; date?: string },
];

/** A graph of companies named by `nodes`, with `develops` relations unless another kind is given. */
export function smallGraph(nodes: readonly string[], edges: readonly EdgeSpec[]): KnowledgeGraph {
  const citations = [{ source: 'doc', paragraph: 1 }];
  return buildGraph({
    sources: [
      {
        id: 'doc',
        title: 'Doc',
        outlet: 'news',
        published: '2025-01-01',
        language: 'en',
        paragraphs: 3,
      },
    ],
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
