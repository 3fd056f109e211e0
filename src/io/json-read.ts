/**
 * `readGraphJson`: a graphology serialization (what `kg export --format json` writes, or any tool
 * using `graph.export()`) → a `KnowledgeGraph`. Syntax errors carry the line; structural ones the
 * JSON path.
 */
import { MultiDirectedGraph } from 'graphology';
import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { z } from 'zod';
import { DataError, type DataIssue } from '../model/errors';
import { lineColumn } from '../model/text';
import type { KnowledgeGraph } from '../graph/types';
import { createAttributeMapper, graphAttributesFrom, num, type ParsedGraph } from './normalize';

// The top level with zod; the nodes and edges (hundreds of thousands in a large file) with the
// loop below, which checks the same shape about ten times faster than a zod schema per element.
const serializedGraph = z.object({
  attributes: z.record(z.string(), z.unknown()).optional(),
  options: z
    .object({ type: z.enum(['directed', 'undirected', 'mixed']).optional() })
    .loose()
    .optional(),
  nodes: z.array(z.unknown()),
  edges: z.array(z.unknown()).default([]),
});

type Json = Readonly<Record<string, unknown>>;
const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
/** A node or edge key: graphology accepts strings and numbers, and keys them as strings. */
const keyOf = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;

const SHAPE_HINT =
  'expected graphology\'s serialization: {"nodes": [{"key"}], "edges": [{"source", "target"}]}';

/**
 * Parses a graphology JSON serialization (no metrics, no layout: see `importGraphFileWithReport`).
 * @throws DataError naming the problem with its line or JSON path
 */
export function readGraphJson(text: string, fileName: string): ParsedGraph {
  const fail = (issues: DataIssue[]): never => {
    throw new DataError(issues.slice(0, 20), `${fileName} is not a graph chipgraph can open`);
  };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // JSON.parse is fast but names no line: build jsonc-parser's tree only to locate the error.
    const errors: ParseError[] = [];
    const tree = parseTree(text, errors, { disallowComments: true });
    const first = errors[0];
    return fail([
      {
        file: fileName,
        ...lineColumn(text, first?.offset ?? text.length),
        message: first
          ? `invalid JSON (${printParseErrorCode(first.error)})`
          : tree === undefined
            ? 'the file is empty'
            : 'invalid JSON',
      },
    ]);
  }
  const result = serializedGraph.safeParse(value);
  if (!result.success) {
    return fail(
      result.error.issues.map((issue) => ({
        file: fileName,
        path: `$${issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}`,
        message: issue.message,
        hint: SHAPE_HINT,
      })),
    );
  }
  const data = result.data;
  const issues: DataIssue[] = [];
  /** A shape problem (with the shape hint) or, given an id, a problem with that node or edge. */
  const issue = (path: string, message: string, id?: string) => {
    if (issues.length < 20)
      issues.push({
        file: fileName,
        path,
        message,
        ...(id === undefined ? { hint: SHAPE_HINT } : { id }),
      });
  };
  const nodes: { key: string; attributes: Json }[] = [];
  data.nodes.forEach((node, i) => {
    if (!isRecord(node)) return issue(`$.nodes[${i}]`, 'expected an object');
    const key = keyOf(node['key']);
    const attributes = node['attributes'] ?? {};
    if (key === undefined) return issue(`$.nodes[${i}].key`, 'expected a string or a number');
    if (!isRecord(attributes)) return issue(`$.nodes[${i}].attributes`, 'expected an object');
    nodes.push({ key, attributes });
  });
  const ids = new Set<string>();
  nodes.forEach((node, i) => {
    if (ids.has(node.key)) issue(`$.nodes[${i}].key`, `duplicate node key "${node.key}"`, node.key);
    ids.add(node.key);
  });
  const edges: {
    key: string | undefined;
    source: string;
    target: string;
    attributes: Json;
    undirected: boolean | undefined;
  }[] = [];
  const edgeKeys = new Set<string>();
  data.edges.forEach((edge, i) => {
    if (!isRecord(edge)) return issue(`$.edges[${i}]`, 'expected an object');
    const key = edge['key'] === undefined ? undefined : keyOf(edge['key']);
    const source = keyOf(edge['source']);
    const target = keyOf(edge['target']);
    const attributes = edge['attributes'] ?? {};
    const undirected = edge['undirected'];
    if (key === undefined && edge['key'] !== undefined)
      return issue(`$.edges[${i}].key`, 'expected a string or a number');
    if (source === undefined) return issue(`$.edges[${i}].source`, 'expected a string or a number');
    if (target === undefined) return issue(`$.edges[${i}].target`, 'expected a string or a number');
    if (!isRecord(attributes)) return issue(`$.edges[${i}].attributes`, 'expected an object');
    if (undirected !== undefined && typeof undirected !== 'boolean')
      return issue(`$.edges[${i}].undirected`, 'expected true or false');
    for (const [end, id] of [
      ['source', source],
      ['target', target],
    ] as const)
      if (!ids.has(id))
        issue(`$.edges[${i}].${end}`, `edge ${end} "${id}" is not a node of the file`, key);
    if (key !== undefined) {
      if (edgeKeys.has(key)) issue(`$.edges[${i}].key`, `duplicate edge key "${key}"`, key);
      edgeKeys.add(key);
    }
    edges.push({ key, source, target, attributes, undirected });
  });
  if (issues.length > 0) return fail(issues);
  const graph: KnowledgeGraph = new MultiDirectedGraph();
  graph.replaceAttributes(graphAttributesFrom(data.attributes ?? {}, fileName));
  const map = createAttributeMapper();
  let positioned = true;
  let sized = true;
  for (const node of nodes) {
    const attributes = node.attributes;
    if (num(attributes['x']) === undefined || num(attributes['y']) === undefined)
      positioned = false;
    if (num(attributes['size']) === undefined) sized = false;
    graph.addNode(node.key, map.node(node.key, attributes));
  }
  // An undirected graph's serialization marks each edge `undirected: true` (graphology's export).
  const undirectedGraph = data.options?.type === 'undirected';
  for (const edge of edges) {
    const attributes = map.edge(edge.attributes, edge.undirected ?? undirectedGraph);
    if (edge.key === undefined) graph.addDirectedEdge(edge.source, edge.target, attributes);
    else graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, attributes);
  }
  return { graph, warnings: [], positioned: positioned && graph.order > 0, sized };
}
