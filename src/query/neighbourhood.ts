/**
 * Neighbourhoods and chokepoints.
 */
import { bfsFromNode } from 'graphology-traversal';
import type { KnowledgeGraph } from '../graph/types';
import { NotFoundError, UsageError } from '../model/errors';

/** One entity of an ego network with its hop distance from the centre. */
export interface Neighbour {
  readonly id: string;
  readonly depth: number;
}

/**
 * The entities within `depth` hops of `entity` (relations followed either way), nearest first,
 * the centre excluded.
 * @throws NotFoundError, UsageError
 */
export function egoNetwork(graph: KnowledgeGraph, entity: string, depth = 1): Neighbour[] {
  if (!graph.hasNode(entity)) throw new NotFoundError('entity', entity);
  if (!Number.isInteger(depth) || depth < 1 || depth > 10)
    throw new UsageError(`depth must be a whole number from 1 to 10, got ${String(depth)}`);
  const found: Neighbour[] = [];
  bfsFromNode(
    graph,
    entity,
    (node, _a, d) => {
      if (d > depth) return true;
      if (node !== entity) found.push({ id: node, depth: d });
      return d === depth;
    },
    { mode: 'directed' },
  );
  return found;
}

function reachable(graph: KnowledgeGraph, from: string, to: string, removed: string): boolean {
  const seen = new Set<string>([from]);
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    for (const next of graph.neighbors(queue[head] ?? from)) {
      if (next === removed || seen.has(next)) continue;
      if (next === to) return true;
      seen.add(next);
      queue.push(next);
    }
  }
  return false;
}

/**
 * The chokepoints between two entities: the entities on every path between them, so that removing
 * any one disconnects them (relations followed either way). Empty when they are not connected, or
 * adjacent, or joined by independent routes.
 *
 * Each interior node of one path is tested by a search without it: O(path length × (V + E)).
 * graphology has no articulation-point routine to do better, and at the article's size this is
 * microseconds.
 * @throws NotFoundError
 */
export function chokepoints(graph: KnowledgeGraph, from: string, to: string): string[] {
  for (const end of [from, to]) if (!graph.hasNode(end)) throw new NotFoundError('entity', end);
  if (from === to) return [];
  // One path (any) to draw candidates from: a chokepoint lies on every path, so on this one.
  const parent = new Map<string, string>([[from, from]]);
  const queue = [from];
  for (let head = 0; head < queue.length && !parent.has(to); head++) {
    const node = queue[head] ?? from;
    for (const next of graph.neighbors(node)) {
      if (!parent.has(next)) {
        parent.set(next, node);
        queue.push(next);
      }
    }
  }
  if (!parent.has(to)) return [];
  const interior: string[] = [];
  for (let node = parent.get(to) ?? from; node !== from; node = parent.get(node) ?? from)
    interior.unshift(node);
  return interior.filter((node) => !reachable(graph, from, to, node));
}
