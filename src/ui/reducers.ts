/**
 * Sigma reducers: view state → display attributes. They never touch the graph; sigma calls them
 * on `refresh()`. Pure functions of (graph, view), unit-tested without WebGL.
 */
import {
  CERTAINTY_STROKES,
  CONTESTED_COLOR,
  KIND_STYLES,
  RELATION_INK,
  STATEMENT_COLOR,
} from '../graph/style';
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
/** Above this many edges a graph is drawn the light way (see `large` in `createRenderer`). */
export const LARGE_GRAPH_EDGES = 5_000;

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
   * An entity drawn large and on top without fading the rest: the keyboard's, on a large graph,
   * where emphasising a neighbourhood restyles every node at each arrow key.
   */
  readonly marked?: string | null;
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

/** `withAlpha`'s answers: a handful of (colour, opacity) pairs, asked for per edge per restyle. */
const alphaColors = new Map<string, Map<number, string>>();

/** `#rrggbb` with an opacity, as `rgba()` (sigma reads both). Memoised: no new string per call. */
export function withAlpha(hex: string, alpha: number): string {
  let byAlpha = alphaColors.get(hex);
  if (byAlpha === undefined) {
    byAlpha = new Map();
    alphaColors.set(hex, byAlpha);
  }
  let color = byAlpha.get(alpha);
  if (color === undefined) {
    const n = Number.parseInt(hex.slice(1, 7), 16);
    color = `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
    byAlpha.set(alpha, color);
  }
  return color;
}

/** `liftAlpha`'s answers by floor and colour (a perspective lifts every drawn edge's colour). */
const liftedColors = new Map<number, Map<string, string>>();

/**
 * An `rgba()` colour lifted to at least `floor` opacity, keeping the order of opacities (alpha
 * becomes floor + (1 − floor) · alpha); other colours unchanged. Memoised: a regular expression
 * and a new string per edge per restyle cost a perspective's refresh hundreds of milliseconds.
 */
export function liftAlpha(color: string, floor: number): string {
  let byColor = liftedColors.get(floor);
  if (byColor === undefined) {
    byColor = new Map();
    liftedColors.set(floor, byColor);
  }
  let lifted = byColor.get(color);
  if (lifted === undefined) {
    const match = /^rgba\((\d+), (\d+), (\d+), ([\d.]+)\)$/.exec(color);
    if (match) {
      const [, r, g, b, alpha] = match;
      const raised = Math.round((floor + (1 - floor) * Number(alpha)) * 1000) / 1000;
      lifted = `rgba(${r}, ${g}, ${b}, ${raised})`;
    } else lifted = color;
    // Imported graphs may give every edge its own colour: keep the memo bounded.
    if (byColor.size < 10_000) byColor.set(color, lifted);
  }
  return lifted;
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
  return { color: strokeColor(data), size: strokeSize(data, weights) };
}

/** The colour of `edgeStroke`, without an object (the reducers ask per edge). */
function strokeColor(data: EdgeAttributes): string {
  if (data.certainty === undefined) return data.color;
  if (layerOf(data.kind) === 'provenance') return withAlpha('#9ca3af', 0.8);
  const ink = data.kind === STATEMENT_KIND ? STATEMENT_COLOR : RELATION_INK;
  return withAlpha(ink, CERTAINTY_STROKES[data.certainty].alpha);
}

/** The thickness of `edgeStroke`. */
function strokeSize(data: EdgeAttributes, weights: { min: number; max: number } | null): number {
  if (data.certainty === undefined) {
    const w = edgeWeight(data);
    if (weights === null || w === undefined) return data.size;
    const t = Math.sqrt(Math.max(0, (w - weights.min) / (weights.max - weights.min)));
    return WEIGHT_WIDTHS.min + t * (WEIGHT_WIDTHS.max - WEIGHT_WIDTHS.min);
  }
  if (layerOf(data.kind) === 'provenance') return 1;
  return CERTAINTY_STROKES[data.certainty].size;
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

/**
 * A node as drawn: the fields sigma's node program and our label drawer read. The reducer keeps
 * one per node and returns it again while the node looks the same (see `createNodeReducer`).
 */
export interface NodeDisplay extends NodeStyle {
  /** Position: sigma overwrites these with framed coordinates, so they are set on every call. */
  x: number;
  y: number;
  readonly size: number;
  readonly color: string;
  readonly label: string;
  readonly forceLabel: boolean;
  readonly zIndex: number;
  readonly hidden: boolean;
}

/** An edge as drawn: the fields sigma's edge programs and edge labels read. */
export interface EdgeDisplay {
  readonly type: string;
  readonly curvature?: number;
  readonly color: string;
  readonly size: number;
  readonly label: string;
  readonly forceLabel: boolean;
  readonly zIndex: number;
  readonly hidden: boolean;
}

/**
 * Everything a node's look depends on besides the node, derived once per view: the reducers are
 * called for every item, and recomputing the focus's neighbourhood (or the emphasis) per item was
 * most of a 100k-node restyle.
 */
interface NodeView {
  readonly context: ViewContext;
  readonly path: Emphasis | null;
  /** The hovered or selected entity (null when neither). */
  readonly center: string | null;
  /** The centre is visible: its neighbourhood is emphasised and the rest faded. */
  readonly centerShown: boolean;
  /** The centre's neighbours through visible relations. */
  readonly adjacent: ReadonlySet<string>;
}

/**
 * The last two looks of each item, most recent first. Reducers return a kept look again when the
 * item looks the same, so a restyle allocates only for items whose look is new; two are kept
 * because the commonest changes go back and forth (select a hub, clear it; hover, leave), and each
 * way would otherwise make a new object for every item the change fades.
 */
function createLooks<D>(): (key: string, same: (look: D) => boolean, make: () => D) => D {
  const looks = new Map<string, D[]>();
  return (key, same, make) => {
    const kept = looks.get(key);
    if (kept === undefined) {
      const look = make();
      looks.set(key, [look]);
      return look;
    }
    const [first, second] = kept;
    if (first !== undefined && same(first)) return first;
    if (second !== undefined && same(second)) {
      kept[0] = second;
      kept[1] = first as D;
      return second;
    }
    const look = make();
    kept[1] = first as D;
    kept[0] = look;
    return look;
  };
}

/** The nodes tied to `center` by a visible relation (either direction). */
function neighboursThrough(
  graph: KnowledgeGraph,
  center: string,
  edges: ReadonlySet<string>,
): Set<string> {
  const adjacent = new Set<string>();
  graph.forEachEdge(center, (edge, _a, source, target) => {
    if (edges.has(edge)) adjacent.add(source === center ? target : source);
  });
  return adjacent;
}

/**
 * Builds the node reducer. It never allocates for a node whose look did not change: it keeps the
 * display object it returned last for each node and returns it again (with the position sigma
 * needs) when every drawn field is the same; only nodes the view change touched (faded,
 * emphasised, labelled) get a new one. At 100k nodes the four object spreads per node it made
 * before took over a second per restyle, and every pan, blur and hover paid for it.
 */
export function createNodeReducer(graph: KnowledgeGraph, getContext: () => ViewContext) {
  const emphasis = createEmphasis(graph);
  const looks = createLooks<NodeDisplay>();
  let view: NodeView | null = null;
  const viewOf = (context: ViewContext): NodeView => {
    if (view?.context === context) return view;
    const raw = focusNode(context);
    const centerShown = raw !== null && context.visibility.nodes.has(raw);
    view = {
      context,
      path: emphasis(context),
      center: raw,
      centerShown,
      adjacent: centerShown ? neighboursThrough(graph, raw, context.visibility.edges) : new Set(),
    };
    return view;
  };
  return (node: string, attributes: NodeAttributes): NodeDisplay => {
    const context = getContext();
    const { path, center, centerShown, adjacent } = viewOf(context);
    const { visibility } = context;
    const onPath = path?.nodes.has(node) ?? false;
    // Colour and size by an attribute, when chosen.
    const color = context.paint?.colors?.get(node) ?? attributes.color;
    let size = context.paint?.sizes?.get(node) ?? attributes.size;
    // Labels are planned (collision-free, by importance): only planned nodes carry one.
    const planned = context.labels?.has(node) ?? false;
    let label = planned ? attributes.label : '';
    let forceLabel = planned;
    let zIndex = 0;
    let faded = false;
    let hidden = false;
    // A chosen path shows whole, even through filtered items.
    if (visibility.allNodes !== true && !visibility.nodes.has(node) && !onPath) hidden = true;
    else if (path) {
      if (onPath) zIndex = 2;
      else faded = true;
    } else if (visibility.perspective && !visibility.perspective.has(node) && node !== center) {
      // A perspective fades the entities its claims do not touch (its own stay in colour).
      faded = true;
    } else if (node === context.marked) {
      // The keyboard's entity on a large graph: drawn large and on top, the rest left as it is.
      size = Math.max(size, SELECTED_MIN_SIZE);
      zIndex = 3;
    } else if (!centerShown) zIndex = 1;
    else if (node === center) {
      // Never `highlighted`: sigma draws highlighted nodes on its hover layer, over the labels,
      // and with a label box of its own (empty for an unlabelled node). zIndex puts them on top.
      // The selection stands out even where a file made it the smallest dot of all.
      size = Math.max(size, SELECTED_MIN_SIZE);
      zIndex = 3;
    } else if (adjacent.has(node)) zIndex = 2;
    else faded = true;
    if (faded || hidden) {
      label = '';
      forceLabel = false;
      zIndex = 0;
    }
    // Rings (white inside, their colour as a thick border) and discs (a thin white rim); faded
    // nodes in the one faded grey, whatever their colour.
    const ink = faded ? VIEW_COLORS.faded : color;
    const ring = isRing(attributes.kind);
    const fill = ring ? '#ffffff' : ink;
    const borderColor = ring ? ink : '#ffffff';
    const borderSize = ring ? 0.38 : 0.12;
    const look = looks(
      node,
      (last) =>
        last.hidden === hidden &&
        last.color === fill &&
        last.borderColor === borderColor &&
        last.borderSize === borderSize &&
        last.size === size &&
        last.label === label &&
        last.forceLabel === forceLabel &&
        last.zIndex === zIndex,
      () => ({
        x: attributes.x,
        y: attributes.y,
        type: 'circle',
        size,
        color: fill,
        borderColor,
        borderSize,
        label,
        forceLabel,
        zIndex,
        hidden,
      }),
    );
    // Sigma rewrote a kept look's position to framed coordinates when it took it; give it the
    // graph's again, as it expects from a reducer.
    look.x = attributes.x;
    look.y = attributes.y;
    return look;
  };
}

/** The edge reducer's per-view derivations (see `NodeView`). */
interface EdgeView {
  readonly context: ViewContext;
  readonly path: Emphasis | null;
  readonly center: string | null;
  readonly centerShown: boolean;
  /** The centre's visible relations (emphasised): found once, not asked of each edge. */
  readonly incident: ReadonlySet<string>;
  /** The focus's relation phrases are drawn (a few relations, or hovered). */
  readonly phrases: boolean;
}

/**
 * Builds the edge reducer. Like the node reducer, it returns the object it gave an edge last
 * while the edge looks the same, and its colours are computed once (no `rgba()` string per
 * call): a 400k-edge restyle allocates only for the edges the change touched.
 */
export function createEdgeReducer(graph: KnowledgeGraph, getContext: () => ViewContext) {
  const emphasis = createEmphasis(graph);
  const looks = createLooks<EdgeDisplay>();
  let view: EdgeView | null = null;
  const viewOf = (context: ViewContext): EdgeView => {
    if (view?.context === context) return view;
    const center = focusNode(context);
    const centerShown = center !== null && context.visibility.nodes.has(center);
    view = {
      context,
      path: emphasis(context),
      center,
      centerShown,
      incident: centerShown ? new Set(graph.edges(center)) : new Set(),
      // A hub's phrases would pile up around it: they show for a few edges, or on hover; the
      // details panel names every relation anyway.
      phrases:
        centerShown && (graph.degree(center) <= EDGE_PHRASES_AROUND || context.hovered === center),
    };
    return view;
  };
  return (edge: string, data: EdgeAttributes): EdgeDisplay => {
    const context = getContext();
    const { path, centerShown, incident, phrases } = viewOf(context);
    const { visibility } = context;
    const onPath = path?.edges.has(edge) ?? false;
    const curvature = context.curvatures.get(edge);
    const directed = data.undirected !== true;
    // Certainty as opacity and thickness; under a perspective its relations are what the reader
    // asked to see: drawn firm (at least 0.7 opaque, one and a half times as thick), keeping
    // certainty's order among them.
    let color = strokeColor(data);
    let size = strokeSize(data, context.weights ?? null);
    if (visibility.perspective) {
      size *= 1.5;
      color = liftAlpha(color, 0.7);
    }
    // A large graph draws its arrowheads only on emphasised edges: at that density they are
    // specks that double the edges' drawing work (a second program per edge).
    let arrow = directed && context.large !== true;
    // A relation another source contests says so wherever its phrase is drawn.
    const contested = data.corroboration?.some((c) => c.stance === 'contests') === true;
    const phrase = contested ? `${data.label} (contested)` : data.label;
    let label = context.edgeLabels ? phrase : '';
    let forceLabel = false;
    let zIndex = 0;
    const hidden = visibility.allEdges !== true && !visibility.edges.has(edge) && !onPath;
    if (hidden) label = '';
    else if (context.state.selectedEdge === edge || (path !== null && onPath)) {
      const selected = context.state.selectedEdge === edge;
      arrow = directed;
      label = phrase;
      color = selected ? VIEW_COLORS.selectedEdge : VIEW_COLORS.path;
      size = 4;
      forceLabel = true;
      zIndex = selected ? 3 : 2;
    } else if (path !== null) {
      color = VIEW_COLORS.fadedEdge;
      label = '';
    } else if (incident.has(edge)) {
      arrow = directed;
      label = phrases || context.edgeLabels ? phrase : '';
      // Statements keep their own colour when emphasised: still not a tie; a contested relation
      // is drawn in the cards' warning colour.
      color =
        data.kind === STATEMENT_KIND
          ? STATEMENT_COLOR
          : contested
            ? CONTESTED_COLOR
            : VIEW_COLORS.highlightEdge;
      // Emphasised, and still as heavy as its weight says.
      size = Math.max(2.5, size + 1);
      forceLabel = phrases;
      zIndex = 2;
    } else if (centerShown) {
      color = VIEW_COLORS.fadedEdge;
      label = '';
    }
    // Undirected edges (imported graphs) get no arrowhead; parallel edges curve apart.
    const type = arrow
      ? curvature === undefined
        ? 'arrow'
        : 'curved'
      : curvature === undefined
        ? 'line'
        : 'curvedLine';
    return looks(
      edge,
      (last) =>
        last.hidden === hidden &&
        last.type === type &&
        last.curvature === curvature &&
        last.color === color &&
        last.size === size &&
        last.label === label &&
        last.forceLabel === forceLabel &&
        last.zIndex === zIndex,
      () =>
        curvature === undefined
          ? { type, color, size, label, forceLabel, zIndex, hidden }
          : { type, curvature, color, size, label, forceLabel, zIndex, hidden },
    );
  };
}
