/**
 * The built graph kept between runs of the bin: validating the data files and building the graph
 * from them took a third of `kg path`'s time, reading the graph back a twentieth of that. A kept
 * graph is used only for the same data files (by content) and the same build of kg.
 */
import { createHash } from 'node:crypto';
import { basename, resolve } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { buildGraph } from '../graph/build';
import type {
  EdgeAttributes,
  GraphAttributes,
  KnowledgeGraph,
  NodeAttributes,
} from '../graph/types';
import { parseGraphData, type DataFile } from '../model/validate';
import type { DerivedCache } from './environment';

type Serialized = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * What a kept graph was derived from: the code's version and each data file's name and text
 * (content, not modification time: a file saved unchanged still matches, an edit never does).
 */
export function graphCacheKey(files: readonly DataFile[], version: string): string {
  const hash = createHash('sha256').update(`${version}\0`);
  for (const file of files) hash.update(`${basename(file.path)}\0${file.text}\0`);
  return hash.digest('hex');
}

/**
 * The graph kept in `text` when it was derived from `key`; null for anything else (no text, other
 * data, a truncated or edited file).
 */
export function readCachedGraph(text: string | null, key: string): KnowledgeGraph | null {
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || !('key' in value) || !('graph' in value))
    return null;
  if (value.key !== key || typeof value.graph !== 'object' || value.graph === null) return null;
  const graph: KnowledgeGraph = new MultiDirectedGraph();
  try {
    // The key is a hash of the data and the code that built this graph, so its attributes are
    // what buildGraph made; graphology checks the structure (nodes, edges, their ends).
    graph.import(value.graph as Serialized);
  } catch {
    return null;
  }
  return graph;
}

/** The text that keeps `graph` for `key`. */
export function cachedGraphText(graph: KnowledgeGraph, key: string): string {
  return JSON.stringify({ key, graph: graph.export() });
}

/**
 * Validates and builds the graph of a data folder, or reads it back from the cache when the
 * folder's files and kg's build are those it was kept for. Invalid data is never kept: it throws
 * its DataError on every run.
 * @param dir - the data folder (one kept graph per folder)
 * @throws DataError listing every problem in the files
 */
export function cachedBuild(
  files: readonly DataFile[],
  dir: string,
  cache: DerivedCache | null,
): KnowledgeGraph {
  if (cache === null) return buildGraph(parseGraphData(files));
  const name = `graph-${sha256(resolve(dir)).slice(0, 16)}.json`;
  const key = graphCacheKey(files, cache.version);
  const kept = readCachedGraph(cache.read(name), key);
  if (kept !== null) return kept;
  const graph = buildGraph(parseGraphData(files));
  cache.write(name, cachedGraphText(graph, key));
  return graph;
}
