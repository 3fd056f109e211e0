/**
 * Which node labels to draw, and on which side of their node: a greedy placement in priority
 * order. Pure (no DOM, no sigma), unit-tested in Node; the renderer feeds it viewport positions
 * and a text measurer, and draws each label where the plan puts it.
 *
 * Written here rather than left to sigma's label grid: the grid keeps one label per cell, which
 * still lets long labels run over each other and over the canvas edge ("Clo…"), places every
 * label to the right of its node, and forced labels bypass it entirely (a hub's 761 neighbours).
 * A greedy pass over candidate boxes in priority order, trying a few positions per label, is the
 * usual answer (it is what map labelling does) and costs O(k²) for k labels, capped below.
 */

/** A node that could be labelled, in viewport pixels. */
export interface LabelCandidate {
  readonly node: string;
  readonly x: number;
  readonly y: number;
  /** Rendered radius in pixels. */
  readonly radius: number;
  readonly label: string;
  /**
   * Must be labelled (the path, the selection, the hovered entity): placed on its best side even
   * when every side collides, before any other label.
   */
  readonly forced?: boolean;
  /**
   * Labelled before the ordinary ones and whatever the cap (the focus's nearest neighbours), and
   * allowed over discs; still never over another label (overlapping text reads as neither name).
   */
  readonly preferred?: boolean;
  /** Drawn in bold (the selection, the hovered entity, a path's ends): its box is wider. */
  readonly strong?: boolean;
}

/** Where a label sits against its node. */
export type LabelSide =
  | 'right'
  | 'left'
  | 'below'
  | 'above'
  | 'above-right'
  | 'below-right'
  | 'above-left'
  | 'below-left'
  | 'right-high'
  | 'right-low'
  | 'left-high'
  | 'left-low';

/**
 * The places tried, in order: reading order first (right), then its mirror, then under and over,
 * then the four corners (which free a crowded hub's neighbours, whose sides face each other),
 * then beside the node but raised or lowered by most of a line.
 */
export const LABEL_SIDES: readonly LabelSide[] = [
  'right',
  'left',
  'below',
  'above',
  'above-right',
  'below-right',
  'above-left',
  'below-left',
  'right-high',
  'right-low',
  'left-high',
  'left-low',
];

/** A box in viewport pixels. */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** A placed label: its side and its box (the renderer draws the text inside the box). */
export interface PlacedLabel {
  readonly side: LabelSide;
  readonly box: Box;
  /** Drawn in bold. */
  readonly strong: boolean;
}

/** How much wider bold text is than regular, at most (system sans fonts: about 5–8 %). */
export const BOLD_WIDTH = 1.1;

/** A node's disc in viewport pixels. */
export interface Disc {
  readonly node: string;
  readonly x: number;
  readonly y: number;
  readonly radius: number;
}

/** How many labels the reader wants: only the forced ones, a few, many, or every node in view. */
export type LabelDensity = 'none' | 'few' | 'many' | 'all';
export const LABEL_DENSITIES: readonly LabelDensity[] = ['none', 'few', 'many', 'all'];

/** Per density: ordinary labels at most, and neighbours of the focus labelled at most. */
export const DENSITY_LIMITS: Readonly<
  Record<LabelDensity, { readonly labels: number; readonly neighbours: number }>
> = {
  none: { labels: 0, neighbours: 0 },
  few: { labels: 12, neighbours: 12 },
  many: { labels: 120, neighbours: 40 },
  all: { labels: Infinity, neighbours: Infinity },
};

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
  /** At most this many ordinary (not forced) labels. Default 80. */
  readonly max?: number;
  /** Give up on ordinary labels after trying this many candidates (huge graphs). Default 1500. */
  readonly maxTried?: number;
  /** Node discs a label must not cover (viewport pixels); a label may touch its own node. */
  readonly obstacles?: readonly Disc[];
  /**
   * Discs drawn over the labels (the hovered node, which sigma draws on its hover layer): no
   * label, forced or not, may lie under one, or the node would hide it.
   */
  readonly above?: readonly Disc[];
  /** Ordinary labels may overlap one another (density "all"). Default false. */
  readonly overlap?: boolean;
  /**
   * Emphasised edges (a path's, the focus's) as straight segments: a name laid across one hides
   * the line the reader follows, so labels keep off them where a free place allows.
   */
  readonly lines?: readonly Segment[];
}

/** A straight segment in viewport pixels. */
export interface Segment {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** True when a segment crosses a box (Liang–Barsky clipping). */
export function segmentHitsBox(segment: Segment, box: Box): boolean {
  const dx = segment.x2 - segment.x1;
  const dy = segment.y2 - segment.y1;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, segment.x1 - box.left],
    [dx, box.right - segment.x1],
    [-dy, segment.y1 - box.top],
    [dy, box.bottom - segment.y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/** Gap between a node's edge and its label. */
export const LABEL_GAP = 3;

/** True when a box and a disc overlap. */
function boxHitsDisc(box: Box, disc: Disc): boolean {
  const nx = Math.max(box.left, Math.min(disc.x, box.right));
  const ny = Math.max(box.top, Math.min(disc.y, box.bottom));
  return (nx - disc.x) ** 2 + (ny - disc.y) ** 2 < disc.radius ** 2;
}

/** Overlapping area of two boxes (0 when apart). */
function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * A label's box in viewport pixels on one side of its node: right and left vertically centred,
 * below and above horizontally centred.
 */
export function labelBox(
  candidate: LabelCandidate,
  fontSize: number,
  measure: (text: string) => number,
  side: LabelSide = 'right',
): Box {
  const width = measure(candidate.label) * (candidate.strong === true ? BOLD_WIDTH : 1) + 2;
  const height = fontSize * 1.25;
  const { x, y } = candidate;
  const reach = candidate.radius + LABEL_GAP;
  // Corners start where the disc's diagonal meets its edge, so the label touches the node.
  const corner = candidate.radius * Math.SQRT1_2 + LABEL_GAP;
  // Raised or lowered beside the node: the box still touches the node's level.
  const shift = height * 0.75;
  switch (side) {
    case 'right-high':
    case 'right-low': {
      const dy = side === 'right-high' ? -shift : shift;
      return {
        left: x + reach,
        top: y - height / 2 + dy,
        right: x + reach + width,
        bottom: y + height / 2 + dy,
      };
    }
    case 'left-high':
    case 'left-low': {
      const dy = side === 'left-high' ? -shift : shift;
      return {
        left: x - reach - width,
        top: y - height / 2 + dy,
        right: x - reach,
        bottom: y + height / 2 + dy,
      };
    }
    case 'above-right':
      return {
        left: x + corner,
        top: y - corner - height,
        right: x + corner + width,
        bottom: y - corner,
      };
    case 'below-right':
      return {
        left: x + corner,
        top: y + corner,
        right: x + corner + width,
        bottom: y + corner + height,
      };
    case 'above-left':
      return {
        left: x - corner - width,
        top: y - corner - height,
        right: x - corner,
        bottom: y - corner,
      };
    case 'below-left':
      return {
        left: x - corner - width,
        top: y + corner,
        right: x - corner,
        bottom: y + corner + height,
      };
    case 'right':
      return {
        left: x + reach,
        top: y - height / 2,
        right: x + reach + width,
        bottom: y + height / 2,
      };
    case 'left':
      return {
        left: x - reach - width,
        top: y - height / 2,
        right: x - reach,
        bottom: y + height / 2,
      };
    case 'below':
      return {
        left: x - width / 2,
        top: y + reach,
        right: x + width / 2,
        bottom: y + reach + height,
      };
    case 'above':
      return {
        left: x - width / 2,
        top: y - reach - height,
        right: x + width / 2,
        bottom: y - reach,
      };
  }
}

/**
 * Discs bucketed in a coarse grid, so each label checks only the discs near it. Cells are keyed
 * by number, not by a "x,y" string: an overview plan asks about tens of thousands of boxes.
 */
function discGrid(discs: readonly Disc[]) {
  const CELL = 64;
  // Cell columns and rows offset so that negative ones (discs just off the viewport) key apart.
  const OFFSET = 1 << 14;
  const key = (gx: number, gy: number) => (gx + OFFSET) * (OFFSET * 2) + gy + OFFSET;
  const grid = new Map<number, Disc[]>();
  for (const disc of discs) {
    const gx1 = Math.floor((disc.x + disc.radius) / CELL);
    const gy1 = Math.floor((disc.y + disc.radius) / CELL);
    for (let gx = Math.floor((disc.x - disc.radius) / CELL); gx <= gx1; gx++) {
      for (let gy = Math.floor((disc.y - disc.radius) / CELL); gy <= gy1; gy++) {
        const k = key(gx, gy);
        const bucket = grid.get(k);
        if (bucket) bucket.push(disc);
        else grid.set(k, [disc]);
      }
    }
  }
  return {
    /** How many discs other than `node`'s own the box covers. */
    count(node: string, box: Box): number {
      const seen = new Set<Disc>();
      for (let gx = Math.floor(box.left / CELL); gx <= Math.floor(box.right / CELL); gx++)
        for (let gy = Math.floor(box.top / CELL); gy <= Math.floor(box.bottom / CELL); gy++)
          for (const disc of grid.get(key(gx, gy)) ?? [])
            if (disc.node !== node && boxHitsDisc(box, disc)) seen.add(disc);
      return seen.size;
    },
    /**
     * True when the box covers any disc other than `node`'s own. Stops at the first: most boxes
     * tried in a crowded overview cover one, and counting them all was most of a plan's time.
     */
    any(node: string, box: Box): boolean {
      for (let gx = Math.floor(box.left / CELL); gx <= Math.floor(box.right / CELL); gx++)
        for (let gy = Math.floor(box.top / CELL); gy <= Math.floor(box.bottom / CELL); gy++) {
          const bucket = grid.get(key(gx, gy));
          if (bucket === undefined) continue;
          for (const disc of bucket) if (disc.node !== node && boxHitsDisc(box, disc)) return true;
        }
      return false;
    },
  };
}

/**
 * The labels to draw and where: forced candidates first, each on the first place where it fits
 * (inside the viewport, over no other label, under no disc drawn above labels, over no disc),
 * else on the place where it collides least, but always placed while its node is in view; then
 * preferred ones, each on the first free place (off discs if it can); then ordinary candidates
 * in the given priority order, each on the first free place, else left out, up to `max`.
 */
export function planLabels(
  candidates: Iterable<LabelCandidate>,
  options: LabelPlanOptions,
): Map<string, PlacedLabel> {
  const margin = options.margin ?? 4;
  const max = options.max ?? 80;
  const maxTried = options.maxTried ?? 1500;
  const { width, height, fontSize, measure } = options;
  const placed: Box[] = [];
  const plan = new Map<string, PlacedLabel>();
  const covers = discGrid(options.obstacles ?? []);
  const under = discGrid(options.above ?? []);
  const lines = options.lines ?? [];
  const crossings = (box: Box) => {
    let hits = 0;
    for (const line of lines) if (segmentHitsBox(line, box)) hits++;
    return hits;
  };
  const inside = (box: Box) =>
    box.left >= margin &&
    box.top >= margin &&
    box.right <= width - margin &&
    box.bottom <= height - margin;
  const onScreen = (c: LabelCandidate) => c.x >= 0 && c.y >= 0 && c.x <= width && c.y <= height;
  const collision = (box: Box) => {
    let area = 0;
    for (const other of placed) area += overlapArea(box, other);
    return area;
  };
  const place = (candidate: LabelCandidate, side: LabelSide, box: Box) => {
    placed.push(box);
    plan.set(candidate.node, { side, box, strong: candidate.strong === true });
  };

  const preferred: LabelCandidate[] = [];
  const ordinary: LabelCandidate[] = [];
  for (const candidate of candidates) {
    if (candidate.label === '' || plan.has(candidate.node) || !onScreen(candidate)) continue;
    if (candidate.forced !== true) {
      // Only nodes in view count towards the cap (off-screen ones were skipped above).
      if (candidate.preferred === true) preferred.push(candidate);
      else if (ordinary.length < maxTried) ordinary.push(candidate);
      else break;
      continue;
    }
    // A forced label's cost per place: off-screen and hidden parts are worst, then overlap with
    // labels already placed, then other nodes' discs covered (it would read as their name), then
    // emphasised lines crossed.
    let best: { side: LabelSide; box: Box; cost: number } | null = null;
    for (const side of LABEL_SIDES) {
      const box = labelBox(candidate, fontSize, measure, side);
      const cost =
        (inside(box) ? 0 : 1e9) +
        under.count(candidate.node, box) * 1e7 +
        collision(box) * 100 +
        crossings(box) * 50 +
        covers.count(candidate.node, box) * 1000;
      if (best === null || cost < best.cost) best = { side, box, cost };
      if (cost === 0) break;
    }
    if (best) place(candidate, best.side, best.box);
  }

  /**
   * The first free place for a label: in view, under no disc drawn above, over no label and no
   * other node's disc (and, if asked, across no emphasised line).
   */
  const free = (candidate: LabelCandidate, avoidLines: boolean) => {
    for (const side of LABEL_SIDES) {
      const box = labelBox(candidate, fontSize, measure, side);
      if (!inside(box) || under.any(candidate.node, box)) continue;
      if (options.overlap !== true) {
        if (collision(box) > 0 || covers.any(candidate.node, box)) continue;
        if (avoidLines && crossings(box) > 0) continue;
      }
      return { side, box };
    }
    return null;
  };
  // A name over another node's disc reads as that node's name: no label but a forced one may
  // lie over a disc, and a forced one only where every place does. A focus's neighbours keep off
  // its lines where they can (a hub's fan of edges leaves little room, so not at any price).
  for (const avoidLines of [true, false])
    for (const candidate of preferred) {
      if (plan.has(candidate.node)) continue;
      const spot = free(candidate, avoidLines);
      if (spot) place(candidate, spot.side, spot.box);
    }
  let count = 0;
  for (const candidate of ordinary) {
    if (count >= max) break;
    if (plan.has(candidate.node)) continue;
    const spot = free(candidate, false);
    if (spot) {
      place(candidate, spot.side, spot.box);
      count++;
    }
  }
  return plan;
}

/**
 * Which nodes must be labelled: the path, the focused entity (hovered or selected); which come
 * next, before any other: the focus's most central neighbours (at most `neighbourLimit`); and
 * whether other nodes may claim a label after them (by PageRank), which they may only without a
 * focus or path: other labels would sit on faded nodes.
 * @param rank - each node's index among all nodes, most central first (computed once per graph)
 */
export function labelPriority(
  rank: ReadonlyMap<string, number>,
  visible: (node: string) => boolean,
  center: string | null,
  neighbours: readonly string[],
  path: ReadonlySet<string> | null,
  neighbourLimit: number = DENSITY_LIMITS.many.neighbours,
): { forced: string[]; preferred: string[]; others: boolean } {
  const forced: string[] = [];
  const seen = new Set<string>();
  const take = (node: string) => {
    if (!seen.has(node) && visible(node)) {
      seen.add(node);
      forced.push(node);
    }
  };
  path?.forEach(take);
  if (center !== null) take(center);
  const preferred =
    center === null
      ? []
      : neighbours
          .filter((node) => visible(node) && !seen.has(node))
          .sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity))
          .slice(0, neighbourLimit);
  return { forced, preferred, others: center === null && path === null };
}
