import { describe, expect, it } from 'vitest';
import { loadKnowledgeGraph } from '../../src/load';
import { DEFAULT_VIEW_STATE } from '../../src/ui/view-state';
import { computeVisibility, sameVisibility } from '../../src/ui/visibility';
import { SHIPPED_DATA, readDataDir } from '../helpers/data';

const graph = loadKnowledgeGraph(readDataDir(SHIPPED_DATA), { iterations: 0 });
const view = (patch: Partial<typeof DEFAULT_VIEW_STATE>) =>
  computeVisibility(graph, { ...DEFAULT_VIEW_STATE, ...patch });

describe('computeVisibility', () => {
  it('ignores a focus on a hidden selection', () => {
    const v = view({ selected: 'japan', focus: 1, hiddenKinds: new Set(['country']) });
    expect(v.nodes.has('japan')).toBe(false);
    expect(v.nodes.has('huawei')).toBe(true);
  });

  it('shows everything by default', () => {
    const v = view({});
    expect(v.nodes.size).toBe(graph.order);
    expect(v.edges.size).toBe(graph.size);
    // Said outright, so the reducers need not ask the sets.
    expect(v).toMatchObject({ allNodes: true, allEdges: true });
  });

  it('says "not everything" as soon as a filter or a focus hides anything', () => {
    expect(view({ hiddenRelations: new Set(['member-of']) })).toMatchObject({
      allNodes: true,
      allEdges: false,
    });
    expect(view({ hiddenKinds: new Set(['country']) })).toMatchObject({
      allNodes: false,
      allEdges: false,
    });
    const focused = view({ selected: 'huawei', focus: 1 });
    expect(focused.allNodes === true || focused.allEdges === true).toBe(false);
  });

  it('hides a kind with the edges that touch it', () => {
    const v = view({ hiddenKinds: new Set(['country']) });
    expect(v.nodes.has('china')).toBe(false);
    expect(v.edges.has('japan--member-of--chip-4')).toBe(false);
    expect(v.edges.has('hisilicon--subsidiary-of--huawei')).toBe(true);
  });

  it('filters by relation kind, certainty and asserter', () => {
    expect(
      view({ hiddenRelations: new Set(['member-of']) }).edges.has('japan--member-of--chip-4'),
    ).toBe(false);
    const noSpeculation = view({ hiddenCertainties: new Set(['speculation']) });
    expect(noSpeculation.edges.has('russia--may-adopt--huawei')).toBe(false);
    expect(noSpeculation.nodes.has('russia')).toBe(true);
    const noPatel = view({ hiddenAsserters: new Set(['dylan-patel']) });
    expect(noPatel.edges.has('huawei--competes-with--nvidia')).toBe(false);
    // His statement links go with his claims.
    expect(noPatel.edges.has('dylan-patel--states--huawei--competes-with--nvidia--object')).toBe(
      false,
    );
    expect(noPatel.edges.has('hisilicon--subsidiary-of--huawei')).toBe(true);
  });

  it('keeps one perspective: only the chosen asserters’ relations', () => {
    const patel = view({ by: new Set(['dylan-patel']) });
    expect(patel.edges.has('huawei--competes-with--nvidia')).toBe(true);
    expect(patel.edges.has('dylan-patel--states--huawei--competes-with--nvidia--object')).toBe(
      true,
    );
    expect(patel.edges.has('hisilicon--subsidiary-of--huawei')).toBe(false);
    for (const edge of patel.edges)
      expect(graph.getEdgeAttribute(edge, 'assertedBy')).toContain('dylan-patel');
    const analyst = 'borna-416--global-times-analyst';
    const two = view({ by: new Set(['dylan-patel', analyst]) });
    expect(two.edges.has('cloudmatrix-384--signals--china-self-reliance')).toBe(true);
    expect(two.edges.size).toBeGreaterThan(patel.edges.size);
  });

  it('hides a layer: statement links, or provenance', () => {
    const noStatements = view({ hiddenLayers: new Set(['statement']) });
    expect(
      noStatements.edges.has('dylan-patel--states--huawei--competes-with--nvidia--object'),
    ).toBe(false);
    expect(noStatements.edges.has('huawei--competes-with--nvidia')).toBe(true);
    const noProvenance = view({ hiddenLayers: new Set(['provenance']) });
    expect(noProvenance.edges.has('dylan-patel--quoted-in--borna')).toBe(false);
    expect(noProvenance.edges.has('borna--filed-from--tehran')).toBe(false);
    expect(noProvenance.edges.has('hisilicon--subsidiary-of--huawei')).toBe(true);
  });

  it('"as of" hides later relations and events, keeps undated ones', () => {
    const v = view({ asOf: 2020 });
    expect(v.edges.has('us-commerce-department--imposes--us-export-controls')).toBe(true);
    expect(v.edges.has('huawei--unveils--cloudmatrix-384')).toBe(false);
    expect(v.nodes.has('waic-2025')).toBe(false);
    expect(v.edges.has('hisilicon--subsidiary-of--huawei')).toBe(true);
  });

  it('focus keeps the 1- or 2-hop neighbourhood through visible edges', () => {
    const one = view({ selected: 'hisilicon', focus: 1 });
    expect([...one.nodes].sort()).toEqual(['ascend-910c', 'ascend-series', 'hisilicon', 'huawei']);
    expect(one.edges.has('huawei--produces--ascend-910c')).toBe(true);
    const two = view({ selected: 'hisilicon', focus: 2 });
    expect(two.nodes.has('nvidia')).toBe(true);
    const filtered = view({
      selected: 'hisilicon',
      focus: 2,
      hiddenRelations: new Set(['subsidiary-of']),
    });
    expect(filtered.nodes.has('huawei')).toBe(true); // via the Ascend 910C
    expect(filtered.nodes.has('nvidia')).toBe(false);
  });
});

describe('sameVisibility', () => {
  const base = { ...DEFAULT_VIEW_STATE };
  it('recomputes when any filter changes, or the selection under focus', () => {
    expect(sameVisibility(base, { ...base, hiddenKinds: new Set(['country']) })).toBe(false);
    expect(sameVisibility(base, { ...base, by: new Set(['dylan-patel']) })).toBe(false);
    expect(sameVisibility(base, { ...base, asOf: 2020 })).toBe(false);
    expect(sameVisibility(base, { ...base, hideUndated: true })).toBe(false);
    expect(sameVisibility(base, { ...base, focus: 1 })).toBe(false);
    const focused = { ...base, focus: 1 as const, selected: 'huawei' };
    expect(sameVisibility(focused, { ...focused, selected: 'nvidia' })).toBe(false);
  });

  it('keeps the answer when only the selection, path or view changes without focus', () => {
    expect(sameVisibility(base, { ...base, selected: 'huawei' })).toBe(true);
    expect(sameVisibility(base, { ...base, view: 'table' })).toBe(true);
  });
});
