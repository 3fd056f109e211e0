/**
 * Which nodes and edges the filters and the focus leave visible. Pure; the reducers, the legend
 * counts, search, the table and "export current view" all read the same answer.
 */
import type { KnowledgeGraph } from '../graph/types';
import { UNRATED, layerOf } from '../model/vocabulary';
import { sliceChanged, type ViewState } from './view-state';

export interface Visibility {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
  /**
   * Under a perspective ("According to"), the entities it speaks of: its asserters and the ends
   * of the relations they assert. The canvas fades the others. Null without a perspective.
   */
  readonly perspective?: ReadonlySet<string> | null;
  /**
   * Every node, and every edge, of the graph is visible (no filter hides one): the reducers skip
   * asking the sets, a lookup in a set of 400k edges being most of a 100k-node restyle.
   */
  readonly allNodes?: boolean;
  readonly allEdges?: boolean;
}

/** The year of a `YYYY[-MM[-DD]]` date. */
const yearOf = (date: string | undefined) =>
  date === undefined ? undefined : Number(date.slice(0, 4));

/** The view-state fields visibility depends on (the selection only under focus). */
export const FILTER_FIELDS = [
  'hiddenKinds',
  'hiddenRelations',
  'hiddenCertainties',
  'hiddenAsserters',
  'hiddenLayers',
  'by',
  'asOf',
  'hideUndated',
  'focus',
] as const satisfies readonly (keyof ViewState)[];

/**
 * Whether two states leave the same things visible without recomputing: the same filter values
 * (by identity: an update that does not touch a filter keeps its object) and, under focus, the
 * same selection. A click that only selects costs nothing here.
 */
export function sameVisibility(a: ViewState, b: ViewState): boolean {
  return !sliceChanged(a, b, FILTER_FIELDS) && (a.focus === 0 || a.selected === b.selected);
}

/** Computes what is visible under the state's filters and focus. */
export function computeVisibility(graph: KnowledgeGraph, state: ViewState): Visibility {
  const { asOf } = state;
  const nodes = new Set<string>();
  graph.forEachNode((node, a) => {
    if (state.hiddenKinds.has(a.kind)) return;
    const year = yearOf(a.date);
    if (asOf !== null && year !== undefined && year > asOf) return;
    nodes.add(node);
  });
  const edges = new Set<string>();
  graph.forEachEdge((edge, a, source, target) => {
    if (!nodes.has(source) || !nodes.has(target)) return;
    if (state.hiddenRelations.has(a.kind) || state.hiddenCertainties.has(a.certainty ?? UNRATED))
      return;
    if (a.assertedBy.length > 0 && a.assertedBy.every((who) => state.hiddenAsserters.has(who)))
      return;
    if (state.by.size > 0 && !a.assertedBy.some((who) => state.by.has(who))) return;
    if (state.hiddenLayers.size > 0 && state.hiddenLayers.has(layerOf(a.kind))) return;
    const year = yearOf(a.date);
    if (asOf !== null && year !== undefined && year > asOf) return;
    if (asOf !== null && state.hideUndated && year === undefined) return;
    edges.add(edge);
  });
  let perspective: Set<string> | null = null;
  if (state.by.size > 0) {
    perspective = new Set([...state.by].filter((who) => nodes.has(who)));
    for (const edge of edges) {
      perspective.add(graph.source(edge));
      perspective.add(graph.target(edge));
    }
  }
  if (state.focus === 0 || state.selected === null || !nodes.has(state.selected))
    return {
      nodes,
      edges,
      perspective,
      allNodes: nodes.size === graph.order,
      allEdges: edges.size === graph.size,
    };

  // Focus: the selection's neighbourhood through visible edges only. graphology-traversal
  // cannot skip filtered edges, hence this small breadth-first walk.
  const reachable = new Set<string>([state.selected]);
  let frontier = [state.selected];
  for (let depth = 0; depth < state.focus; depth++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (edge, _a, source, target) => {
        const other = source === node ? target : source;
        if (edges.has(edge) && !reachable.has(other)) {
          reachable.add(other);
          next.push(other);
        }
      });
    }
    frontier = next;
  }
  const focusedEdges = new Set(
    [...edges].filter((e) => reachable.has(graph.source(e)) && reachable.has(graph.target(e))),
  );
  return { nodes: reachable, edges: focusedEdges, perspective };
}
