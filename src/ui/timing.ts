/**
 * User Timing for the bench: `npm run bench` sets `chipgraphTiming` before the page loads, and the
 * page then records its draws, view updates and layout steps as performance entries. Off
 * otherwise: entries accumulate for the life of the page.
 */

/** Whether the bench's switch is on. */
export const TIMING = 'chipgraphTiming' in globalThis;

/** Runs `work`, recorded as a `chipgraph:<name>` measure when timing is on. */
export function timed<T>(name: string, work: () => T): T {
  if (!TIMING) return work();
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(`chipgraph:${name}`, { start, end: performance.now() });
  }
}
