/**
 * The path finder's results for a query, computed by the core (`findPaths`, `explainPath`). Pure:
 * no DOM. The page loads this module on the first query (`path-cache.ts`).
 */
import type { KnowledgeGraph } from '../graph/types';
import { NotFoundError, UsageError } from '../model/errors';
import { explainPath, rankReasons, type PathExplanation } from '../query/explain';
import { sameEntityMessage } from '../query/options';
import { findPaths, provenanceWouldConnect, type GraphPath } from '../query/paths';
import { pathRanking, type PathRanking } from '../query/search';
import type { PathQuery } from './view-state';

export interface PathResults {
  readonly query: PathQuery;
  readonly paths: readonly GraphPath[];
  readonly explanations: readonly PathExplanation[];
  /** Per path, one line on why it ranks where it does. */
  readonly reasons: readonly string[];
  /** The perspective the paths were searched under (asserter ids; empty for everyone's). */
  readonly by: readonly string[];
  /** What ranks the paths after their hops: evidence (certainty), weight (ties), or nothing more. */
  readonly ranking: PathRanking;
  /** Why the query could not run (bad options, or both ends one entity), or null. */
  readonly error: string | null;
  /**
   * No path was found, and one would be with provenance included: only then is "Include
   * provenance" worth suggesting.
   */
  readonly provenanceWouldHelp: boolean;
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
  const failed = (error: string): PathResults => ({
    query,
    paths: [],
    explanations: [],
    reasons: [],
    by,
    ranking: pathRanking(graph),
    error,
    provenanceWouldHelp: false,
  });
  // A link may name one entity at both ends (?from=huawei&to=huawei): say so, list no path.
  if (query.from === query.to && graph.hasNode(query.from))
    return failed(sameEntityMessage(graph.getNodeAttribute(query.from, 'label')));
  try {
    const options = {
      k: query.k,
      maxHops: query.maxHops,
      directed: query.directed,
      relations: query.relations.length > 0 ? query.relations : null,
      avoid: query.avoid,
      asOf: query.asOf,
      withProvenance: query.withProvenance,
      by: by.length > 0 ? by : null,
    };
    const paths = findPaths(graph, query.from, query.to, options);
    return {
      query,
      paths,
      explanations: paths.map((path) => explainPath(graph, path)),
      reasons: rankReasons(graph, paths),
      by,
      ranking: pathRanking(graph),
      error: null,
      // A second search, run only when the first found nothing.
      provenanceWouldHelp:
        paths.length === 0 && provenanceWouldConnect(graph, query.from, query.to, options),
    };
  } catch (error) {
    if (error instanceof UsageError || error instanceof NotFoundError) return failed(error.message);
    throw error;
  }
}
