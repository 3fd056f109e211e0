/**
 * `fromGraphJson`: a graphology serialization (what `kg export --format json` writes, or any tool
 * using `graph.export()`) → a `KnowledgeGraph`. Syntax errors carry the line; structural ones the
 * JSON path; the conversion is graphology's own `import`.
 */
import { MultiGraph } from 'graphology';
import { parseTree, getNodeValue, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { z } from 'zod';
import type { KnowledgeGraph } from '../graph/types';
import { DataError, type DataIssue } from '../model/errors';
import { lineColumn } from '../model/text';
import { toKnowledgeGraph } from './normalize';

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
 * Parses a graphology JSON serialization.
 * @throws DataError naming the problem with its line or JSON path
 */
export function fromGraphJson(text: string, fileName: string): KnowledgeGraph {
  const fail = (issues: DataIssue[]): never => {
    throw new DataError(issues.slice(0, 20), `${fileName} is not a graph chipgraph can open`);
  };
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true });
  const first = errors[0];
  if (first || tree === undefined) {
    return fail([
      {
        file: fileName,
        ...lineColumn(text, first?.offset ?? text.length),
        message: first ? `invalid JSON (${printParseErrorCode(first.error)})` : 'the file is empty',
      },
    ]);
  }
  const result = serializedGraph.safeParse(getNodeValue(tree));
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
  const raw = new MultiGraph();
  raw.import({ attributes: data.attributes ?? {}, nodes: data.nodes, edges: data.edges });
  return toKnowledgeGraph(raw, fileName.replace(/\.[^.]*$/, ''));
}
