/**
 * Neighbourhoods: the entities around one.
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
