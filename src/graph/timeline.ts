/** The span of years a graph's dated entities and relations cover, for the timeline. */
import type { KnowledgeGraph } from './types';

/**
 * The first and last year of any dated node or edge, or null when nothing is dated. Loops, not
 * `Math.min(...years)`: spreading a few hundred thousand arguments overflows the stack.
 */
export function datedYearRange(graph: KnowledgeGraph): { min: number; max: number } | null {
  let min = Infinity;
  let max = -Infinity;
  const see = (date: string | undefined) => {
    if (date === undefined) return;
    const year = Number(date.slice(0, 4));
    if (!Number.isFinite(year)) return;
    if (year < min) min = year;
    if (year > max) max = year;
  };
  graph.forEachNode((_n, a) => see(a.date));
  graph.forEachEdge((_e, a) => see(a.date));
  return min === Infinity ? null : { min, max };
}
