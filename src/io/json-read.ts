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

const key = z.union([z.string(), z.number()]).transform(String);
const serializedGraph = z.object({
  attributes: z.record(z.string(), z.unknown()).optional(),
  options: z
    .object({ type: z.enum(['directed', 'undirected', 'mixed']).optional() })
    .loose()
    .optional(),
  nodes: z.array(z.object({ key, attributes: z.record(z.string(), z.unknown()).optional() })),
  edges: z
    .array(
      z.object({
        key: key.optional(),
        source: key,
        target: key,
        attributes: z.record(z.string(), z.unknown()).optional(),
        undirected: z.boolean().optional(),
      }),
    )
    .default([]),
});

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
        hint: 'expected graphology\'s serialization: {"nodes": [{"key"}], "edges": [{"source", "target"}]}',
      })),
    );
  }
  const data = result.data;
  const ids = new Set<string>();
  const issues: DataIssue[] = [];
  data.nodes.forEach((node, i) => {
    if (ids.has(node.key))
      issues.push({
        file: fileName,
        path: `$.nodes[${i}].key`,
        id: node.key,
        message: `duplicate node key "${node.key}"`,
      });
    ids.add(node.key);
  });
  const edgeKeys = new Set<string>();
  data.edges.forEach((edge, i) => {
    for (const end of ['source', 'target'] as const) {
      if (!ids.has(edge[end])) {
        issues.push({
          file: fileName,
          path: `$.edges[${i}].${end}`,
          ...(edge.key !== undefined && { id: edge.key }),
          message: `edge ${end} "${edge[end]}" is not a node of the file`,
        });
      }
    }
    if (edge.key !== undefined) {
      if (edgeKeys.has(edge.key))
        issues.push({
          file: fileName,
          path: `$.edges[${i}].key`,
          id: edge.key,
          message: `duplicate edge key "${edge.key}"`,
        });
      edgeKeys.add(edge.key);
    }
  });
  if (issues.length > 0) return fail(issues);
  const graph: KnowledgeGraph = new MultiDirectedGraph();
  graph.replaceAttributes(
    graphAttributesFrom(data.attributes ?? {}, fileName.replace(/\.[^.]*$/, '')),
  );
  const map = createAttributeMapper();
  let positioned = true;
  let sized = true;
  for (const node of data.nodes) {
    const attributes = node.attributes ?? {};
    if (num(attributes['x']) === undefined || num(attributes['y']) === undefined)
      positioned = false;
    if (num(attributes['size']) === undefined) sized = false;
    graph.addNode(node.key, map.node(node.key, attributes));
  }
  // An undirected graph's serialization marks each edge `undirected: true` (graphology's export).
  const undirectedGraph = data.options?.type === 'undirected';
  for (const edge of data.edges) {
    const attributes = map.edge(edge.attributes ?? {}, edge.undirected ?? undirectedGraph);
    if (edge.key === undefined) graph.addDirectedEdge(edge.source, edge.target, attributes);
    else graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, attributes);
  }
  return { graph, warnings: [], positioned: positioned && graph.order > 0, sized };
}
