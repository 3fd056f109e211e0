/**
 * Colour by any categorical node attribute and size by any numeric one, as Gephi Lite does for
 * imported graphs (a modularity class, a degree, a "type"…). Pure: the reducers apply the maps,
 * the legend lists the values. No DOM, unit-tested in Node.
 */
import { FAMILY_COLORS, NODE_SIZE_RANGE, scaleSize } from '../graph/style';
import type { KnowledgeGraph } from '../graph/types';

/** Attributes that are structure or display, never offered for styling. */
const RESERVED = new Set([
  'label',
  'x',
  'y',
  'z',
  'size',
  'color',
  'description',
  'aliases',
  'citations',
  'date',
  'type',
]);

/** More distinct values than this and an attribute is not categorical. */
const MAX_CATEGORIES = 40;
/** Categories beyond the first few (by count) share the "other" colour. */
const OTHER = 'other';
const OTHER_COLOR = '#9ca3af';
const PALETTE = Object.values(FAMILY_COLORS);

/** The node attributes a graph offers for colour (categorical) and size (numeric). */
export function styleAttributes(graph: KnowledgeGraph): {
  categorical: string[];
  numeric: string[];
} {
  const values = new Map<string, Set<string>>();
  const numeric = new Map<string, boolean>();
  // Lists and objects (aliases, citations) are neither categories nor sizes.
  const structured = new Set<string>();
  graph.forEachNode((_node, attributes) => {
    for (const [key, value] of Object.entries(attributes)) {
      if (RESERVED.has(key) || structured.has(key) || value === undefined || value === null)
        continue;
      const isNumber = typeof value === 'number' && Number.isFinite(value);
      if (!isNumber && typeof value !== 'string' && typeof value !== 'boolean') {
        structured.add(key);
        values.delete(key);
        continue;
      }
      numeric.set(key, (numeric.get(key) ?? true) && isNumber);
      const seen = values.get(key) ?? new Set<string>();
      if (seen.size <= MAX_CATEGORIES) seen.add(String(value));
      values.set(key, seen);
    }
  });
  const categorical: string[] = [];
  const sizes: string[] = [];
  for (const [key, seen] of values) {
    const distinct = seen.size;
    if (distinct < 2) continue;
    if (numeric.get(key) === true) sizes.push(key);
    // Whole numbers with few values (a modularity class) are categories too.
    const fewWholeNumbers =
      numeric.get(key) === true && distinct <= 12 && [...seen].every((v) => /^-?\d+$/.test(v));
    if ((numeric.get(key) !== true || fewWholeNumbers) && distinct <= MAX_CATEGORIES)
      categorical.push(key);
  }
  return { categorical: categorical.sort(), numeric: sizes.sort() };
}

/** A numeric node attribute: each node's finite number (or undefined) and their range. */
function numericValues(
  graph: KnowledgeGraph,
  attribute: string,
): { value: (node: string) => number | undefined; min: number; max: number } {
  const value = (node: string): number | undefined => {
    const raw: unknown = graph.getNodeAttribute(node, attribute as 'degree');
    return typeof raw === 'number' && Number.isFinite(raw) ? raw : undefined;
  };
  let min = Infinity;
  let max = -Infinity;
  graph.forEachNode((node) => {
    const v = value(node);
    if (v === undefined) return;
    // Loops, not Math.min(...values): spreading 100k arguments overflows the stack.
    if (v < min) min = v;
    if (v > max) max = v;
  });
  return { value, min, max };
}

/** One legend row of a colour mapping. */
export interface ColorLegendRow {
  readonly value: string;
  readonly color: string;
  readonly count: number;
}

/**
 * A sequential ramp for numbers (light to dark blue, as ColorBrewer's "Blues" without its
 * lightest steps, which vanish on white): ordered by lightness, so it reads without colour vision.
 */
export const GRADIENT_STOPS: readonly string[] = [
  '#9ecae1',
  '#6baed6',
  '#4292c6',
  '#2171b5',
  '#08519c',
  '#08306b',
];

/** The ramp's colour at `t` in [0, 1]. */
export function gradientColor(t: number): string {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0));
  const position = clamped * (GRADIENT_STOPS.length - 1);
  const i = Math.min(Math.floor(position), GRADIENT_STOPS.length - 2);
  const rgb = (hex: string) => [1, 3, 5].map((j) => Number.parseInt(hex.slice(j, j + 2), 16));
  const a = rgb(GRADIENT_STOPS[i] ?? '#000000');
  const b = rgb(GRADIENT_STOPS[i + 1] ?? '#000000');
  const f = position - i;
  return `#${a
    .map((v, j) =>
      Math.round(v + ((b[j] ?? v) - v) * f)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** A numeric colour mapping's legend: the range and the ramp. */
export interface ColorGradient {
  readonly min: number;
  readonly max: number;
  readonly stops: readonly string[];
  /** Nodes without a number (drawn grey). */
  readonly missing: number;
}

/**
 * Colours for an attribute: a categorical one by value (see `colorByCategory`); a numeric one
 * that is not a category (see `styleAttributes`) on a light-to-dark ramp from its minimum to its
 * maximum, nodes without a number grey.
 */
export function colorByAttribute(
  graph: KnowledgeGraph,
  attribute: string,
): {
  colors: ReadonlyMap<string, string>;
  legend: ColorLegendRow[];
  gradient: ColorGradient | null;
} {
  const { categorical, numeric } = styleAttributes(graph);
  if (categorical.includes(attribute) || !numeric.includes(attribute))
    return { ...colorByCategory(graph, attribute), gradient: null };
  const { value, min, max } = numericValues(graph, attribute);
  const colors = new Map<string, string>();
  let missing = 0;
  graph.forEachNode((node) => {
    const v = value(node);
    if (v === undefined) missing++;
    colors.set(
      node,
      v === undefined ? OTHER_COLOR : gradientColor(max > min ? (v - min) / (max - min) : 0.5),
    );
  });
  return { colors, legend: [], gradient: { min, max, stops: GRADIENT_STOPS, missing } };
}

/**
 * Colours for a categorical attribute: the most common values get the palette's eight colours,
 * the rest (and nodes without the attribute) share a grey "other".
 */
function colorByCategory(
  graph: KnowledgeGraph,
  attribute: string,
): { colors: ReadonlyMap<string, string>; legend: ColorLegendRow[] } {
  const counts = new Map<string, number>();
  const valueOf = new Map<string, string>();
  graph.forEachNode((node, attributes) => {
    const raw: unknown = attributes[attribute as keyof typeof attributes];
    const value =
      typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean'
        ? String(raw)
        : OTHER;
    valueOf.set(node, value);
    counts.set(value, (counts.get(value) ?? 0) + 1);
  });
  const ranked = [...counts.entries()]
    .filter(([value]) => value !== OTHER)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const colorOf = new Map(
    ranked.slice(0, PALETTE.length).map(([value], i) => [value, PALETTE[i] ?? OTHER_COLOR]),
  );
  const colors = new Map<string, string>();
  let others = 0;
  for (const [node, value] of valueOf) {
    const color = colorOf.get(value);
    colors.set(node, color ?? OTHER_COLOR);
    if (color === undefined) others++;
  }
  const legend = ranked
    .slice(0, PALETTE.length)
    .map(([value, count]) => ({ value, color: colorOf.get(value) ?? OTHER_COLOR, count }));
  if (others > 0) legend.push({ value: OTHER, color: OTHER_COLOR, count: others });
  return { colors, legend };
}

/**
 * The sizes to draw when the file's own are out of the drawable range (Gephi writes sizes of 1 to
 * 100 and more, which sigma would take as pixels): scaled linearly into `NODE_SIZE_RANGE`, as
 * Gephi Lite does, keeping their order and ratios of differences. Null when they already fit (the
 * article's PageRank sizes), so nothing changes. The graph keeps the file's sizes (exports write
 * them back unchanged).
 */
export function displaySizes(graph: KnowledgeGraph): ReadonlyMap<string, number> | null {
  let min = Infinity;
  let max = -Infinity;
  graph.forEachNode((_node, a) => {
    if (!Number.isFinite(a.size)) return;
    if (a.size < min) min = a.size;
    if (a.size > max) max = a.size;
  });
  if (!Number.isFinite(min) || (min >= NODE_SIZE_RANGE.min / 2 && max <= NODE_SIZE_RANGE.max * 1.5))
    return null;
  const sizes = new Map<string, number>();
  const span = NODE_SIZE_RANGE.max - NODE_SIZE_RANGE.min;
  graph.forEachNode((node, a) => {
    const t = max > min && Number.isFinite(a.size) ? (a.size - min) / (max - min) : 0.5;
    sizes.set(node, Math.round((NODE_SIZE_RANGE.min + t * span) * 100) / 100);
  });
  return sizes;
}

/** Sizes for a numeric attribute (square-root scale from zero, or from its minimum when negative; missing values smallest). */
export function sizeByAttribute(
  graph: KnowledgeGraph,
  attribute: string,
): { sizes: ReadonlyMap<string, number>; min: number; max: number } {
  const { value, min, max } = numericValues(graph, attribute);
  const sizes = new Map<string, number>();
  graph.forEachNode((node) => {
    const v = value(node);
    // Counts and scores are measured from zero: 2 against 3 is not smallest against largest.
    sizes.set(node, v === undefined ? NODE_SIZE_RANGE.min : scaleSize(v, Math.min(0, min), max));
  });
  return { sizes, min, max };
}
