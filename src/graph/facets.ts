/**
 * The legend's counts: entities by kind, relations by kind, layer, certainty and asserter, over
 * the whole graph (totals) or what is visible. Statement links repeat their relation's asserter,
 * so claims are counted once, on the relation itself.
 */
import { STATEMENT_KIND, UNRATED, layerOf } from '../model/vocabulary';
import type { KnowledgeGraph } from './types';

export interface FacetCounts {
  readonly kinds: ReadonlyMap<string, number>;
  readonly relations: ReadonlyMap<string, number>;
  readonly layers: ReadonlyMap<string, number>;
  readonly certainties: ReadonlyMap<string, number>;
  readonly asserters: ReadonlyMap<string, number>;
}

/** Counts the given nodes and edges (all of the graph's when omitted) by each facet. */
export function countFacets(
  graph: KnowledgeGraph,
  nodes?: Iterable<string>,
  edges?: Iterable<string>,
): FacetCounts {
  const kinds = new Map<string, number>();
  const relations = new Map<string, number>();
  const layers = new Map<string, number>();
  const certainties = new Map<string, number>();
  const asserters = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  const countNode = (kind: string) => bump(kinds, kind);
  const countEdge = (a: ReturnType<KnowledgeGraph['getEdgeAttributes']>) => {
    bump(relations, a.kind);
    bump(layers, layerOf(a.kind));
    bump(certainties, a.certainty ?? UNRATED);
    if (a.kind !== STATEMENT_KIND) for (const who of a.assertedBy) bump(asserters, who);
  };
  if (nodes === undefined) graph.forEachNode((_n, a) => countNode(a.kind));
  else for (const node of nodes) countNode(graph.getNodeAttribute(node, 'kind'));
  if (edges === undefined) graph.forEachEdge((_e, a) => countEdge(a));
  else for (const edge of edges) countEdge(graph.getEdgeAttributes(edge));
  return { kinds, relations, layers, certainties, asserters };
}
