import { describe, expect, it } from 'vitest';
import { loadKnowledgeGraph } from '../../src/load';
import { parallelEdgeCurvatures } from '../../src/ui/curvature';
import {
  VIEW_COLORS,
  liftAlpha,
  createEdgeReducer,
  createNodeReducer,
  type ViewContext,
} from '../../src/ui/reducers';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../src/ui/view-state';
import { computeVisibility } from '../../src/ui/visibility';
import { SHIPPED_DATA, readDataDir } from '../helpers/data';

const graph = loadKnowledgeGraph(readDataDir(SHIPPED_DATA), { iterations: 0 });
const curvatures = parallelEdgeCurvatures(graph);

function reducers(patch: Partial<ViewState> = {}, extra: Partial<ViewContext> = {}) {
  const state = { ...DEFAULT_VIEW_STATE, ...patch };
  let context: ViewContext = {
    state,
    visibility: computeVisibility(graph, state),
    hovered: null,
    path: null,
    curvatures,
    edgeLabels: false,
    ...extra,
  };
  const node = createNodeReducer(graph, () => context);
  const edge = createEdgeReducer(graph, () => context);
  return {
    node: (id: string) => node(id, graph.getNodeAttributes(id)),
    edge: (id: string) => edge(id, graph.getEdgeAttributes(id)),
    /** A new view object (as the renderer makes one per change), with `change` applied. */
    view: (change: Partial<ViewContext> = {}) => {
      context = { ...context, ...change };
    },
  };
}

describe('node reducer', () => {
  it('hides filtered nodes', () => {
    expect(reducers({ hiddenKinds: new Set(['country']) }).node('china').hidden).toBe(true);
  });

  it('highlights the hovered node and its neighbours, fades the rest; labels only planned nodes', () => {
    const r = reducers({}, { hovered: 'hisilicon', labels: new Set(['hisilicon', 'huawei']) });
    // On top of the others, never sigma's `highlighted` (its hover layer would cover labels).
    expect(r.node('hisilicon')).toMatchObject({ zIndex: 3, forceLabel: true });
    expect('highlighted' in r.node('hisilicon')).toBe(false);
    expect(r.node('huawei')).toMatchObject({
      forceLabel: true,
      label: 'Huawei',
      color: graph.getNodeAttribute('huawei', 'color'),
    });
    // A neighbour the label plan left out keeps its colour but draws no label.
    expect(r.node('ascend-910c')).toMatchObject({ label: '', forceLabel: false });
    expect(r.node('ascend-910c').color).toBe(graph.getNodeAttribute('ascend-910c', 'color'));
    expect(r.node('nvidia')).toMatchObject({ color: VIEW_COLORS.faded, label: '' });
  });

  it('draws ring kinds hollow (white fill, coloured border) and the others filled', () => {
    const r = reducers();
    const colour = graph.getNodeAttribute('hisilicon', 'color');
    expect(r.node('hisilicon')).toMatchObject({
      type: 'circle',
      color: '#ffffff',
      borderColor: colour,
    });
    expect(r.node('huawei')).toMatchObject({
      color: graph.getNodeAttribute('huawei', 'color'),
      borderColor: '#ffffff',
    });
  });

  it('falls back to the selection when nothing is hovered, and never mutates the graph', () => {
    const before = JSON.stringify(graph.export());
    const r = reducers({ selected: 'huawei' });
    expect(r.node('huawei').zIndex).toBe(3);
    expect(r.node('gemini').color).toBe(VIEW_COLORS.faded);
    expect(JSON.stringify(graph.export())).toBe(before);
  });

  it('emphasises a path over hover and selection', () => {
    const r = reducers(
      { selected: 'huawei' },
      {
        path: { nodes: new Set(['japan', 'chip-4']), edges: new Set(['japan--member-of--chip-4']) },
      },
    );
    expect(r.node('japan')).toMatchObject({
      zIndex: 2,
      color: graph.getNodeAttribute('japan', 'color'),
    });
    expect(r.node('huawei').color).toBe(VIEW_COLORS.faded);
    expect(r.edge('japan--member-of--chip-4')).toMatchObject({
      color: VIEW_COLORS.path,
      label: 'is a member of',
    });
  });
});

describe('edge reducer', () => {
  it('hides edges of filtered kinds', () => {
    expect(
      reducers({ hiddenRelations: new Set(['develops']) }).edge('openai--develops--gpt').hidden,
    ).toBe(true);
  });

  it('labels edges only when zoomed in or emphasised', () => {
    expect(reducers().edge('openai--develops--gpt').label).toBe('');
    expect(reducers({}, { edgeLabels: true }).edge('openai--develops--gpt').label).toBe('develops');
    expect(reducers({ selected: 'openai' }).edge('openai--develops--gpt')).toMatchObject({
      label: 'develops',
      forceLabel: true,
    });
    expect(
      reducers({ selectedEdge: 'openai--develops--gpt' }).edge('openai--develops--gpt').color,
    ).toBe(VIEW_COLORS.selectedEdge);
  });

  it('draws undirected edges without an arrowhead', () => {
    const context = { ...DEFAULT_VIEW_STATE };
    const plain = createEdgeReducer(graph, () => ({
      state: context,
      visibility: computeVisibility(graph, context),
      hovered: null,
      path: null,
      curvatures,
      edgeLabels: false,
    }));
    const data = { ...graph.getEdgeAttributes('openai--develops--gpt'), undirected: true };
    expect(plain('openai--develops--gpt', data)).toMatchObject({ type: 'line' });
  });

  it('curves parallel edges and draws the rest as straight arrows', () => {
    const r = reducers();
    expect(r.edge('huawei--withstands--us-export-controls')).toMatchObject({ type: 'curved' });
    expect(r.edge('huawei--withstands--us-export-controls--dylan-patel')).toMatchObject({
      type: 'curved',
    });
    expect(r.edge('openai--develops--gpt')).toMatchObject({ type: 'arrow' });
  });

  it('in a large graph, draws arrowheads only on the edges a selection emphasises', () => {
    const r = reducers({ selected: 'openai' }, { large: true });
    // Incident to the selection: an arrow; elsewhere a plain (or curved) line.
    expect(r.edge('openai--develops--gpt')).toMatchObject({ type: 'arrow' });
    expect(r.edge('huawei--withstands--us-export-controls')).toMatchObject({
      type: 'curvedLine',
    });
    const none = reducers({}, { large: true });
    expect(none.edge('openai--develops--gpt')).toMatchObject({ type: 'line' });
  });

  it('in a large graph too, a selection fades every node and edge outside its neighbourhood', () => {
    const r = reducers({ selected: 'openai' }, { large: true });
    expect(r.node('huawei').color).toBe(VIEW_COLORS.faded);
    expect(r.node('gpt').color).toBe(graph.getNodeAttribute('gpt', 'color'));
    expect(r.edge('huawei--withstands--us-export-controls').color).toBe(VIEW_COLORS.fadedEdge);
    expect(r.edge('openai--develops--gpt').color).toBe(VIEW_COLORS.highlightEdge);
  });
});

describe('edge strokes', () => {
  it('draw certainty as opacity and thickness, statements in their own colour', () => {
    const r = reducers();
    const fact = r.edge('hisilicon--subsidiary-of--huawei');
    const speculation = r.edge('russia--may-adopt--huawei');
    expect(fact.color).toMatch(/^rgba\(31, 41, 55, 0\.9\)$/);
    expect(speculation.color).toMatch(/, 0\.3\)$/);
    expect(fact.size).toBeGreaterThan(speculation.size);
    expect(r.edge('dylan-patel--states--huawei--competes-with--nvidia--object').color).toMatch(
      /^rgba\(123, 50, 148, /,
    );
  });
});

describe('parallelEdgeCurvatures', () => {
  it('gives parallel edges distinct curvatures and single edges none', () => {
    const a = curvatures.get('huawei--withstands--us-export-controls');
    const b = curvatures.get('huawei--withstands--us-export-controls--dylan-patel');
    expect(a).toBeDefined();
    expect(b).toBeDefined();
    expect(a).not.toBe(b);
    expect(curvatures.has('openai--develops--gpt')).toBe(false);
  });
});

describe('perspective', () => {
  it('fades the entities its claims do not touch, and draws its relations firm', () => {
    const plain = reducers();
    const r = reducers({ by: new Set(['dylan-patel']) });
    expect(r.node('dylan-patel').color).not.toBe(VIEW_COLORS.faded);
    expect(r.node('nvidia').color).not.toBe(VIEW_COLORS.faded);
    expect(r.node('gemini').color).toBe(VIEW_COLORS.faded);
    const alpha = (c: string | undefined) => Number(/([\d.]+)\)$/.exec(c ?? '')?.[1] ?? 1);
    const patel = graph
      .edges()
      .find((e) => graph.getEdgeAttribute(e, 'assertedBy').includes('dylan-patel'));
    expect(patel).toBeDefined();
    if (patel === undefined) return;
    expect(alpha(r.edge(patel).color)).toBeGreaterThanOrEqual(0.7);
    expect(r.edge(patel).size).toBeGreaterThan(plain.edge(patel).size);
  });
});

describe('liftAlpha: bad input', () => {
  it('leaves colours that are not rgba() alone, and keeps the order of opacities', () => {
    expect(liftAlpha('#123456', 0.7)).toBe('#123456');
    expect(liftAlpha('nonsense', 0.7)).toBe('nonsense');
    const a = liftAlpha('rgba(1, 2, 3, 0.2)', 0.7);
    const b = liftAlpha('rgba(1, 2, 3, 0.5)', 0.7);
    expect(a < b).toBe(true);
    expect(a).toBe('rgba(1, 2, 3, 0.76)');
  });
});

describe('a selected relation', () => {
  it('reads as a one-hop path: its ends in colour, every other node and edge faded', () => {
    const edge = 'huawei--produces--ascend-910c';
    const r = reducers({ selectedEdge: edge });
    expect(r.node('huawei').color).toBe(graph.getNodeAttribute('huawei', 'color'));
    expect(r.node('ascend-910c').color).toBe(graph.getNodeAttribute('ascend-910c', 'color'));
    expect(r.node('gemini').color).toBe(VIEW_COLORS.faded);
    expect(r.node('semiconductors').borderColor).toBe(VIEW_COLORS.faded);
    expect(r.edge(edge)).toMatchObject({ color: VIEW_COLORS.selectedEdge, forceLabel: true });
    expect(r.edge('hisilicon--subsidiary-of--huawei').color).toBe(VIEW_COLORS.fadedEdge);
    // Hovering an entity takes over from it.
    expect(reducers({ selectedEdge: edge }, { hovered: 'nvidia' }).node('nvidia').color).toBe(
      graph.getNodeAttribute('nvidia', 'color'),
    );
  });
});

describe('restyling without allocation', () => {
  it('returns the same display object while an item looks the same, a new one when it changes', () => {
    const { node: n, edge: e, view } = reducers();
    const far = 'payment-systems';
    const tie = 'hisilicon--subsidiary-of--huawei';
    const [huawei, distant, owns] = [n('huawei'), n(far), e(tie)];
    // A new view in which nothing about these changed: the very same objects.
    view();
    expect(n('huawei')).toBe(huawei);
    expect(n(far)).toBe(distant);
    expect(e(tie)).toBe(owns);
    // Hovering Huawei: Huawei grows, its tie is emphasised, the far domain fades (new objects).
    view({ hovered: 'huawei' });
    expect(n('huawei')).not.toBe(huawei);
    expect(n('huawei').zIndex).toBe(3);
    expect(n(far)).not.toBe(distant);
    // (A domain is drawn as a ring: its border carries the colour.)
    expect(n(far).borderColor).toBe(VIEW_COLORS.faded);
    expect(e(tie)).not.toBe(owns);
    expect(e(tie).color).toBe(VIEW_COLORS.highlightEdge);
    // Back and forth (hover, leave, hover): each look is found again, nothing new is made.
    const fadedLook = n(far);
    view({ hovered: null });
    expect(n(far)).toBe(distant);
    view({ hovered: 'huawei' });
    expect(n(far)).toBe(fadedLook);
    // The position sigma expects from a reducer is the graph's, on every call.
    expect(n(far)).toMatchObject({
      x: graph.getNodeAttribute(far, 'x'),
      y: graph.getNodeAttribute(far, 'y'),
    });
  });

  it('marks the keyboard’s entity on a large graph without fading anything else', () => {
    const r = reducers({}, { large: true, marked: 'hisilicon' });
    expect(r.node('hisilicon').zIndex).toBe(3);
    expect(r.node('payment-systems').borderColor).not.toBe(VIEW_COLORS.faded);
  });
});
