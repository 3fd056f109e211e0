/**
 * An entity's relations as the details panel lists them: grouped by relation kind and by which end
 * the entity is ("Owns" and "Subsidiary of" are different groups), in the vocabulary's order; each
 * group's heading; and the sources the card names once.
 */
import { RELATION_KIND_IDS, STATEMENT_KIND } from '../model/vocabulary';
import {
  orderKinds,
  relationKindLabel,
  relationPhrase,
  relationWording,
  sourcesCited,
} from './describe';
import type { KnowledgeGraph } from './types';

export interface RelationGroup {
  readonly kind: string;
  /** `out` when the entity is the relation's subject (or the wording reads the same both ways). */
  readonly end: 'out' | 'in';
  /** The group's relations are undirected (an imported undirected graph): no end to read from. */
  readonly undirected: boolean;
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
  const byKey = new Map<
    string,
    { kind: string; end: 'out' | 'in'; undirected: boolean; edges: string[] }
  >();
  let hidden = 0;
  graph.forEachEdge(node, (edge, e, source) => {
    if (e.kind === STATEMENT_KIND && source === node) return;
    if (!visible.has(edge)) {
      hidden++;
      return;
    }
    const wording = relationWording(graph, edge);
    const end = source === node || wording.forward === wording.inverse ? 'out' : 'in';
    // A mixed graph may hold the same kind both ways: directed and undirected read differently.
    const undirected = e.undirected === true;
    const key = `${e.kind}|${end}|${undirected ? 'u' : 'd'}`;
    const group = byKey.get(key);
    if (group) group.edges.push(edge);
    else byKey.set(key, { kind: e.kind, end, undirected, edges: [edge] });
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

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * A group's heading, read from `node`'s side: "Owns", "Is a subsidiary of", "Named in claims by
 * others"; an undirected group names a tie rather than an act, with no direction: "Linked to".
 */
export function groupHeading(graph: KnowledgeGraph, node: string, group: RelationGroup): string {
  if (group.kind === STATEMENT_KIND) return 'Named in claims by others';
  const first = group.edges[0];
  if (first === undefined) return relationKindLabel(group.kind);
  const phrase = relationPhrase(graph, first, node);
  return capitalise(group.undirected ? phrase.replace(/^is /, '') : phrase);
}

/**
 * The sources a card cites, each once and in full (outlet, “title”, date), most cited first: the
 * entity's own citations and those of every relation the card lists, with their corroborations.
 * The card names these once; each claim then cites in brief (outlet, date, ¶n).
 */
export function cardSources(
  graph: KnowledgeGraph,
  node: string | null,
  edges: Iterable<string>,
): { readonly id: string; readonly name: string }[] {
  const cited: { readonly source: string }[] =
    node === null ? [] : [...graph.getNodeAttribute(node, 'citations')];
  for (const edge of edges) {
    const a = graph.getEdgeAttributes(edge);
    cited.push(...a.citations, ...(a.corroboration ?? []));
  }
  return sourcesCited(graph, cited);
}
