/**
 * Sigma reducers: view state → display attributes. They never touch the graph; sigma calls them
 * on `refresh()`. Pure functions of (graph, view), unit-tested without WebGL.
 */
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from '../graph/types';
import type { ViewState } from './view-state';
import type { Visibility } from './visibility';

/** Colours of the view (faded items, highlights). */
export const VIEW_COLORS = {
  faded: '#e4e4e4',
  fadedEdge: '#efefef',
  highlightEdge: '#1f2937',
  selectedEdge: '#d55e00',
  path: '#d55e00',
} as const;

/** Everything the reducers read besides the graph. */
export interface ViewContext {
  readonly state: ViewState;
  readonly visibility: Visibility;
  /** Hovered node, if any (transient, not in the URL). */
  readonly hovered: string | null;
  /** Nodes and edges of a highlighted path, if any. */
  readonly path: {
    readonly nodes: ReadonlySet<string>;
    readonly edges: ReadonlySet<string>;
  } | null;
  /** Edge id → curvature for parallel edges. */
  readonly curvatures: ReadonlyMap<string, number>;
  /** Zoomed in far enough to label every edge (others are labelled only when emphasised). */
  readonly edgeLabels: boolean;
}

/** The node whose neighbourhood is emphasised: the hovered one, else the selected one. */
function focusNode(context: ViewContext): string | null {
  return context.hovered ?? context.state.selected;
}

/** Builds the node reducer. */
export function createNodeReducer(graph: KnowledgeGraph, getContext: () => ViewContext) {
  return (node: string, data: NodeAttributes): Partial<NodeDisplayData> => {
    const context = getContext();
    const { path } = context;
    // A chosen path shows whole, even through filtered items.
    if (!context.visibility.nodes.has(node) && !path?.nodes.has(node))
      return { ...data, hidden: true };
    if (path) {
      return path.nodes.has(node)
        ? { ...data, highlighted: true, forceLabel: true, zIndex: 2 }
        : { ...data, color: VIEW_COLORS.faded, label: '', zIndex: 0 };
    }
    const center = focusNode(context);
    if (center === null || !context.visibility.nodes.has(center)) return { ...data, zIndex: 1 };
    if (node === center) return { ...data, highlighted: true, forceLabel: true, zIndex: 3 };
    const adjacent =
      graph.someEdge(node, center, (edge) => context.visibility.edges.has(edge)) ||
      graph.someEdge(center, node, (edge) => context.visibility.edges.has(edge));
    if (adjacent) return { ...data, forceLabel: true, zIndex: 2 };
    return { ...data, color: VIEW_COLORS.faded, label: '', zIndex: 0 };
  };
}

/** Builds the edge reducer. */
export function createEdgeReducer(graph: KnowledgeGraph, getContext: () => ViewContext) {
  return (edge: string, data: EdgeAttributes): Partial<EdgeDisplayData> => {
    const context = getContext();
    if (!context.visibility.edges.has(edge) && !context.path?.edges.has(edge))
      return { ...data, hidden: true };
    const curvature = context.curvatures.get(edge);
    // Undirected edges (imported graphs) get no arrowhead; parallel edges curve apart.
    const shape = data.undirected
      ? curvature === undefined
        ? { type: 'line' }
        : { type: 'curvedLine', curvature }
      : curvature === undefined
        ? { type: 'arrow' }
        : { type: 'curved', curvature };
    const base = { ...data, ...shape, label: context.edgeLabels ? data.label : '' };
    if (context.state.selectedEdge === edge) {
      return {
        ...base,
        label: data.label,
        color: VIEW_COLORS.selectedEdge,
        size: 4,
        forceLabel: true,
        zIndex: 3,
      };
    }
    if (context.path) {
      if (!context.visibility.edges.has(edge) && !context.path.edges.has(edge))
        return { ...base, hidden: true };
      return context.path.edges.has(edge)
        ? {
            ...base,
            label: data.label,
            color: VIEW_COLORS.path,
            size: 4,
            forceLabel: true,
            zIndex: 2,
          }
        : { ...base, color: VIEW_COLORS.fadedEdge, label: '', zIndex: 0 };
    }
    const center = focusNode(context);
    if (center === null || !context.visibility.nodes.has(center)) return base;
    if (graph.source(edge) === center || graph.target(edge) === center) {
      return {
        ...base,
        label: data.label,
        color: VIEW_COLORS.highlightEdge,
        size: 2.5,
        forceLabel: true,
        zIndex: 2,
      };
    }
    return { ...base, color: VIEW_COLORS.fadedEdge, label: '', zIndex: 0 };
  };
}
