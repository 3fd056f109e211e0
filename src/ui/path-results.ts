/**
 * The path finder's results for a query, computed by the core (`findPaths`, `explainPath`) and
 * memoised, so the panel, the canvas highlight and the camera share one answer. Pure: no DOM.
 */
import type { KnowledgeGraph } from '../graph/types';
import { NotFoundError, UsageError } from '../model/errors';
import { explainPath, type PathExplanation } from '../query/explain';
import { findPaths, type GraphPath } from '../query/paths';
import type { PathQuery } from './view-state';

export interface PathResults {
  readonly query: PathQuery;
  readonly paths: readonly GraphPath[];
  readonly explanations: readonly PathExplanation[];
  /** Why the query could not run (bad options), or null. */
  readonly error: string | null;
}

/** The chosen path's nodes and edges, for the canvas highlight. */
export function chosenPath(
  results: PathResults | null,
): { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null {
  const path = results?.paths[results.query.chosen] ?? results?.paths[0];
  return path ? { nodes: new Set(path.nodes), edges: new Set(path.edges) } : null;
}

/** Runs a path query; never throws (errors become `error`). */
export function runPathQuery(graph: KnowledgeGraph, query: PathQuery): PathResults {
  try {
    const paths = findPaths(graph, query.from, query.to, {
      k: query.k,
      maxHops: query.maxHops,
      directed: query.directed,
      relations: query.relations.length > 0 ? query.relations : null,
      avoid: query.avoid,
      asOf: query.asOf,
    });
    return {
      query,
      paths,
      explanations: paths.map((path) => explainPath(graph, path)),
      error: null,
    };
  } catch (error) {
    if (error instanceof UsageError || error instanceof NotFoundError) {
      return { query, paths: [], explanations: [], error: error.message };
    }
    throw error;
  }
}

/** A memoised `runPathQuery`: recomputes only when the query (ignoring `chosen`) changes. */
export function createPathResults(
  graph: KnowledgeGraph,
): (query: PathQuery | null) => PathResults | null {
  let lastKey = '';
  let last: PathResults | null = null;
  return (query) => {
    if (query === null) return null;
    const key = JSON.stringify({ ...query, chosen: 0 });
    if (key !== lastKey || last === null) {
      last = runPathQuery(graph, query);
      lastKey = key;
    }
    return last.query === query ? last : { ...last, query };
  };
}
