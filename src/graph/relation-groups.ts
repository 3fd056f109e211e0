/**
 * An entity's relations as the details panel lists them: grouped by relation kind and by which end
 * the entity is ("Owns" and "Subsidiary of" are different groups), in the vocabulary's order.
 */
import { RELATION_KIND_IDS, STATEMENT_KIND } from '../model/vocabulary';
import { orderKinds, relationWording } from './describe';
import type { KnowledgeGraph } from './types';

export interface RelationGroup {
  readonly kind: string;
  /** `out` when the entity is the relation's subject (or the wording reads the same both ways). */
  readonly end: 'out' | 'in';
  readonly edges: readonly string[];
}

/**
 * The visible relations of `node`, grouped; `hidden` counts those the filters hide. A speaker's
 * own statement links are left out (they repeat the speaker's claims).
 */
export function relationGroups(
  graph: KnowledgeGraph,
  node: string,
  visible: ReadonlySet<string>,
): { readonly groups: readonly RelationGroup[]; readonly hidden: number } {
  const byKey = new Map<string, { kind: string; end: 'out' | 'in'; edges: string[] }>();
  let hidden = 0;
  graph.forEachEdge(node, (edge, e, source) => {
    if (e.kind === STATEMENT_KIND && source === node) return;
    if (!visible.has(edge)) {
      hidden++;
      return;
    }
    const wording = relationWording(graph, edge);
    const end = source === node || wording.forward === wording.inverse ? 'out' : 'in';
    const key = `${e.kind}|${end}`;
    const group = byKey.get(key);
    if (group) group.edges.push(edge);
    else byKey.set(key, { kind: e.kind, end, edges: [edge] });
  });
  const groups = [...byKey.values()];
  const kinds = orderKinds(
    groups.map((g) => g.kind),
    RELATION_KIND_IDS,
  );
  // Kinds in the vocabulary's order; within a kind, the entity's own relations first.
  const rank = new Map(kinds.map((kind, i) => [kind, i]));
  groups.sort(
    (a, b) =>
      (rank.get(a.kind) ?? 0) - (rank.get(b.kind) ?? 0) ||
      (a.end === b.end ? 0 : a.end === 'out' ? -1 : 1),
  );
  return { groups, hidden };
}
