/**
 * Sigma reducers: view state → display attributes. They never touch the graph; sigma calls them
 * on `refresh()`. Pure functions of (graph, view), unit-tested without WebGL.
 */
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { CERTAINTY_STROKES, KIND_STYLES, RELATION_INK, STATEMENT_COLOR } from '../graph/style';
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from '../graph/types';
import { STATEMENT_KIND, isEntityKind, layerOf } from '../model/vocabulary';
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
  /** A large graph: arrowheads are drawn on emphasised edges only. */
  readonly large?: boolean;
  /** The nodes whose labels are drawn (see `labels.ts`); null before the first plan: none. */
  readonly labels?: { has(node: string): boolean } | null;
  /**
   * The range of the edges' numeric `weight` (imported co-occurrence counts, say), when they
   * carry one and it varies: heavier ties are drawn thicker.
   */
  readonly weights?: { readonly min: number; readonly max: number } | null;
  /** Colour and size by attribute (see `style-by.ts`), overriding the nodes' own. */
  readonly paint?: {
    readonly colors: ReadonlyMap<string, string> | null;
    readonly sizes: ReadonlyMap<string, number> | null;
  };
}

/**
 * Extra display attributes of the bordered node program (rings and filled discs), which the
 * renderer registers under sigma's default name, `circle`.
 */
export interface NodeStyle {
  readonly type: 'circle';
  readonly borderColor: string;
  /** Border width relative to the radius. */
  readonly borderSize: number;
}

/** A kind drawn as a ring: white inside, its colour as a thick border. */
function isRing(kind: string): boolean {
  return isEntityKind(kind) && KIND_STYLES[kind].ring;
}

/** Fill and border of a node in `color`: a disc with a thin white rim, or a ring. */
export function nodeStyle(kind: string, color: string): { color: string } & NodeStyle {
  return isRing(kind)
    ? { type: 'circle', color: '#ffffff', borderColor: color, borderSize: 0.38 }
    : { type: 'circle', color, borderColor: '#ffffff', borderSize: 0.12 };
}

/** `#rrggbb` with an opacity, as `rgba()` (sigma reads both). */
export function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1, 7), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/**
 * An `rgba()` colour lifted to at least `floor` opacity, keeping the order of opacities (alpha
 * becomes floor + (1 − floor) · alpha); other colours unchanged.
 */
export function liftAlpha(color: string, floor: number): string {
  const match = /^rgba\((\d+), (\d+), (\d+), ([\d.]+)\)$/.exec(color);
  if (!match) return color;
  const [, r, g, b, a] = match;
  const lifted = Math.round((floor + (1 - floor) * Number(a)) * 1000) / 1000;
  return `rgba(${r}, ${g}, ${b}, ${lifted})`;
}

/** Thickness of edges drawn by weight, lightest to heaviest (pixels). */
export const WEIGHT_WIDTHS = { min: 1, max: 6 } as const;

/** An edge's numeric weight, if it has one. */
export function edgeWeight(data: EdgeAttributes): number | undefined {
  const raw: unknown = (data as EdgeAttributes & { weight?: unknown }).weight;
  return typeof raw === 'number' && Number.isFinite(raw) ? raw : undefined;
}

/** The range of the edges' weights, or null when none has one or all are equal. */
export function weightRange(graph: KnowledgeGraph): { min: number; max: number } | null {
  let min = Infinity;
  let max = -Infinity;
  graph.forEachEdge((_edge, data) => {
    const w = edgeWeight(data);
    if (w === undefined) return;
    if (w < min) min = w;
    if (w > max) max = w;
  });
  return max > min ? { min, max } : null;
}

/**
 * How an edge is drawn at rest: certainty as opacity and thickness, statements in their own
 * colour, provenance light; imported edges (no certainty) keep their own colour, and their
 * weight, when they have one, sets the thickness (square-root scale, as areas are read).
 */
export function edgeStroke(
  data: EdgeAttributes,
  weights: { min: number; max: number } | null = null,
): { color: string; size: number } {
  const layer = layerOf(data.kind);
  if (data.certainty === undefined) {
    const w = edgeWeight(data);
    if (weights === null || w === undefined) return { color: data.color, size: data.size };
    const t = Math.sqrt(Math.max(0, (w - weights.min) / (weights.max - weights.min)));
    return {
      color: data.color,
      size: WEIGHT_WIDTHS.min + t * (WEIGHT_WIDTHS.max - WEIGHT_WIDTHS.min),
    };
  }
  const stroke = CERTAINTY_STROKES[data.certainty];
  if (layer === 'provenance') return { color: withAlpha('#9ca3af', 0.8), size: 1 };
  const ink = data.kind === STATEMENT_KIND ? STATEMENT_COLOR : RELATION_INK;
  return { color: withAlpha(ink, stroke.alpha), size: stroke.size };
}

/** The selected or hovered entity is drawn at least this large (pixels of radius at zoom 1). */
export const SELECTED_MIN_SIZE = 8;

/** Relation phrases are drawn around a selected entity with at most this many relations. */
export const EDGE_PHRASES_AROUND = 12;

/** The node whose neighbourhood is emphasised: the hovered one, else the selected one. */
function focusNode(context: ViewContext): string | null {
  return context.hovered ?? context.state.selected;
}

/** What a view emphasises as a path: the chosen path, else a selected relation and its ends. */
export type Emphasis = { readonly nodes: ReadonlySet<string>; readonly edges: ReadonlySet<string> };

/**
 * A selected relation reads as a one-hop path: its two ends in colour and named, everything else
 * faded, so a straight line that happens to pass a third node's disc does not read as a chain
 * through it. Memoised per relation (reducers call this for every item).
 */
export function createEmphasis(graph: KnowledgeGraph) {
  let lastEdge: string | null = null;
  let last: Emphasis | null = null;
  return (context: Pick<ViewContext, 'path' | 'hovered' | 'state'>): Emphasis | null => {
    if (context.path) return context.path;
    const edge = context.state.selectedEdge;
    if (edge === null || context.hovered !== null || !graph.hasEdge(edge)) return null;
    if (edge !== lastEdge) {
      lastEdge = edge;
      last = { nodes: new Set(graph.extremities(edge)), edges: new Set([edge]) };
    }
    return last;
  };
}

/** Builds the node reducer. */
export function createNodeReducer(graph: KnowledgeGraph, getContext: () => ViewContext) {
  const emphasis = createEmphasis(graph);
  return (
    node: string,
    attributes: NodeAttributes,
  ): Partial<NodeDisplayData> & Partial<NodeStyle> => {
    let data = attributes;
    const context = getContext();
    const path = emphasis(context);
    // A chosen path shows whole, even through filtered items.
    if (!context.visibility.nodes.has(node) && !path?.nodes.has(node))
      return { ...data, hidden: true };
    // Colour and size by an attribute, when chosen.
    const color = context.paint?.colors?.get(node) ?? data.color;
    const size = context.paint?.sizes?.get(node) ?? data.size;
    data = { ...data, color, size };
    // Labels are planned (collision-free, by importance): only planned nodes carry one.
    const planned = context.labels?.has(node) ?? false;
    const label = planned ? data.label : '';
    const faded = { ...data, ...nodeStyle(data.kind, VIEW_COLORS.faded), label: '', zIndex: 0 };
    if (path) {
      return path.nodes.has(node)
        ? { ...data, ...nodeStyle(data.kind, data.color), label, forceLabel: planned, zIndex: 2 }
        : faded;
    }
    const center = focusNode(context);
    const own = { ...data, ...nodeStyle(data.kind, data.color), label, forceLabel: planned };
    // A perspective fades the entities its claims do not touch (its own stay in colour).
    const { perspective } = context.visibility;
    if (perspective && !perspective.has(node) && node !== center) return faded;
    if (center === null || !context.visibility.nodes.has(center)) return { ...own, zIndex: 1 };
    // Never `highlighted`: sigma draws highlighted nodes on its hover layer, over the labels, and
    // with a label box of its own (empty for an unlabelled node). zIndex puts them on top.
    // The selection stands out even where a file made it the smallest dot of all.
    if (node === center) return { ...own, size: Math.max(own.size, SELECTED_MIN_SIZE), zIndex: 3 };
    const adjacent =
      graph.someEdge(node, center, (edge) => context.visibility.edges.has(edge)) ||
      graph.someEdge(center, node, (edge) => context.visibility.edges.has(edge));
    if (adjacent) return { ...own, zIndex: 2 };
    return faded;
  };
}

/** Builds the edge reducer. */
export function createEdgeReducer(graph: KnowledgeGraph, getContext: () => ViewContext) {
  const emphasis = createEmphasis(graph);
  return (edge: string, data: EdgeAttributes): Partial<EdgeDisplayData> => {
    const context = getContext();
    const path = emphasis(context);
    if (!context.visibility.edges.has(edge) && !path?.edges.has(edge))
      return { ...data, hidden: true };
    const curvature = context.curvatures.get(edge);
    // Undirected edges (imported graphs) get no arrowhead; parallel edges curve apart.
    const shape = (arrow: boolean) =>
      !arrow
        ? curvature === undefined
          ? { type: 'line' }
          : { type: 'curvedLine', curvature }
        : curvature === undefined
          ? { type: 'arrow' }
          : { type: 'curved', curvature };
    const directed = data.undirected !== true;
    // A large graph draws its arrowheads only on emphasised edges: at that density they are
    // specks that double the edges' drawing work (a second program per edge).
    const base = {
      ...data,
      ...shape(directed && context.large !== true),
      ...edgeStroke(data, context.weights ?? null),
      label: context.edgeLabels ? data.label : '',
    };
    // Under a perspective its relations are what the reader asked to see: drawn firm (at least
    // 0.7 opaque, one and a half times as thick), keeping certainty's order among them.
    if (context.visibility.perspective) {
      base.size *= 1.5;
      base.color = liftAlpha(base.color, 0.7);
    }
    const arrowed = { ...base, ...shape(directed) };
    if (context.state.selectedEdge === edge) {
      return {
        ...arrowed,
        label: data.label,
        color: VIEW_COLORS.selectedEdge,
        size: 4,
        forceLabel: true,
        zIndex: 3,
      };
    }
    if (path) {
      if (!context.visibility.edges.has(edge) && !path.edges.has(edge))
        return { ...base, hidden: true };
      return path.edges.has(edge)
        ? {
            ...arrowed,
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
    const incident = graph.source(edge) === center || graph.target(edge) === center;
    if (incident) {
      // A hub's phrases would pile up around it: they show for a few edges, or on hover; the
      // details panel names every relation anyway.
      const phrases = graph.degree(center) <= EDGE_PHRASES_AROUND || context.hovered === center;
      return {
        ...arrowed,
        label: phrases || context.edgeLabels ? data.label : '',
        // Statements keep their own colour when emphasised: still not a tie.
        color: data.kind === STATEMENT_KIND ? STATEMENT_COLOR : VIEW_COLORS.highlightEdge,
        // Emphasised, and still as heavy as its weight says.
        size: Math.max(2.5, base.size + 1),
        forceLabel: phrases,
        zIndex: 2,
      };
    }
    return { ...base, color: VIEW_COLORS.fadedEdge, label: '', zIndex: 0 };
  };
}
