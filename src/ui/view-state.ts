/**
 * What the user is looking at, separate from the graph (which it never changes), and its URL form:
 * `?select=<id>&edge=<id>&hide=<kinds>&hideRel=<kinds>&hideLayer=<layers>&hideCert=<certainties>&hideBy=<ids>&by=<ids>&asOf=YYYY&labels=none|few|many|all&labelSize=<px>&focus=1|2&view=table|sources|perspectives|review`,
 * and a path query `from=<id>&to=<id>` with its options.
 * Pure: no DOM, unit-tested in Node.
 */
import type { AbstractGraph } from 'graphology-types';
import {
  CERTAINTIES,
  ENTITY_KIND_IDS,
  LAYER_IDS,
  RELATION_KIND_IDS,
  isPartialDate,
} from '../model/vocabulary';
import { DEFAULT_PATH_OPTIONS } from '../query/options';
import { LABEL_DENSITIES, type LabelDensity } from './labels';

export type ViewName = 'graph' | 'table' | 'sources' | 'perspectives' | 'review';

/** A path query as the page holds it (ids resolved; options as `findPaths` takes them). */
export interface PathQuery {
  readonly from: string;
  readonly to: string;
  readonly k: number;
  readonly maxHops: number;
  readonly directed: boolean;
  /** Allowed relation kinds; empty for all. */
  readonly relations: readonly string[];
  readonly avoid: readonly string[];
  readonly asOf: string | null;
  /** Also follow provenance relations (who was quoted where). */
  readonly withProvenance: boolean;
  /** Index of the chosen result (0-based). */
  readonly chosen: number;
}

/** A path query with the default options. */
export function newPathQuery(from: string, to: string): PathQuery {
  return {
    from,
    to,
    k: DEFAULT_PATH_OPTIONS.k,
    maxHops: DEFAULT_PATH_OPTIONS.maxHops,
    directed: false,
    relations: [],
    avoid: [],
    asOf: null,
    withProvenance: false,
    chosen: 0,
  };
}
export const VIEW_NAMES: readonly ViewName[] = [
  'graph',
  'table',
  'sources',
  'perspectives',
  'review',
];

export interface ViewState {
  /** Selected entity id. */
  readonly selected: string | null;
  /** Selected relation (edge) id. */
  readonly selectedEdge: string | null;
  readonly hiddenKinds: ReadonlySet<string>;
  readonly hiddenRelations: ReadonlySet<string>;
  readonly hiddenCertainties: ReadonlySet<string>;
  /** Asserters whose claims are hidden (a relation shows while any of its asserters is shown). */
  readonly hiddenAsserters: ReadonlySet<string>;
  /** Perspective ("according to"): only relations asserted by one of these; empty for everyone's. Paths follow it too. */
  readonly by: ReadonlySet<string>;
  /** Layers (substantive, statement, provenance) whose relations are hidden. */
  readonly hiddenLayers: ReadonlySet<string>;
  /** Show only what is dated up to this year (undated items show unless `hideUndated`). */
  readonly asOf: number | null;
  /** With "as of", also hide relations that carry no date (they may postdate the year). */
  readonly hideUndated: boolean;
  /** Colour nodes by this node attribute instead of their own colour (kind); null for that. */
  readonly colorBy: string | null;
  /** Size nodes by this numeric node attribute instead of PageRank; null for that. */
  readonly sizeBy: string | null;
  /** How many names the canvas draws (the path's and the selection's always). */
  readonly labels: LabelDensity;
  /** Label font size in pixels. */
  readonly labelSize: number;
  /** 0: whole graph; 1 or 2: the selection's neighbourhood of that many hops. */
  readonly focus: 0 | 1 | 2;
  readonly view: ViewName;
  /** The path finder's query, if any: `?from=<id>&to=<id>` plus options. */
  readonly path: PathQuery | null;
}

/**
 * Whether any of these parts of the view state changed (by identity: the store replaces a part
 * when it changes, never mutates it). Each panel re-renders only when its own parts changed.
 */
export function sliceChanged(
  previous: ViewState | null,
  next: ViewState,
  keys: readonly (keyof ViewState)[],
): boolean {
  return previous === null || keys.some((key) => previous[key] !== next[key]);
}

export const DEFAULT_VIEW_STATE: ViewState = Object.freeze({
  selected: null,
  selectedEdge: null,
  hiddenKinds: new Set<string>(),
  hiddenRelations: new Set<string>(),
  hiddenCertainties: new Set<string>(),
  hiddenAsserters: new Set<string>(),
  by: new Set<string>(),
  hiddenLayers: new Set<string>(),
  asOf: null,
  hideUndated: false,
  colorBy: null,
  sizeBy: null,
  labels: 'many',
  labelSize: 13,
  focus: 0,
  view: 'graph',
  path: null,
});

/** Label sizes offered (pixels); a link may name any whole size in `LABEL_SIZE_RANGE`. */
export const LABEL_SIZES: readonly number[] = [11, 13, 16, 20];
export const LABEL_SIZE_RANGE = { min: 8, max: 32 } as const;

const list = (set: ReadonlySet<string>) => [...set].sort().join(',');

/** Encodes the state as URL search parameters (defaults are left out, so URLs stay short). */
export function toSearchParams(state: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.selected !== null) params.set('select', state.selected);
  if (state.selectedEdge !== null) params.set('edge', state.selectedEdge);
  if (state.hiddenKinds.size > 0) params.set('hide', list(state.hiddenKinds));
  if (state.hiddenRelations.size > 0) params.set('hideRel', list(state.hiddenRelations));
  if (state.hiddenCertainties.size > 0) params.set('hideCert', list(state.hiddenCertainties));
  if (state.hiddenLayers.size > 0) params.set('hideLayer', list(state.hiddenLayers));
  if (state.hiddenAsserters.size > 0) params.set('hideBy', list(state.hiddenAsserters));
  if (state.by.size > 0) params.set('by', list(state.by));
  if (state.asOf !== null) params.set('asOf', String(state.asOf));
  if (state.hideUndated) params.set('undated', 'hide');
  if (state.colorBy !== null) params.set('colorBy', state.colorBy);
  if (state.sizeBy !== null) params.set('sizeBy', state.sizeBy);
  if (state.labels !== DEFAULT_VIEW_STATE.labels) params.set('labels', state.labels);
  if (state.labelSize !== DEFAULT_VIEW_STATE.labelSize)
    params.set('labelSize', String(state.labelSize));
  if (state.focus !== 0) params.set('focus', String(state.focus));
  if (state.view !== 'graph') params.set('view', state.view);
  const { path } = state;
  if (path) {
    params.set('from', path.from);
    params.set('to', path.to);
    if (path.k !== DEFAULT_PATH_OPTIONS.k) params.set('k', String(path.k));
    if (path.maxHops !== DEFAULT_PATH_OPTIONS.maxHops) params.set('maxHops', String(path.maxHops));
    if (path.directed) params.set('directed', '1');
    if (path.relations.length > 0) params.set('rel', [...path.relations].sort().join(','));
    if (path.avoid.length > 0) params.set('avoid', [...path.avoid].sort().join(','));
    if (path.asOf !== null) params.set('pathAsOf', path.asOf);
    if (path.withProvenance) params.set('prov', '1');
    if (path.chosen !== 0) params.set('path', String(path.chosen + 1));
  }
  return params;
}

/** The state as a URL query string (no "?"), commas left readable. */
export function toQueryString(state: ViewState): string {
  return toSearchParams(state).toString().replace(/%2C/g, ',');
}

/** The result of reading a URL: the state, and a notice for each value that was ignored. */
export interface DecodedViewState {
  readonly state: ViewState;
  readonly notices: readonly string[];
}

/**
 * Reads the state from URL parameters. Unknown ids and values are dropped with a notice, never an
 * exception: a stale or hand-edited link still opens.
 */
export function fromSearchParams(params: URLSearchParams, graph: AbstractGraph): DecodedViewState {
  const notices: string[] = [];
  const pickSet = (name: string, known: (v: string) => boolean, what: string): Set<string> => {
    const values = (params.get(name) ?? '')
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);
    const good = values.filter(known);
    for (const bad of values.filter((v) => !known(v))) {
      notices.push(`The link names an unknown ${what} "${bad}"; it was ignored.`);
    }
    return new Set(good);
  };

  let selected = params.get('select');
  if (selected !== null && !graph.hasNode(selected)) {
    notices.push(`The link selects an unknown entity "${selected}"; nothing is selected.`);
    selected = null;
  }
  let selectedEdge = params.get('edge');
  if (selectedEdge !== null && !graph.hasEdge(selectedEdge)) {
    notices.push(`The link selects an unknown relation "${selectedEdge}"; it was ignored.`);
    selectedEdge = null;
  }
  let asOf: number | null = null;
  const asOfText = params.get('asOf');
  if (asOfText !== null) {
    if (/^\d{4}$/.test(asOfText)) asOf = Number(asOfText);
    else
      notices.push(`The link's "as of" year "${asOfText}" is not a year (YYYY); it was ignored.`);
  }
  const focusText = params.get('focus');
  let focus: 0 | 1 | 2 = 0;
  if (focusText === '1' || focusText === '2') focus = focusText === '1' ? 1 : 2;
  else if (focusText !== null)
    notices.push(`The link's focus "${focusText}" must be 1 or 2; it was ignored.`);
  const labelsText = params.get('labels');
  const labels = LABEL_DENSITIES.find((d) => d === labelsText) ?? DEFAULT_VIEW_STATE.labels;
  if (labelsText !== null && labelsText !== labels)
    notices.push(
      `The link's label density "${labelsText}" must be one of ${LABEL_DENSITIES.join(', ')}; it was ignored.`,
    );
  const labelSizeText = params.get('labelSize');
  let labelSize = DEFAULT_VIEW_STATE.labelSize;
  if (labelSizeText !== null) {
    const n = Number(labelSizeText);
    if (Number.isInteger(n) && n >= LABEL_SIZE_RANGE.min && n <= LABEL_SIZE_RANGE.max)
      labelSize = n;
    else
      notices.push(
        `The link's label size "${labelSizeText}" must be a whole number of pixels from ${LABEL_SIZE_RANGE.min} to ${LABEL_SIZE_RANGE.max}; it was ignored.`,
      );
  }
  const viewText = params.get('view');
  const view = VIEW_NAMES.find((v) => v === viewText) ?? 'graph';
  if (viewText !== null && viewText !== view)
    notices.push(`The link names an unknown view "${viewText}"; showing the graph.`);

  const path = decodePath(params, graph, notices, pickSet);

  return {
    state: {
      path,
      selected,
      selectedEdge,
      hiddenKinds: pickSet('hide', (v) => knownNodeKind(graph, v), 'entity kind'),
      hiddenRelations: pickSet('hideRel', (v) => knownEdgeKind(graph, v), 'relation kind'),
      hiddenCertainties: pickSet(
        'hideCert',
        (v) => (CERTAINTIES as readonly string[]).includes(v),
        'certainty',
      ),
      hiddenAsserters: pickSet('hideBy', (v) => graph.hasNode(v), 'asserter'),
      by: pickSet('by', (v) => graph.hasNode(v), 'asserter'),
      hiddenLayers: pickSet(
        'hideLayer',
        (v) => (LAYER_IDS as readonly string[]).includes(v),
        'layer',
      ),
      asOf,
      hideUndated: params.get('undated') === 'hide',
      colorBy: nodeAttribute(params, 'colorBy', graph, notices),
      sizeBy: nodeAttribute(params, 'sizeBy', graph, notices),
      labels,
      labelSize,
      focus,
      view,
    },
    notices,
  };
}

/** A node attribute named in the link (`colorBy`, `sizeBy`), if some node carries it. */
function nodeAttribute(
  params: URLSearchParams,
  name: string,
  graph: AbstractGraph,
  notices: string[],
): string | null {
  const value = params.get(name);
  if (value === null) return null;
  if (graph.someNode((_n, a) => a[value] !== undefined)) return value;
  notices.push(`The link's "${name}" names an attribute no node has ("${value}"); it was ignored.`);
  return null;
}

/** An entity kind of the schema, or one an imported graph uses. */
function knownNodeKind(graph: AbstractGraph, kind: string): boolean {
  return (
    (ENTITY_KIND_IDS as readonly string[]).includes(kind) ||
    graph.someNode((_n, a) => a['kind'] === kind)
  );
}

/** A relation kind of the schema, or one an imported graph uses. */
function knownEdgeKind(graph: AbstractGraph, kind: string): boolean {
  return (
    (RELATION_KIND_IDS as readonly string[]).includes(kind) ||
    graph.someEdge((_e, a) => a['kind'] === kind)
  );
}

/** Returns a copy of `set` with `value` toggled. */
export function toggled(set: ReadonlySet<string>, value: string): Set<string> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}

function decodePath(
  params: URLSearchParams,
  graph: AbstractGraph,
  notices: string[],
  pickSet: (name: string, known: (v: string) => boolean, what: string) => Set<string>,
): PathQuery | null {
  const from = params.get('from');
  const to = params.get('to');
  if (from === null && to === null) return null;
  if (from === null || to === null) {
    notices.push('A path link needs both "from" and "to"; the path finder was left empty.');
    return null;
  }
  let ok = true;
  for (const [name, id] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!graph.hasNode(id)) {
      notices.push(`The path link's "${name}" names an unknown entity "${id}"; no path is shown.`);
      ok = false;
    }
  }
  if (!ok) return null;
  const query = newPathQuery(from, to);
  const integer = (name: string, fallback: number, min: number, max: number) => {
    const text = params.get(name);
    if (text === null) return fallback;
    const n = Number(text);
    if (Number.isInteger(n) && n >= min && n <= max) return n;
    notices.push(
      `The path link's "${name}" must be a whole number from ${min} to ${max}; it was ignored.`,
    );
    return fallback;
  };
  const asOf = params.get('pathAsOf');
  if (asOf !== null && !isPartialDate(asOf))
    notices.push(`The path link's date "${asOf}" is not YYYY[-MM[-DD]]; it was ignored.`);
  const k = integer('k', query.k, 1, 50);
  return {
    ...query,
    k,
    maxHops: integer('maxHops', query.maxHops, 1, 20),
    directed: params.get('directed') === '1',
    relations: [...pickSet('rel', (v) => knownEdgeKind(graph, v), 'relation kind')],
    avoid: [
      ...pickSet('avoid', (v) => graph.hasNode(v) && v !== from && v !== to, 'entity to avoid'),
    ],
    asOf: asOf !== null && isPartialDate(asOf) ? asOf : null,
    withProvenance: params.get('prov') === '1',
    chosen: integer('path', 1, 1, k) - 1,
  };
}
