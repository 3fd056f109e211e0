/**
 * The path finder's results, memoised so the panel, the canvas highlight and the camera share one
 * answer, with the query engine (`path-results.ts`: `findPaths`, `explainPath`) loaded on the
 * first query: most visits never ask for a path, and the page's first script stays small.
 */
import type { GraphView } from '../graph/subgraph';
import type { KnowledgeGraph } from '../graph/types';
import type { PathResults, runPathQuery } from './path-results';
import type { PathQuery } from './view-state';

type Run = typeof runPathQuery;

/** The chosen path's nodes and edges, for the canvas highlight. */
export function chosenPath(results: PathResults | null): GraphView | null {
  const path = results?.paths[results.query.chosen] ?? results?.paths[0];
  return path ? { nodes: new Set(path.nodes), edges: new Set(path.edges) } : null;
}

/**
 * A memoised path query: recomputes only when the query (ignoring `chosen`) or the perspective
 * changes. Until the engine has loaded it answers null, then calls `onEngine` once.
 * @param engine - the engine, when the caller has it already (tests)
 */
export function createPathResults(
  graph: KnowledgeGraph,
  onEngine: () => void = () => undefined,
  engine: Run | null = null,
): (query: PathQuery | null, by?: ReadonlySet<string>) => PathResults | null {
  let run = engine;
  let loading = false;
  let lastKey = '';
  let last: PathResults | null = null;
  return (query, by = new Set()) => {
    if (query === null) return null;
    if (run === null) {
      if (!loading) {
        loading = true;
        void import('./path-results').then((module) => {
          run = module.runPathQuery;
          onEngine();
        });
      }
      return null;
    }
    const perspective = [...by].sort();
    const key = JSON.stringify({ ...query, chosen: 0, perspective });
    if (key !== lastKey || last === null) {
      last = run(graph, query, perspective);
      lastKey = key;
    }
    return last.query === query ? last : { ...last, query };
  };
}
