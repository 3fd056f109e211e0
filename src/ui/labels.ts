/**
 * Which node labels to draw: a greedy, collision-free placement in priority order. Pure (no DOM,
 * no sigma), unit-tested in Node; the renderer feeds it viewport positions and a text measurer.
 *
 * Written here rather than left to sigma's label grid: the grid keeps one label per cell, which
 * still lets long labels run over each other and over the canvas edge ("Clo…"), and forced labels
 * bypass it entirely (a hub's 761 neighbours). A greedy pass over boxes in priority order is the
 * usual answer (it is what map labelling does) and costs O(k²) for k candidates, capped below.
 */

/** A node that could be labelled, in viewport pixels. */
export interface LabelCandidate {
  readonly node: string;
  readonly x: number;
  readonly y: number;
  /** Rendered radius in pixels. */
  readonly radius: number;
  readonly label: string;
}

/** Label planning options. */
export interface LabelPlanOptions {
  /** Viewport size in pixels. */
  readonly width: number;
  readonly height: number;
  /** Label font size in pixels (the box height is about 1.25 times it). */
  readonly fontSize: number;
  /** Width of a label's text in pixels. */
  readonly measure: (text: string) => number;
  /** Keep labels this many pixels inside the viewport. Default 4. */
  readonly margin?: number;
  /** At most this many labels. Default 80. */
  readonly max?: number;
  /** Give up after trying this many candidates (huge graphs). Default 1500. */
  readonly maxTried?: number;
  /** Node discs a label must not cover (viewport pixels); a label may touch its own node. */
  readonly obstacles?: readonly { node: string; x: number; y: number; radius: number }[];
  /**
   * The first this many candidates may cover discs (drawn over them with a halo): the most
   * important names must show even in a dense middle. Default 12.
   */
  readonly overDiscs?: number;
}

/** True when a box and a disc overlap. */
function boxHitsDisc(
  box: { left: number; top: number; right: number; bottom: number },
  disc: { x: number; y: number; radius: number },
): boolean {
  const nx = Math.max(box.left, Math.min(disc.x, box.right));
  const ny = Math.max(box.top, Math.min(disc.y, box.bottom));
  return (nx - disc.x) ** 2 + (ny - disc.y) ** 2 < disc.radius ** 2;
}

/** Gap between a node's edge and its label, as sigma draws it. */
export const LABEL_GAP = 3;

/** A label's box in viewport pixels: to the right of the node, vertically centred. */
export function labelBox(
  candidate: LabelCandidate,
  fontSize: number,
  measure: (text: string) => number,
): { left: number; top: number; right: number; bottom: number } {
  const left = candidate.x + candidate.radius + LABEL_GAP;
  const half = (fontSize * 1.25) / 2;
  return {
    left,
    top: candidate.y - half,
    right: left + measure(candidate.label) + 2,
    bottom: candidate.y + half,
  };
}

/**
 * The nodes to label: each candidate, in the given priority order, is labelled when its box lies
 * wholly inside the viewport (less the margin), overlaps no label already placed, and (past the
 * first few, the most important) covers no other node's disc.
 */
export function planLabels(
  candidates: Iterable<LabelCandidate>,
  options: LabelPlanOptions,
): Set<string> {
  const margin = options.margin ?? 4;
  const max = options.max ?? 80;
  const maxTried = options.maxTried ?? 1500;
  let tried = 0;
  const placed: { left: number; top: number; right: number; bottom: number }[] = [];
  const labelled = new Set<string>();
  // Discs bucketed in a coarse grid, so each label checks only the discs near it.
  const CELL = 64;
  const grid = new Map<string, { node: string; x: number; y: number; radius: number }[]>();
  for (const disc of options.obstacles ?? []) {
    for (
      let gx = Math.floor((disc.x - disc.radius) / CELL);
      gx <= Math.floor((disc.x + disc.radius) / CELL);
      gx++
    ) {
      for (
        let gy = Math.floor((disc.y - disc.radius) / CELL);
        gy <= Math.floor((disc.y + disc.radius) / CELL);
        gy++
      ) {
        const key = `${gx},${gy}`;
        const bucket = grid.get(key);
        if (bucket) bucket.push(disc);
        else grid.set(key, [disc]);
      }
    }
  }
  const coversDisc = (
    node: string,
    box: { left: number; top: number; right: number; bottom: number },
  ) => {
    for (let gx = Math.floor(box.left / CELL); gx <= Math.floor(box.right / CELL); gx++)
      for (let gy = Math.floor(box.top / CELL); gy <= Math.floor(box.bottom / CELL); gy++)
        for (const disc of grid.get(`${gx},${gy}`) ?? [])
          if (disc.node !== node && boxHitsDisc(box, disc)) return true;
    return false;
  };
  for (const candidate of candidates) {
    if (labelled.size >= max || tried++ >= maxTried) break;
    if (candidate.label === '') continue;
    const box = labelBox(candidate, options.fontSize, options.measure);
    if (
      box.left < margin ||
      box.top < margin ||
      box.right > options.width - margin ||
      box.bottom > options.height - margin
    )
      continue;
    if (
      placed.some(
        (other) =>
          box.left < other.right &&
          other.left < box.right &&
          box.top < other.bottom &&
          other.top < box.bottom,
      )
    )
      continue;
    if (tried > (options.overDiscs ?? 12) && coversDisc(candidate.node, box)) continue;
    placed.push(box);
    labelled.add(candidate.node);
  }
  return labelled;
}

/** At most this many neighbours of the selected or hovered entity are labelled. */
export const NEIGHBOUR_LABELS = 30;

/**
 * The order in which nodes claim a label: the path, then the focused entity and its most central
 * neighbours (at most `NEIGHBOUR_LABELS`), then every other node by PageRank.
 * @param byRank - all node ids, most central first (computed once per graph)
 * @param rank - each node's index in `byRank`
 */
export function labelPriority(
  byRank: readonly string[],
  rank: ReadonlyMap<string, number>,
  visible: (node: string) => boolean,
  center: string | null,
  neighbours: readonly string[],
  path: ReadonlySet<string> | null,
): string[] {
  const order: string[] = [];
  const seen = new Set<string>();
  const take = (node: string) => {
    if (!seen.has(node) && visible(node)) {
      seen.add(node);
      order.push(node);
    }
  };
  path?.forEach(take);
  if (center !== null) {
    take(center);
    [...neighbours]
      .sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity))
      .slice(0, NEIGHBOUR_LABELS)
      .forEach(take);
  }
  // With a focus, only its neighbourhood is labelled: other labels would sit on faded nodes.
  if (center === null && path === null) byRank.forEach(take);
  return order;
}
