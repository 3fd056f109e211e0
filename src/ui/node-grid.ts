/**
 * Nodes bucketed by position, so that the label planner asks for the nodes in view instead of
 * walking every node on each camera frame (about 90 ms per panning frame at 100k nodes). Pure: the
 * renderer builds it from sigma's node positions once per layout and queries it per frame.
 *
 * Written here because sigma keeps no spatial index it exposes: v3 picks nodes on the GPU, and its
 * label grid (private) holds one candidate per cell for sigma's own label selection, in viewport
 * pixels of the camera at indexing time, not the nodes in an arbitrary rectangle.
 */

/** A rectangle in the positions' coordinates. */
export interface Rect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** The answer to a query: the nodes inside, as indices, ascending; and how many were examined. */
export interface GridQuery {
  readonly indices: Int32Array;
  /** Points looked at to answer (the tests check it stays near the number inside). */
  readonly examined: number;
}

export interface NodeGrid {
  /**
   * The indices of the points inside `rect`, ascending (callers index their nodes most central
   * first, so this is priority order), or null when more than `limit` points lie in the cells the
   * rectangle touches: the caller then walks its nodes in order, which stops early when most of
   * them are in view anyway.
   */
  within(rect: Rect, limit: number): GridQuery | null;
}

/** Aim for about this many points per cell: few to test per query, few cells to visit. */
const PER_CELL = 8;

/**
 * Builds a grid over `count` points. `position(i)` is read once per point, at build time; points
 * it gives no position are never returned.
 */
export function createNodeGrid(
  count: number,
  position: (index: number) => { readonly x: number; readonly y: number } | undefined,
): NodeGrid {
  const xs = new Float64Array(count);
  const ys = new Float64Array(count);
  const placed = new Uint8Array(count);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < count; i++) {
    const p = position(i);
    if (p === undefined || !Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
    xs[i] = p.x;
    ys[i] = p.y;
    placed[i] = 1;
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x);
    maxY = Math.max(maxY, p.y);
  }
  if (!Number.isFinite(minX))
    return { within: () => ({ indices: new Int32Array(0), examined: 0 }) };
  const side = Math.max(1, Math.ceil(Math.sqrt(count / PER_CELL)));
  const cellW = (maxX - minX) / side || 1;
  const cellH = (maxY - minY) / side || 1;
  const column = (x: number) => Math.min(side - 1, Math.max(0, Math.floor((x - minX) / cellW)));
  const row = (y: number) => Math.min(side - 1, Math.max(0, Math.floor((y - minY) / cellH)));
  // Compressed rows: each cell's points, ascending, in one array (no array per cell).
  const starts = new Int32Array(side * side + 1);
  for (let i = 0; i < count; i++) {
    if (placed[i] === 1) {
      const cell = row(ys[i] ?? 0) * side + column(xs[i] ?? 0);
      starts[cell + 1] = (starts[cell + 1] ?? 0) + 1;
    }
  }
  for (let c = 0; c < side * side; c++) starts[c + 1] = (starts[c + 1] ?? 0) + (starts[c] ?? 0);
  const fill = starts.slice(0, side * side);
  const items = new Int32Array(starts[side * side] ?? 0);
  for (let i = 0; i < count; i++) {
    if (placed[i] === 1) {
      const cell = row(ys[i] ?? 0) * side + column(xs[i] ?? 0);
      const at = fill[cell] ?? 0;
      items[at] = i;
      fill[cell] = at + 1;
    }
  }
  return {
    within(rect, limit) {
      if (rect.right < minX || rect.left > maxX || rect.bottom < minY || rect.top > maxY)
        return { indices: new Int32Array(0), examined: 0 };
      const c0 = column(rect.left);
      const c1 = column(rect.right);
      const r0 = row(rect.top);
      const r1 = row(rect.bottom);
      let total = 0;
      for (let r = r0; r <= r1; r++)
        total += (starts[r * side + c1 + 1] ?? 0) - (starts[r * side + c0] ?? 0);
      if (total > limit) return null;
      const found = new Int32Array(total);
      let n = 0;
      for (let r = r0; r <= r1; r++) {
        // A row's cells c0..c1 are contiguous in `items`.
        const end = starts[r * side + c1 + 1] ?? 0;
        for (let k = starts[r * side + c0] ?? 0; k < end; k++) {
          const i = items[k] ?? 0;
          const x = xs[i] ?? 0;
          const y = ys[i] ?? 0;
          if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom)
            found[n++] = i;
        }
      }
      return { indices: found.subarray(0, n).sort(), examined: total };
    },
  };
}
