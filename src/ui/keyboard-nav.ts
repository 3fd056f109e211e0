/**
 * Moving through the drawing with the arrow keys: from an entity to the connected one lying most
 * nearly in the arrow's direction on screen (nearer ones first among those equally aligned).
 */

/** A point on screen (viewport pixels, y downwards). */
export interface ScreenPoint {
  readonly x: number;
  readonly y: number;
}

/** Screen directions of the arrow keys (y grows downwards). */
export const ARROW_DIRECTIONS: Readonly<Record<string, readonly [number, number]>> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/** How far off the arrow's direction a neighbour may lie: cosine of about 72°. */
const MIN_COSINE = 0.3;

/**
 * The candidate lying most nearly in `direction` from `origin`, or null when none lies within
 * about 72° of it.
 */
export function inDirection<T extends ScreenPoint>(
  origin: ScreenPoint,
  candidates: Iterable<T>,
  direction: readonly [number, number],
): T | null {
  let best: T | null = null;
  let bestScore = -Infinity;
  for (const candidate of candidates) {
    const dx = candidate.x - origin.x;
    const dy = candidate.y - origin.y;
    const distance = Math.hypot(dx, dy) || 1;
    const cosine = (dx * direction[0] + dy * direction[1]) / distance;
    // Mostly in the arrow's direction, nearer ones first among those.
    const score = cosine - distance / 10_000;
    if (cosine > MIN_COSINE && score > bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return best;
}
