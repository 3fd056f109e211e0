/**
 * Chokepoints: the entities every path between two others must pass through, under the same
 * options as the paths (relation kinds, direction, dates, layers, perspective, avoided entities,
 * maximum hops), so that they describe the answer the user is looking at.
 */
import type { KnowledgeGraph } from '../graph/types';
import { checkEnds, resolvePathOptions, rulesOf, search, type PathOptions } from './search';

/**
 * The interior entities on every path from `from` to `to` under the options: removing any one
 * leaves no path within `maxHops`. Empty when there is no path, the two are adjacent, or
 * independent routes join them.
 *
 * Each interior entity of one path is tested by a search without it: O(path length × search).
 * graphology has no articulation-point routine under edge filters to do better.
 * @throws NotFoundError for unknown entities; UsageError for invalid options
 */
export function chokepoints(
  graph: KnowledgeGraph,
  from: string,
  to: string,
  options: Partial<PathOptions> = {},
): string[] {
  const o = resolvePathOptions(graph, options);
  checkEnds(graph, from, to, o);
  if (from === to) return [];
  const rules = rulesOf(graph, from, to, o);
  const path = search(graph, from, rules);
  if (!path) return [];
  // A chokepoint lies on every path, so on this one.
  return path.nodes.slice(1, -1).filter(
    (removed) =>
      search(graph, from, {
        ...rules,
        nodeOk: (node) => node !== removed && (rules.nodeOk === null || rules.nodeOk(node)),
      }) === null,
  );
}
