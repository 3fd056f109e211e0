/**
 * The sigma renderer: WebGL drawing, curved arrows for parallel edges, hover, drag, camera
 * controls, edge labels when zoomed in, and the ForceAtlas2 worker for "re-run layout".
 */
import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';
import { createEdgeArrowProgram, createEdgeClampedProgram } from 'sigma/rendering';
import { createEdgeCurveProgram } from '@sigma/edge-curve';
import { createNodeBorderProgram } from '@sigma/node-border';
import { getCameraStateToFitViewportToNodes } from '@sigma/utils';
import type FA2Layout from 'graphology-layout-forceatlas2/worker';
import type { CameraState } from 'sigma/types';
import type {
  EdgeAttributes,
  GraphAttributes,
  KnowledgeGraph,
  NodeAttributes,
} from '../graph/types';
import { parallelEdgeCurvatures } from './curvature';
import { createNodeGrid, type NodeGrid } from './node-grid';
import { ARROW_DIRECTIONS, inDirection } from './keyboard-nav';
import { createLabelDrawers, type DrawnLabel } from './label-draw';
import {
  DENSITY_LIMITS,
  labelBox,
  labelPriority,
  planLabels,
  type Disc,
  type LabelCandidate,
  type PlacedLabel,
  type Segment,
} from './labels';
import { colorByAttribute, displaySizes, sizeByAttribute } from './style-by';
import {
  createEdgeReducer,
  createEmphasis,
  createNodeReducer,
  LARGE_GRAPH_EDGES,
  VIEW_COLORS,
  weightRange,
  type ViewContext,
} from './reducers';

import { TIMING, timed } from './timing';
import type { Store } from './store';
import type { Picture, PictureEdge, PictureNode } from './briefing-model';
import { DEFAULT_VIEW_STATE, type ViewState } from './view-state';
import { computeVisibility } from './visibility';

export type KnowledgeSigma = Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;

/**
 * The same renderer, typed as a plain `Sigma`: @sigma/utils is declared
 * for the untyped class only (their functions read nothing of our attribute types).
 */
export function asPlainSigma(sigma: KnowledgeSigma): Sigma {
  return sigma as unknown as Sigma;
}

/** Label font family, shared by sigma and the label planner's measurements. */
const LABEL_FONT = 'system-ui, sans-serif';
/** The overview (no selection, hover or path) always names this many of its most central entities. */
const OVERVIEW_HUBS = 3;
/** When fitting the camera, the labels of this many of the most central nodes must fit too. */
const FIT_LABELS = 8;

/** Pixels around the viewport whose nodes the label planner still sees (discs across its edge). */
const VIEW_MARGIN = 60;
/**
 * Above this many nodes in view, the label planner walks all nodes by rank instead of sorting the
 * grid's answer: so much of the graph is in view that the walk meets enough on-screen nodes early.
 */
const IN_VIEW_LIMIT = 20_000;

/** On a large graph, names are planned again once the camera has not moved for this long. */
const CAMERA_REST_MS = 120;

/** Zoom ratio under which edge labels appear (sigma's ratio shrinks as you zoom in). */
export const EDGE_LABEL_ZOOM_RATIO = 0.45;

export interface Renderer {
  readonly sigma: KnowledgeSigma;
  /**
   * Settles once the first view's names have been drawn (the frame after the first): the page
   * builds its side panels after it, so that they delay neither the graph nor its names.
   */
  readonly named: Promise<void>;
  /** Redraw after a view change (reducers re-run). */
  refresh(): void;
  /** Animate the camera to a node. */
  focusOn(node: string): void;
  /** Fit the camera to some nodes (all when omitted). */
  fit(nodes?: readonly string[]): void;
  /**
   * What the canvas shows (`view`), or the whole graph unfiltered, fitted, with its own names
   * (`whole`), as the briefing's picture; with the entities and relations drawn in colour (the
   * briefing's legend lists their kinds).
   */
  picture(scope: 'view' | 'whole'): { picture: Picture; nodes: string[]; edges: string[] };
  /** Highlight a path (or clear with null). */
  setPath(path: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null): void;
  startLayout(): void;
  stopLayout(): void;
  isLayoutRunning(): boolean;
  kill(): void;
}

/** True if this browser can give sigma a WebGL2 context. */
export function hasWebGL(): boolean {
  try {
    return document.createElement('canvas').getContext('webgl2') !== null;
  } catch {
    return false;
  }
}

/** Creates the renderer in `container`. The graph must already be laid out. */
export function createRenderer(
  container: HTMLElement,
  store: Store,
  callbacks: {
    onSelectNode(node: string): void;
    onSelectEdge(edge: string): void;
    onClearSelection(): void;
    /** The entity the keyboard is on (announced to screen readers), or null. */
    onKeyboardFocus?(node: string | null): void;
  },
): Renderer {
  const graph: KnowledgeGraph = store.graph;
  let hovered: string | null = null;
  let path: ViewContext['path'] = null;
  // A large graph draws without edges while the camera moves and without relation phrases;
  // hovering does not restyle every node (sigma's own hover highlight shows the node), and a
  // selection restyles its neighbourhood only (see the reducers' `large`). Its edges are not
  // picked by the pointer: sigma would draw every edge a second time, into its picking layer,
  // on every frame (measured: the largest share of a 100k-node draw under software WebGL). The
  // details panel lists a node's relations, each selectable.
  const large = graph.size > LARGE_GRAPH_EDGES;
  let edgeLabels = false;
  /** The label plan for the current camera and view (see `labels.ts`); null before the first. */
  let labels: ReadonlyMap<string, PlacedLabel> | null = null;
  /** The labels drawn in the last frame, for the browser tests' probe. */
  let drawn = new Map<string, DrawnLabel>();
  const { drawLabel, drawHover } = createLabelDrawers(
    (node) => labels?.get(node),
    (label) => drawn.set(label.node, label),
    () => store.get().labelSize,
  );
  const curvatures = parallelEdgeCurvatures(graph);
  // Colour and size by attribute, recomputed only when the choice changes. Without a choice, a
  // file's sizes out of the drawable range are scaled into it (once).
  const emphasis = createEmphasis(graph);
  const ownSizes = displaySizes(graph);
  const weights = weightRange(graph);
  let paintKey = '';
  let paint: ViewContext['paint'] = { colors: null, sizes: ownSizes };
  const paintFor = (colorBy: string | null, sizeBy: string | null) => {
    const key = `${colorBy ?? ''}|${sizeBy ?? ''}`;
    if (key !== paintKey) {
      paintKey = key;
      paint = {
        colors: colorBy === null ? null : colorByAttribute(graph, colorBy).colors,
        sizes: sizeBy === null ? ownSizes : sizeByAttribute(graph, sizeBy).sizes,
      };
    }
    return paint;
  };
  /** The keyboard's entity on a large graph (drawn large, nothing else restyled); else null. */
  let marked: string | null = null;
  let lastContext: ViewContext | null = null;
  /**
   * The reducers' view, the same object while nothing in it changed: sigma calls the reducers
   * once per node and edge (500k times a restyle at 100k nodes), and they derive what the view
   * emphasises once per object, not per call.
   */
  const context = (): ViewContext => {
    const state = store.get();
    const visibility = store.visibility();
    const currentPaint = paintFor(state.colorBy, state.sizeBy);
    const last = lastContext;
    if (
      last?.state === state &&
      last.visibility === visibility &&
      last.hovered === hovered &&
      last.marked === marked &&
      last.path === path &&
      last.edgeLabels === edgeLabels &&
      last.labels === labels &&
      last.paint === currentPaint
    )
      return last;
    lastContext = {
      state,
      visibility,
      hovered,
      marked,
      path,
      curvatures,
      edgeLabels,
      labels,
      paint: currentPaint,
      weights,
      large,
    };
    return lastContext;
  };
  // Nodes by PageRank, most central first: the order in which they claim a label.
  const byRank = graph
    .nodes()
    .sort((a, b) => graph.getNodeAttribute(b, 'pagerank') - graph.getNodeAttribute(a, 'pagerank'));
  const rank = new Map(byRank.map((node, i) => [node, i]));
  const measurer = document.createElement('canvas').getContext('2d');
  const widths = new Map<string, number>();
  let measuredSize = store.get().labelSize;
  /** Label text width in pixels, as sigma draws it (cached per size: labels do not change). */
  const measure = (text: string) => {
    const labelSize = store.get().labelSize;
    if (labelSize !== measuredSize) {
      widths.clear();
      measuredSize = labelSize;
    }
    let width = widths.get(text);
    if (width === undefined) {
      if (measurer) measurer.font = `normal ${labelSize}px ${LABEL_FONT}`;
      width = measurer ? measurer.measureText(text).width : text.length * labelSize * 0.6;
      widths.set(text, width);
    }
    return width;
  };

  // Arrowless lines: a large graph's unemphasised edges, and undirected ones.
  const plainLines = large || graph.someEdge((_e, a) => a.undirected === true);
  const sigma: KnowledgeSigma = new Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>(
    graph,
    container,
    {
      allowInvalidContainer: true,
      renderEdgeLabels: !large,
      hideEdgesOnMove: large,
      enableEdgeEvents: !large,
      zIndex: true,
      defaultEdgeType: 'arrow',
      // Sigma compiles every program it is given (twice: drawing and picking) before its first
      // frame, so a graph gets only those its edges use: curves for parallel edges, plain lines
      // for undirected edges and a large graph's unemphasised ones.
      edgeProgramClasses: {
        arrow: createEdgeArrowProgram<NodeAttributes, EdgeAttributes, GraphAttributes>(),
        ...(plainLines && {
          line: createEdgeClampedProgram<NodeAttributes, EdgeAttributes, GraphAttributes>(),
        }),
        ...(curvatures.size > 0 && {
          curved: createEdgeCurveProgram<NodeAttributes, EdgeAttributes, GraphAttributes>({
            arrowHead: {
              extremity: 'target',
              lengthToThicknessRatio: 2.5,
              widenessToThicknessRatio: 2,
            },
          }),
        }),
        ...(curvatures.size > 0 &&
          plainLines && {
            curvedLine: createEdgeCurveProgram<NodeAttributes, EdgeAttributes, GraphAttributes>({
              arrowHead: null,
            }),
          }),
      },
      // Which labels show is planned by labels.ts (collision-free, by importance): sigma draws the
      // planned ones (forceLabel) and no others.
      labelDensity: 1,
      labelRenderedSizeThreshold: 0,
      labelSize: store.get().labelSize,
      // Each label on its planned side, over a white halo (readable over edges). The hovered
      // node's label is drawn the same way on the hover layer: no box, never an empty one.
      defaultDrawNodeLabel: drawLabel,
      defaultDrawNodeHover: drawHover,
      stagePadding: 40,
      labelFont: LABEL_FONT,
      // Our bordered discs and rings take the name of sigma's default node program, which would
      // otherwise be compiled too, never used.
      defaultNodeType: 'circle',
      nodeProgramClasses: {
        circle: createNodeBorderProgram<NodeAttributes, EdgeAttributes, GraphAttributes>({
          borders: [
            {
              size: { attribute: 'borderSize', defaultValue: 0.12 },
              color: { attribute: 'borderColor' },
            },
            { size: { fill: true }, color: { attribute: 'color' } },
          ],
        }),
      },
      edgeLabelFont: 'system-ui, sans-serif',
      edgeLabelSize: 11,
      edgeLabelColor: { color: '#374151' },
      nodeReducer: createNodeReducer(graph, context),
      edgeReducer: createEdgeReducer(graph, context),
    },
  );

  /** The label candidates of some nodes at a camera state, in priority order. */
  function* candidates(
    nodes: Iterable<string>,
    cameraState?: CameraState,
  ): Generator<LabelCandidate> {
    for (const node of nodes) {
      const data = sigma.getNodeDisplayData(node);
      if (!data) continue;
      const { x, y } = sigma.framedGraphToViewport(data, cameraState ? { cameraState } : {});
      yield {
        node,
        x,
        y,
        radius: sigma.scaleSize(data.size, cameraState?.ratio),
        label: graph.getNodeAttribute(node, 'label'),
      };
    }
  }

  /** Sigma's node positions (framed graph coordinates) in a grid, built once per indexing. */
  let grid: NodeGrid | null = null;
  sigma.on('afterProcess', () => (grid = null));
  /**
   * The nodes in the viewport at a camera state (the current one when omitted), with a margin for
   * discs across its edge, most central first; null when so many are in view that walking every
   * node by rank is as short.
   */
  const nodesInView = (cameraState?: CameraState): string[] | null => {
    grid ??= createNodeGrid(byRank.length, (i) => {
      const node = byRank[i];
      return node === undefined ? undefined : sigma.getNodeDisplayData(node);
    });
    const { width, height } = sigma.getDimensions();
    const m = VIEW_MARGIN;
    const corners = [
      { x: -m, y: -m },
      { x: width + m, y: -m },
      { x: -m, y: height + m },
      { x: width + m, y: height + m },
    ].map((corner) => sigma.viewportToFramedGraph(corner, cameraState ? { cameraState } : {}));
    const found = grid.within(
      {
        left: Math.min(...corners.map((c) => c.x)),
        right: Math.max(...corners.map((c) => c.x)),
        top: Math.min(...corners.map((c) => c.y)),
        bottom: Math.max(...corners.map((c) => c.y)),
      },
      IN_VIEW_LIMIT,
    );
    if (found === null) return null;
    const nodes: string[] = [];
    for (const i of found.indices) {
      const node = byRank[i];
      if (node !== undefined) nodes.push(node);
    }
    return nodes;
  };

  /**
   * A label plan: the names to draw and where, for what is visible, around a focus (hovered or
   * selected entity) and a path, at a camera state (the current one when omitted).
   */
  const planFor = (view: {
    readonly visible: (node: string) => boolean;
    readonly edgeVisible: (edge: string) => boolean;
    readonly center: string | null;
    readonly path: ReadonlySet<string> | null;
    /** The path's edges (drawn emphasised), or null. */
    readonly pathEdges: Iterable<string> | null;
    readonly hovered: string | null;
    readonly state: ViewState;
    readonly cameraState?: CameraState;
  }): Map<string, PlacedLabel> => {
    const { visible, center, state, cameraState } = view;
    const neighbours =
      center === null
        ? []
        : graph.filterNeighbors(
            center,
            (other) =>
              graph.someEdge(center, other, view.edgeVisible) ||
              graph.someEdge(other, center, view.edgeVisible),
          );
    const neighbourSet = new Set(neighbours);
    const limits = DENSITY_LIMITS[state.labels];
    const { forced, preferred, others } = labelPriority(
      rank,
      visible,
      center,
      neighbours,
      view.path,
      limits.neighbours,
    );
    const { width, height } = sigma.getDimensions();
    // The nodes in view, most central first (from the grid); when most of the graph is in view,
    // every node by rank: the walks below stop early then, as most nodes they meet are on screen.
    const walk = nodesInView(cameraState) ?? byRank;
    // Labels keep off other nodes (the drawn ones; on huge graphs, the most central 5,000 in
    // view: this runs on each selection and camera frame).
    const central: string[] = [];
    for (const node of walk) {
      if (central.length === 5000) break;
      if (visible(node)) central.push(node);
    }
    // With a focus or a path, only the nodes drawn in colour are obstacles: a name over a faded
    // dot does not read as its name, and the focus's neighbours need the room.
    const inColour = (node: string) =>
      (center === null && view.path === null) ||
      node === center ||
      (view.path?.has(node) ?? false) ||
      neighbourSet.has(node);
    const obstacles: Disc[] = [...candidates(central.filter(inColour), cameraState)];
    // The hovered node is drawn on sigma's hover layer, over the labels: none may lie under it.
    const above: Disc[] = view.hovered === null ? [] : [...candidates([view.hovered], cameraState)];
    // The lines the reader follows: the path's edges, or the focus's.
    const lines: Segment[] = [];
    const centreOf = new Map<string, LabelCandidate>();
    const at = (node: string) => {
      let c = centreOf.get(node);
      if (c === undefined) {
        c = [...candidates([node], cameraState)][0];
        if (c) centreOf.set(node, c);
      }
      return c;
    };
    const emphasised = view.pathEdges ?? (center === null ? [] : graph.edges(center));
    for (const edge of emphasised) {
      // A hub's thousands of edges would make each placement slow; its first few hundred do.
      if (lines.length >= 300) break;
      if (!view.edgeVisible(edge) && view.pathEdges === null) continue;
      const a = at(graph.source(edge));
      const b = at(graph.target(edge));
      if (a && b) lines.push({ x1: a.x, y1: a.y, x2: b.x, y2: b.y });
    }
    const forcedSet = new Set(forced);
    // The overview always names its few most central entities (on their least crowded place, when
    // in view), then as many others as find room.
    const hubs = new Set<string>();
    for (const node of byRank) {
      if (hubs.size === OVERVIEW_HUBS) break;
      if (!forcedSet.has(node) && visible(node)) hubs.add(node);
    }
    function* ordered(): Generator<LabelCandidate> {
      for (const c of candidates(forced, cameraState)) yield { ...c, forced: true, strong: true };
      for (const c of candidates(preferred, cameraState)) yield { ...c, preferred: true };
      if (!others || limits.labels === 0) return;
      for (const c of candidates(walk, cameraState)) {
        if (forcedSet.has(c.node) || !visible(c.node)) continue;
        yield hubs.has(c.node) ? { ...c, forced: true } : c;
      }
    }
    return planLabels(ordered(), {
      width,
      height,
      fontSize: state.labelSize,
      measure,
      obstacles,
      above,
      max: limits.labels,
      overlap: state.labels === 'all',
      lines,
    });
  };

  /** Plans the labels for the current camera and view; returns the nodes that gained or lost one. */
  const plan = (): string[] => timed('labels', planNow);
  const planNow = (): string[] => {
    const current = context();
    const { state } = current;
    // The chosen path, or a selected relation read as a one-hop path.
    const path = emphasis(current);
    const visibility = store.visibility();
    // Faded entities (outside a perspective) claim no label: it would name a grey dot.
    const { perspective } = visibility;
    const visible = (node: string) =>
      (visibility.nodes.has(node) && (!perspective || perspective.has(node))) ||
      (path?.nodes.has(node) ?? false);
    const next = planFor({
      visible,
      edgeVisible: (edge) => visibility.edges.has(edge),
      center:
        hovered ??
        marked ??
        (state.selected !== null && visible(state.selected) ? state.selected : null),
      path: path?.nodes ?? null,
      pathEdges: path?.edges ?? null,
      hovered,
      state,
    });
    const before = labels ?? new Map<string, PlacedLabel>();
    const changed = [
      ...[...next].filter(([node, p]) => before.get(node)?.side !== p.side).map(([node]) => node),
      ...[...before.keys()].filter((node) => !next.has(node)),
    ];
    labels = next;
    return changed;
  };
  // When a drag ends with `hideEdgesOnMove` on, sigma's mouse captor calls `refresh()` without
  // options only to draw the hidden edges again: a full re-index of the graph (about 150 ms at 10k
  // nodes, seconds at 100k) where nothing but the camera changed. Such a call redraws instead;
  // every refresh of ours passes options (`{}` for a full one).
  // Timed as 'restyle' for the bench: the reducers and sigma's processing, not the draw after.
  const sigmaRefresh = sigma.refresh.bind(sigma);
  const fullRefresh = (options: Parameters<typeof sigmaRefresh>[0]) =>
    timed('restyle', () => sigmaRefresh(options));
  sigma.refresh = (options) =>
    options === undefined ? sigma.scheduleRender() : fullRefresh(options);
  /** Restyles some nodes and edges only (their reducers run again; nothing is re-indexed). */
  const refreshPart = (nodes: Iterable<string>, edges: Iterable<string> = []) =>
    sigma.refresh({
      partialGraph: { nodes: [...new Set(nodes)], edges: [...new Set(edges)] },
      skipIndexation: true,
      schedule: true,
    });
  /** Restyles every node and edge without re-indexing (the graph did not move). */
  const restyleAll = () =>
    sigma.refresh({
      partialGraph: { nodes: graph.nodes(), edges: graph.edges() },
      skipIndexation: true,
      schedule: true,
    });
  // Every style depends on the view (selection, hover, path, filters), so each refresh runs every
  // reducer again: sigma's full refresh (it reads `skipIndexation` only for a partial one).
  // Drawn at once (a scheduled full refresh did not show a new path in Chromium here); the partial
  // refreshes below are scheduled, one draw per frame.
  const refresh = () => {
    plan();
    fullRefresh({});
  };

  // Edge labels (relation phrases) for all edges once zoomed in; emphasised ones always. Labels
  // are re-planned as the camera moves (at most once a frame).
  // A large graph draws no relation phrases at any zoom (sigma's edge labels are off for it), so
  // zooming across the ratio changes nothing drawn there and restyles nothing.
  let planned = false;
  let phrasesChanged = false;
  let settling: ReturnType<typeof setTimeout> | undefined;
  sigma.getCamera().on('updated', ({ ratio }) => {
    const show = !large && ratio < EDGE_LABEL_ZOOM_RATIO;
    if (show !== edgeLabels) phrasesChanged = true;
    edgeLabels = show;
    if (large) {
      // A plan costs tens of milliseconds on a large graph: once the camera comes to rest, not
      // on every frame of a pan or of the wheel's zoom animation (the names planned last move
      // with their nodes meanwhile).
      clearTimeout(settling);
      settling = setTimeout(() => {
        const changed = plan();
        if (changed.length > 0) refreshPart(changed);
      }, CAMERA_REST_MS);
      return;
    }
    if (planned) return;
    planned = true;
    requestAnimationFrame(() => {
      planned = false;
      // Panning changes which nodes carry a label: restyle those, not the graph; crossing the
      // phrase ratio restyles the edges too (their labels), without indexing anything again.
      const changed = plan();
      const edges = phrasesChanged ? graph.edges() : [];
      phrasesChanged = false;
      if (changed.length > 0 || edges.length > 0) refreshPart(changed, edges);
    });
  });

  sigma.on('enterNode', ({ node }) => {
    container.style.cursor = 'pointer';
    if (large) return;
    hovered = node;
    refresh();
  });
  sigma.on('leaveNode', () => {
    container.style.cursor = '';
    if (large) return;
    hovered = null;
    refresh();
  });
  sigma.on('enterEdge', () => (container.style.cursor = 'pointer'));
  sigma.on('leaveEdge', () => (container.style.cursor = ''));
  sigma.on('clickEdge', ({ edge }) => callbacks.onSelectEdge(edge));
  sigma.on('clickStage', () => callbacks.onClearSelection());

  // Dragging a node moves it (a layout change, like re-running FA2); a click without moving selects.
  let dragged: string | null = null;
  let moved = false;
  sigma.on('downNode', ({ node }) => {
    dragged = node;
    moved = false;
    if (!sigma.getCustomBBox()) sigma.setCustomBBox(sigma.getBBox());
  });
  sigma.on('moveBody', ({ event }) => {
    if (dragged === null) return;
    moved = true;
    const position = sigma.viewportToGraph(event);
    graph.mergeNodeAttributes(dragged, { x: position.x, y: position.y });
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  });
  const endDrag = () => {
    dragged = null;
  };
  sigma.on('upNode', ({ node }) => {
    if (!moved) callbacks.onSelectNode(node);
    endDrag();
  });
  sigma.on('upStage', endDrag);

  // Keyboard: the canvas is focusable; arrows move between connected entities (the neighbour
  // lying most nearly in the arrow's direction), Enter selects. The entity under the keyboard is
  // emphasised as if hovered.
  let keyboardNode: string | null = null;
  const moveKeyboard = (node: string | null) => {
    const before = keyboardNode;
    keyboardNode = node;
    callbacks.onKeyboardFocus?.(node);
    if (!large) {
      hovered = node;
      refresh();
      return;
    }
    // A large graph marks the keyboard's entity instead (drawn large, named with its neighbours),
    // as sigma's own hover does for the pointer: emphasising its neighbourhood restyled all
    // 500k items at each arrow key. Restyled: the entity left, the one reached, labels that moved.
    marked = node;
    const changed = plan();
    refreshPart([
      ...(before === null ? [] : [before]),
      ...(node === null ? [] : [node]),
      ...changed,
    ]);
  };
  container.addEventListener('focus', () => {
    // Only a keyboard focus starts keyboard moves: pressing the canvas to pan focuses it too, and
    // emphasising an entity then restyled the whole graph at the start of every drag.
    if (keyboardNode !== null || !container.matches(':focus-visible')) return;
    const visible = store.visibility().nodes;
    const { selected } = store.get();
    moveKeyboard(
      selected !== null && visible.has(selected)
        ? selected
        : (byRank.find((node) => visible.has(node)) ?? null),
    );
  });
  // Losing focus ends a keyboard visit; after a press to pan (no keyboard entity) nothing drawn
  // changes, and nothing is restyled (it restyled the whole graph each time).
  container.addEventListener('blur', () => {
    if (keyboardNode !== null) moveKeyboard(null);
  });
  container.addEventListener('keydown', (event) => {
    if (keyboardNode === null) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      callbacks.onSelectNode(keyboardNode);
      return;
    }
    const direction = ARROW_DIRECTIONS[event.key];
    if (!direction) return;
    event.preventDefault();
    const from = sigma.getNodeDisplayData(keyboardNode);
    if (!from) return;
    const visible = store.visibility().nodes;
    const onScreen = graph
      .neighbors(keyboardNode)
      .filter((other) => visible.has(other))
      .flatMap((id) => {
        const data = sigma.getNodeDisplayData(id);
        return data ? [{ id, ...sigma.framedGraphToViewport(data) }] : [];
      });
    const best = inDirection(sigma.framedGraphToViewport(from), onScreen, direction);
    if (best !== null) moveKeyboard(best.id);
  });

  let layout: FA2Layout<{ x: number; y: number; size: number }> | null = null;
  /** "Re-run layout" was pressed and not stopped (the worker may still be loading). */
  let layoutWanted = false;
  let killed = false;
  /** Restarts the per-frame copy of the layout's positions (set once the layout has loaded). */
  let startCopy: () => void = () => undefined;

  /**
   * The camera state that shows `nodes` with the labels of the most important of them: starting
   * from sigma's fit of the nodes, widen and shift until every such label box lies inside the
   * viewport (labels hang to the right of their node, which a symmetric padding cannot allow for).
   */
  const fitState = (nodes: readonly string[]) => {
    let state = getCameraStateToFitViewportToNodes(asPlainSigma(sigma), [...nodes]);
    if (nodes.length <= 2) state = { ...state, ratio: Math.max(state.ratio, 0.25) };
    // Labels may widen the view by a third at most: on a narrow screen a long label is better left
    // out (the planner drops it) than shrinking the graph to a dot.
    const widest = state.ratio * 1.35;
    const plain = state;
    const labelled = [...nodes]
      .sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0))
      .slice(0, FIT_LABELS);
    const { width, height } = sigma.getDimensions();
    const margin = 12;
    for (let i = 0; i < 6; i++) {
      let left = Infinity;
      let right = -Infinity;
      let top = Infinity;
      let bottom = -Infinity;
      for (const c of candidates(nodes, state)) {
        left = Math.min(left, c.x - c.radius);
        right = Math.max(right, c.x + c.radius);
        top = Math.min(top, c.y - c.radius);
        bottom = Math.max(bottom, c.y + c.radius);
      }
      for (const c of candidates(labelled, state)) {
        const box = labelBox(c, store.get().labelSize, measure);
        right = Math.max(right, box.right);
        top = Math.min(top, box.top);
        bottom = Math.max(bottom, box.bottom);
      }
      if (!Number.isFinite(left)) break;
      const scale = Math.max(
        (right - left) / (width - 2 * margin),
        (bottom - top) / (height - 2 * margin),
      );
      const fits =
        left >= margin && top >= margin && right <= width - margin && bottom <= height - margin;
      if (fits && scale > 0.8) break;
      // Centre the content box, then zoom so it fills the viewport less the margins; if that
      // would zoom out too far, keep the plain fit of the nodes (the planner drops long labels).
      const ratio = state.ratio * Math.max(scale, 0.5) * 1.02;
      if (ratio > widest) return { ...plain, ratio: widest };
      const centre = sigma.viewportToFramedGraph(
        { x: (left + right) / 2, y: (top + bottom) / 2 },
        { cameraState: state },
      );
      state = { ...state, x: centre.x, y: centre.y, ratio };
    }
    return state;
  };
  const fit = (nodes?: readonly string[]) => {
    const all = nodes && nodes.length > 0 ? nodes : [...store.visibility().nodes];
    if (all.length === 0) return;
    // A little air around what is fitted (and room for the camera buttons).
    const state = fitState(all);
    void sigma.getCamera().animate({ ...state, ratio: state.ratio * 1.12 }, { duration: 450 });
  };

  // A change of view restyles what it touches: everything when filters, paint or the selection
  // change (a selection fades the rest, at every size). A large graph restyles without
  // re-indexing (nothing moved); label density and size re-plan the labels only.
  let shownVisibility = store.visibility();
  store.subscribe((state, previous) => {
    const visibilityChanged = store.visibility() !== shownVisibility;
    shownVisibility = store.visibility();
    const paintChanged = state.colorBy !== previous.colorBy || state.sizeBy !== previous.sizeBy;
    const selectionChanged =
      state.selected !== previous.selected || state.selectedEdge !== previous.selectedEdge;
    const labelsChanged =
      state.labels !== previous.labels || state.labelSize !== previous.labelSize;
    if (visibilityChanged || paintChanged || (selectionChanged && !large)) return refresh();
    if (selectionChanged) {
      plan();
      return restyleAll();
    }
    if (labelsChanged) refreshPart(plan());
  });

  // The browser tests' probe: what sigma drew in its last frame (labels, as the label drawer put
  // them) and the display data the reducers gave each node and edge. Only when a test set the
  // switch (`chipgraphProbe`) before the page loaded, like the bench's timing switch.
  sigma.on('beforeRender', () => (drawn = new Map()));
  if ('chipgraphProbe' in globalThis) {
    Object.assign(globalThis, {
      chipgraphProbe: {
        labels: () => [...drawn.values()],
        /** The label plan (what should be drawn), to tell a planning fault from a drawing one. */
        planned: () => (labels ? [...labels.keys()] : []),
        node: (node: string) => {
          const data = sigma.getNodeDisplayData(node);
          return data
            ? {
                ...sigma.framedGraphToViewport(data),
                radius: sigma.scaleSize(data.size),
                size: data.size,
                color: data.color,
                hidden: data.hidden,
                label: data.label,
                zIndex: data.zIndex,
              }
            : null;
        },
        edge: (edge: string) => {
          const data = sigma.getEdgeDisplayData(edge);
          return data
            ? {
                color: data.color,
                size: data.size,
                hidden: data.hidden,
                label: data.label,
                forceLabel: data.forceLabel,
              }
            : null;
        },
        camera: () => sigma.getCamera().getState(),
        path: () => (path ? [...path.nodes] : []),
        nodes: () => graph.nodes(),
        edgesOf: (node: string) => graph.edges(node),
        text: (node: string) => graph.getNodeAttribute(node, 'label'),
        // Centre the camera on a node and zoom in by a factor, as a reader's wheel would.
        zoomOn: (node: string, factor: number) => {
          const data = sigma.getNodeDisplayData(node);
          const camera = sigma.getCamera();
          if (data) camera.setState({ x: data.x, y: data.y, ratio: camera.ratio / factor });
        },
        dimensions: () => sigma.getDimensions(),
        faded: VIEW_COLORS.faded,
      },
    });
  }

  // User Timing, for anyone profiling the page: the first frame always (one entry per graph);
  // each draw only under the bench's switch (`chipgraphTiming`), as entries accumulate.
  sigma.once('afterRender', () => performance.mark('chipgraph:first-frame'));
  if (TIMING) {
    sigma.on('beforeRender', () => performance.mark('chipgraph:draw-start'));
    sigma.on('afterRender', () => performance.measure('chipgraph:draw', 'chipgraph:draw-start'));
  }

  // First view: the whole graph with the labels of its most central entities. Sigma indexed and
  // drew the graph in its constructor (without labels), so the planned labels restyle only their
  // nodes: a full refresh here indexed everything a second time (3 s of a 100k-node import). A
  // large graph shown whole keeps sigma's own framing (all of it): fitting the labels too walks
  // every node twice, and the planner leaves out labels that would not fit anyway.
  // The names come in the frame after the first (the first-frame goal: the plan and the
  // halo labels were a tenth of the first frame's time): the reader sees the graph at once, its
  // names a frame later. A fitted camera plans them itself, in the frame after its draw.
  const shown = store.visibility().nodes;
  if (!large || shown.size < graph.order) sigma.getCamera().setState(fitState([...shown]));
  const named = new Promise<void>((resolve) => {
    sigma.once('afterRender', () => {
      requestAnimationFrame(() => {
        if (!killed && labels === null) refreshPart(plan());
        // Sigma draws the names in the frame after the plan (its refresh is scheduled).
        requestAnimationFrame(() => setTimeout(resolve, 0));
      });
    });
  });
  sigma.scheduleRender();

  /** An edge as the briefing draws it, from the display data the reducers gave it. */
  const pictureEdge = (
    id: string,
    data: { color?: string; type?: string; curvature?: unknown },
    from: PictureNode,
    to: PictureNode,
    width: number,
  ): PictureEdge => ({
    id,
    from,
    to,
    color: data.color ?? '#999999',
    width: Math.max(1, width),
    curvature:
      (data.type === 'curved' || data.type === 'curvedLine') && typeof data.curvature === 'number'
        ? data.curvature
        : 0,
    arrow: data.type === 'arrow' || data.type === 'curved',
  });
  /** The briefing's picture (see `Renderer.picture`). */
  const picture: Renderer['picture'] = (scope) => {
    const { width, height } = sigma.getDimensions();
    const state = store.get();
    const nodes: PictureNode[] = [];
    const edges: PictureEdge[] = [];
    const colourful: string[] = [];
    const shownEdges: string[] = [];
    const ends = new Map<string, PictureNode>();
    const styleOf = (data: object) => ({
      border:
        'borderColor' in data && typeof data.borderColor === 'string'
          ? data.borderColor
          : '#ffffff',
      share: 'borderSize' in data && typeof data.borderSize === 'number' ? data.borderSize : 0.12,
    });
    if (scope === 'view') {
      const order: { node: PictureNode; z: number }[] = [];
      graph.forEachNode((node) => {
        const data = sigma.getNodeDisplayData(node);
        if (!data || data.hidden) return;
        const { x, y } = sigma.framedGraphToViewport(data);
        const { border, share } = styleOf(data);
        const drawnNode = {
          id: node,
          x,
          y,
          radius: sigma.scaleSize(data.size),
          fill: data.color,
          border,
          borderShare: share,
        };
        ends.set(node, drawnNode);
        order.push({ node: drawnNode, z: data.zIndex });
        if (data.color !== VIEW_COLORS.faded && border !== VIEW_COLORS.faded) colourful.push(node);
      });
      nodes.push(...order.sort((a, b) => a.z - b.z).map((o) => o.node));
      graph.forEachEdge((edge, _a, source, target) => {
        const data = sigma.getEdgeDisplayData(edge);
        const from = ends.get(source);
        const to = ends.get(target);
        if (!data || data.hidden || !from || !to) return;
        if (data.color !== VIEW_COLORS.fadedEdge) shownEdges.push(edge);
        edges.push(pictureEdge(edge, data, from, to, sigma.scaleSize(data.size)));
      });
      const labelsDrawn = [...drawn.values()].map((l) => ({
        text: l.text,
        strong: l.strong,
        left: l.left,
        top: l.top,
        right: l.right,
        bottom: l.bottom,
      }));
      return {
        picture: { width, height, nodes, edges, labels: labelsDrawn, fontSize: state.labelSize },
        nodes: colourful,
        edges: shownEdges,
      };
    }
    // The whole graph: no filter, selection, focus or path; the reader's style and names kept.
    const wholeState: ViewState = {
      ...DEFAULT_VIEW_STATE,
      colorBy: state.colorBy,
      sizeBy: state.sizeBy,
      labels: state.labels,
      labelSize: state.labelSize,
    };
    const visibility = computeVisibility(graph, wholeState);
    const fitted = fitState(graph.nodes());
    const cameraState = { ...fitted, ratio: fitted.ratio * 1.12 };
    const wholeLabels = planFor({
      visible: (node) => visibility.nodes.has(node),
      edgeVisible: (edge) => visibility.edges.has(edge),
      center: null,
      path: null,
      pathEdges: null,
      hovered: null,
      state: wholeState,
      cameraState,
    });
    const wholeContext: ViewContext = {
      ...context(),
      state: wholeState,
      visibility,
      hovered: null,
      path: null,
      edgeLabels: false,
      labels: wholeLabels,
    };
    const nodeReducer = createNodeReducer(graph, () => wholeContext);
    const edgeReducer = createEdgeReducer(graph, () => wholeContext);
    graph.forEachNode((node, attributes) => {
      const data = nodeReducer(node, attributes);
      if (data.hidden) return;
      const { x, y } = sigma.graphToViewport(attributes, { cameraState });
      const { border, share } = styleOf(data);
      const drawnNode = {
        id: node,
        x,
        y,
        radius: sigma.scaleSize(data.size, cameraState.ratio),
        fill: data.color,
        border,
        borderShare: share,
      };
      ends.set(node, drawnNode);
      nodes.push(drawnNode);
      colourful.push(node);
    });
    graph.forEachEdge((edge, attributes, source, target) => {
      const data = edgeReducer(edge, attributes);
      const from = ends.get(source);
      const to = ends.get(target);
      if (data.hidden || !from || !to) return;
      shownEdges.push(edge);
      const size = sigma.scaleSize(data.size, cameraState.ratio);
      edges.push(pictureEdge(edge, data, from, to, size));
    });
    const labelsPlanned = [...wholeLabels].map(([node, placed]) => ({
      text: graph.getNodeAttribute(node, 'label'),
      strong: placed.strong,
      ...placed.box,
    }));
    return {
      picture: { width, height, nodes, edges, labels: labelsPlanned, fontSize: state.labelSize },
      nodes: colourful,
      edges: shownEdges,
    };
  };

  return {
    sigma,
    named,
    refresh,
    picture,
    focusOn(node) {
      // The entity with its neighbours, so what it is tied to is in view.
      const visibility = store.visibility();
      fit([node, ...graph.filterNeighbors(node, (other) => visibility.nodes.has(other))]);
    },
    fit,
    setPath(next) {
      const key = (p: typeof next) => (p === null ? '' : [...p.edges, '|', ...p.nodes].join(' '));
      if (key(next) === key(path)) return;
      path = next;
      refresh();
    },
    startLayout() {
      sigma.setCustomBBox(null);
      layoutWanted = true;
      if (layout) {
        layout.start();
        startCopy();
        return;
      }
      // Loaded on first use: most visits never re-run the layout.
      void Promise.all([
        import('graphology-layout-forceatlas2/worker'),
        import('../layout/layout'),
      ]).then(([{ default: Layout }, { layoutSettings }]) => {
        if (killed || layout) return;
        // The worker moves a bare copy (ids, positions, edges), whose per-step update has no
        // listener; the drawn graph takes the copy's positions once per animation frame. Laid
        // out in place, every step made sigma reprocess every node: about 1 step a second at
        // 10,000 nodes instead of the worker's own pace.
        const positions = new MultiDirectedGraph<{ x: number; y: number; size: number }>();
        graph.forEachNode((node, a) => positions.addNode(node, { x: a.x, y: a.y, size: a.size }));
        graph.forEachEdge((_e, _a, source, target) => positions.addDirectedEdge(source, target));
        if (TIMING)
          positions.on('eachNodeAttributesUpdated', () =>
            performance.mark('chipgraph:layout-step'),
          );
        layout = new Layout(positions, { settings: layoutSettings(positions) });
        let frame = 0;
        const copy = () => {
          if (killed || !layout?.isRunning()) return;
          graph.updateEachNodeAttributes(
            (node, a) => {
              a.x = positions.getNodeAttribute(node, 'x');
              a.y = positions.getNodeAttribute(node, 'y');
              return a;
            },
            { attributes: ['x', 'y'] },
          );
          frame = requestAnimationFrame(copy);
        };
        if (layoutWanted) {
          layout.start();
          cancelAnimationFrame(frame);
          frame = requestAnimationFrame(copy);
        }
        startCopy = () => {
          cancelAnimationFrame(frame);
          frame = requestAnimationFrame(copy);
        };
      });
    },
    stopLayout() {
      layoutWanted = false;
      layout?.stop();
    },
    isLayoutRunning: () => (layout ? layout.isRunning() : layoutWanted),
    kill() {
      killed = true;
      clearTimeout(settling);
      layout?.kill();
      sigma.kill();
    },
  };
}
