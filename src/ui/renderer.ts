/**
 * The sigma renderer: WebGL drawing, curved arrows for parallel edges, hover, drag, camera
 * controls, edge labels when zoomed in, and the ForceAtlas2 worker for "re-run layout".
 */
import Sigma from 'sigma';
import { createEdgeArrowProgram, createEdgeClampedProgram } from 'sigma/rendering';
import { createEdgeCurveProgram } from '@sigma/edge-curve';
import { getCameraStateToFitViewportToNodes } from '@sigma/utils';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import type {
  EdgeAttributes,
  GraphAttributes,
  KnowledgeGraph,
  NodeAttributes,
} from '../graph/types';
import { layoutSettings } from '../layout/layout';
import { parallelEdgeCurvatures } from './curvature';
import { createEdgeReducer, createNodeReducer, type ViewContext } from './reducers';
import type { Store } from './store';

export type KnowledgeSigma = Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;

/**
 * The same renderer, typed as a plain `Sigma`: @sigma/utils and @sigma/export-image are declared
 * for the untyped class only (their functions read nothing of our attribute types).
 */
export function asPlainSigma(sigma: KnowledgeSigma): Sigma {
  return sigma as unknown as Sigma;
}

/** Zoom ratio under which edge labels appear (sigma's ratio shrinks as you zoom in). */
export const EDGE_LABEL_ZOOM_RATIO = 0.45;

export interface Renderer {
  readonly sigma: KnowledgeSigma;
  /** Redraw after a view change (reducers re-run). */
  refresh(): void;
  /** Animate the camera to a node. */
  focusOn(node: string): void;
  /** Fit the camera to some nodes (all when omitted). */
  fit(nodes?: readonly string[]): void;
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
  },
): Renderer {
  const graph: KnowledgeGraph = store.graph;
  let hovered: string | null = null;
  let path: ViewContext['path'] = null;
  let edgeLabels = false;
  const curvatures = parallelEdgeCurvatures(graph);
  const context = (): ViewContext => ({
    state: store.get(),
    visibility: store.visibility(),
    hovered,
    path,
    curvatures,
    edgeLabels,
  });

  const sigma: KnowledgeSigma = new Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>(
    graph,
    container,
    {
      allowInvalidContainer: true,
      renderEdgeLabels: true,
      enableEdgeEvents: true,
      zIndex: true,
      defaultEdgeType: 'arrow',
      edgeProgramClasses: {
        arrow: createEdgeArrowProgram<NodeAttributes, EdgeAttributes, GraphAttributes>(),
        curved: createEdgeCurveProgram<NodeAttributes, EdgeAttributes, GraphAttributes>({
          arrowHead: {
            extremity: 'target',
            lengthToThicknessRatio: 2.5,
            widenessToThicknessRatio: 2,
          },
        }),
        line: createEdgeClampedProgram<NodeAttributes, EdgeAttributes, GraphAttributes>(),
        curvedLine: createEdgeCurveProgram<NodeAttributes, EdgeAttributes, GraphAttributes>({
          arrowHead: null,
        }),
      },
      labelDensity: 0.6,
      labelGridCellSize: 90,
      // Small graphs show every label; larger ones only those of nodes big enough on screen.
      labelRenderedSizeThreshold: graph.order <= 30 ? 0 : 9,
      stagePadding: 40,
      labelFont: 'system-ui, sans-serif',
      edgeLabelFont: 'system-ui, sans-serif',
      edgeLabelSize: 11,
      edgeLabelColor: { color: '#374151' },
      nodeReducer: createNodeReducer(graph, context),
      edgeReducer: createEdgeReducer(graph, context),
    },
  );

  // Edge labels (relation phrases) for all edges once zoomed in; emphasised ones always.
  sigma.getCamera().on('updated', ({ ratio }) => {
    const show = ratio < EDGE_LABEL_ZOOM_RATIO;
    if (show !== edgeLabels) {
      edgeLabels = show;
      sigma.refresh({ skipIndexation: true });
    }
  });

  sigma.on('enterNode', ({ node }) => {
    hovered = node;
    container.style.cursor = 'pointer';
    sigma.refresh({ skipIndexation: true });
  });
  sigma.on('leaveNode', () => {
    hovered = null;
    container.style.cursor = '';
    sigma.refresh({ skipIndexation: true });
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

  let layout: FA2Layout | null = null;

  return {
    sigma,
    refresh: () => sigma.refresh({ skipIndexation: true }),
    focusOn(node) {
      const display = sigma.getNodeDisplayData(node);
      if (!display) return;
      void sigma
        .getCamera()
        .animate(
          { x: display.x, y: display.y, ratio: Math.min(sigma.getCamera().ratio, 0.6) },
          { duration: 500 },
        );
    },
    fit(nodes) {
      if (!nodes || nodes.length === 0) {
        void sigma.getCamera().animatedReset({ duration: 400 });
        return;
      }
      const target = getCameraStateToFitViewportToNodes(asPlainSigma(sigma), [...nodes]);
      // A little margin, and never closer than a readable zoom for one or two nodes.
      void sigma
        .getCamera()
        .animate({ ...target, ratio: Math.max(target.ratio * 1.25, 0.2) }, { duration: 500 });
    },
    setPath(next) {
      path = next;
      sigma.refresh({ skipIndexation: true });
    },
    startLayout() {
      sigma.setCustomBBox(null);
      layout ??= new FA2Layout(graph, { settings: layoutSettings(graph) });
      layout.start();
    },
    stopLayout() {
      layout?.stop();
    },
    isLayoutRunning: () => layout?.isRunning() ?? false,
    kill() {
      layout?.kill();
      sigma.kill();
    },
  };
}
