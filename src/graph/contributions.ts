/**
 * What one source contributes to the graph: the relations it is cited for (what it adds), and
 * the relations it corroborates, supporting or contesting them, each at its paragraph. The
 * Sources view compares sources by it.
 */
import type { KnowledgeGraph } from './types';

/** One relation a source speaks to, at a paragraph. */
export interface SourceMention {
  readonly edge: string;
  readonly paragraph: number;
  /** How: cited for it, or supporting (fully or in part) or contesting another source's. */
  readonly role: 'cites' | 'supports' | 'contests';
}

/**
 * Every relation `source` speaks to, in graph order: cited (`cites`), or corroborating it
 * (`supports`, which counts "partly supports", or `contests`). Empty for an unknown source.
 */
export function sourceMentions(graph: KnowledgeGraph, source: string): SourceMention[] {
  const found: SourceMention[] = [];
  graph.forEachEdge((edge, a) => {
    for (const c of a.citations)
      if (c.source === source) found.push({ edge, paragraph: c.paragraph, role: 'cites' });
    for (const c of a.corroboration ?? [])
      if (c.source === source)
        found.push({
          edge,
          paragraph: c.paragraph,
          role: c.stance === 'contests' ? 'contests' : 'supports',
        });
  });
  return found;
}

/** How many distinct relations a source adds, supports and contests. */
export function sourceTally(
  mentions: readonly SourceMention[],
): Readonly<Record<SourceMention['role'], number>> {
  const distinct = (role: SourceMention['role']) =>
    new Set(mentions.filter((m) => m.role === role).map((m) => m.edge)).size;
  return {
    cites: distinct('cites'),
    supports: distinct('supports'),
    contests: distinct('contests'),
  };
}
