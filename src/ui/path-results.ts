/**
 * The path finder's results for a query, computed by the core (`findPaths`, `explainPath`). Pure:
 * no DOM. The page loads this module on the first query (`path-cache.ts`).
 */
import type { KnowledgeGraph } from '../graph/types';
import { NotFoundError, UsageError } from '../model/errors';
import { explainPath, rankReasons, type PathExplanation } from '../query/explain';
import { findPaths, type GraphPath } from '../query/paths';
import type { PathQuery } from './view-state';

export interface PathResults {
  readonly query: PathQuery;
  readonly paths: readonly GraphPath[];
  readonly explanations: readonly PathExplanation[];
  /** Per path, one line on why it ranks where it does. */
  readonly reasons: readonly string[];
  /** The perspective the paths were searched under (asserter ids; empty for everyone's). */
  readonly by: readonly string[];
  /** Why the query could not run (bad options), or null. */
  readonly error: string | null;
}

/**
 * Runs a path query under a perspective (`by`: asserter ids, empty for everyone's); never throws
 * (errors become `error`).
 */
export function runPathQuery(
  graph: KnowledgeGraph,
  query: PathQuery,
  by: readonly string[] = [],
): PathResults {
  try {
    const paths = findPaths(graph, query.from, query.to, {
      k: query.k,
      maxHops: query.maxHops,
      directed: query.directed,
      relations: query.relations.length > 0 ? query.relations : null,
      avoid: query.avoid,
      asOf: query.asOf,
      withProvenance: query.withProvenance,
      by: by.length > 0 ? by : null,
    });
    return {
      query,
      paths,
      explanations: paths.map((path) => explainPath(graph, path)),
      reasons: rankReasons(graph, paths),
      by,
      error: null,
    };
  } catch (error) {
    if (error instanceof UsageError || error instanceof NotFoundError) {
      return { query, paths: [], explanations: [], reasons: [], by, error: error.message };
    }
    throw error;
  }
}
