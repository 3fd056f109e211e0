/**
 * `applyLayout`: deterministic positions for the knowledge graph, shared by the CLI and the page.
 *
 * Seeded random start → ForceAtlas2 (settings inferred from the graph, fixed iteration count) →
 * noverlap. Every step is deterministic given the seed, so the same data gives the same picture
 * on every run and users keep their mental map.
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import { random } from 'graphology-layout';
import noverlap from 'graphology-layout-noverlap';
import { UsageError } from '../model/errors';

/** Layout options. */
export interface LayoutOptions {
  /** Seed of the random start. Same seed, same layout. Default 2025. */
  seed: number;
  /** ForceAtlas2 iterations. Default 400. */
  iterations: number;
  /** Run noverlap after ForceAtlas2 so labels and discs do not collide. Default true. */
  noverlap: boolean;
  /** Override ForceAtlas2 settings inferred from the graph. */
  forceAtlas2: ForceAtlas2Settings;
}

/** The defaults, exported so callers can show and extend them. */
export const DEFAULT_LAYOUT_OPTIONS: Readonly<LayoutOptions> = Object.freeze({
  seed: 2025,
  iterations: 400,
  noverlap: true,
  forceAtlas2: {},
});

/**
 * Options scaled to a graph's size: the full 400 iterations up to 1,000 nodes, fewer above
 * (ForceAtlas2 costs about 5 ms per iteration at 9,000 nodes here), and no noverlap above 2,000
 * (its 200 passes take longer than the layout itself).
 */
export function layoutOptionsFor(order: number): Partial<LayoutOptions> {
  if (order <= 1000) return {};
  return { iterations: Math.max(30, Math.round(400_000 / order)), noverlap: order <= 2000 };
}

/** Merges options over the defaults and validates them. @throws UsageError on a bad value. */
export function resolveLayoutOptions(options: Partial<LayoutOptions> = {}): LayoutOptions {
  const resolved = { ...DEFAULT_LAYOUT_OPTIONS, ...options };
  if (!Number.isInteger(resolved.seed)) {
    throw new UsageError(`layout seed must be an integer, got ${String(resolved.seed)}`);
  }
  if (
    !Number.isInteger(resolved.iterations) ||
    resolved.iterations < 0 ||
    resolved.iterations > 10_000
  ) {
    throw new UsageError(
      `layout iterations must be an integer from 0 to 10000, got ${String(resolved.iterations)}`,
    );
  }
  return resolved;
}

/**
 * A small seeded PRNG (mulberry32). Written here because graphology-layout takes any `rng`
 * function but ships none, and a 6-line generator is not worth a dependency.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The ForceAtlas2 settings used for a graph: inferred from its size, then the caller's overrides. */
export function layoutSettings(
  graph: AbstractGraph,
  overrides: ForceAtlas2Settings = {},
): ForceAtlas2Settings {
  return {
    ...forceAtlas2.inferSettings(graph),
    // Attraction shared out over a node's edges (ForceAtlas2's "dissuade hubs"): hubs settle
    // between their neighbours instead of pulling them into one knot. Gravity keeps small
    // components on screen.
    outboundAttractionDistribution: true,
    gravity: 1,
    ...overrides,
  };
}

/**
 * Places every node (writes `x`, `y`). Node order is the graph's insertion order, so the result
 * depends only on the data and the options.
 * @throws UsageError on invalid options
 */
export function applyLayout<N extends Attributes, E extends Attributes, G extends Attributes>(
  graph: AbstractGraph<N, E, G>,
  options: Partial<LayoutOptions> = {},
): void {
  const resolved = resolveLayoutOptions(options);
  if (graph.order === 0) return;
  random.assign(graph, { rng: seededRandom(resolved.seed), scale: 100, center: 0 });
  if (resolved.iterations > 0) {
    forceAtlas2.assign(graph, {
      iterations: resolved.iterations,
      settings: layoutSettings(graph, resolved.forceAtlas2),
    });
  }
  if (resolved.noverlap) {
    noverlap.assign(graph, { maxIterations: 200, settings: { margin: 2, ratio: 1.2 } });
  }
  // Round so the JSON/GEXF exports are stable across engines' last-bit float differences.
  graph.updateEachNodeAttributes(
    (_node, attributes) => ({
      ...attributes,
      x: Math.round(Number(attributes['x']) * 1000) / 1000,
      y: Math.round(Number(attributes['y']) * 1000) / 1000,
    }),
    { attributes: ['x', 'y'] },
  );
}
