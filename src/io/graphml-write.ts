/**
 * `toGraphml`: the typed graph → GraphML, for networkx (`read_graphml`), yEd and Cytoscape. Every
 * node and edge attribute becomes a typed `<key>` (strings, whole numbers, decimals, booleans;
 * lists and structured values as JSON strings); an imported undirected edge says
 * `directed="false"`. Written by hand: graphology's standard library reads GraphML but writes none.
 */
import { edgeIdsOf } from './edge-ids';
import type { KnowledgeGraph } from '../graph/types';

type GraphmlType = 'string' | 'long' | 'double' | 'boolean';

const escape = (value: string) =>
  value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // XML 1.0 cannot carry control characters other than tab, newline and carriage return.
    // eslint-disable-next-line no-control-regex -- matching them is the point
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

function typeOf(value: unknown): GraphmlType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'long' : 'double';
  return 'string';
}

/** Integer and decimal columns merge to decimal; any other mix is text. */
function unify(a: GraphmlType | undefined, b: GraphmlType): GraphmlType {
  if (a === undefined || a === b) return b;
  if ((a === 'long' && b === 'double') || (a === 'double' && b === 'long')) return 'double';
  return 'string';
}

function keys(items: Iterable<Record<string, unknown>>, skip: ReadonlySet<string>) {
  const found = new Map<string, GraphmlType>();
  for (const attributes of items)
    for (const [key, value] of Object.entries(attributes))
      if (!skip.has(key) && value !== undefined && value !== null)
        found.set(key, unify(found.get(key), typeOf(value)));
  return found;
}

function format(type: GraphmlType, value: unknown): string {
  if (type === 'string') return typeof value === 'string' ? value : JSON.stringify(value);
  return String(value);
}

/** The graph as a GraphML document (a directed multigraph; undirected edges marked). */
export function toGraphml(graph: KnowledgeGraph): string {
  const nodeKeys = keys(
    graph.mapNodes((_n, a) => a as unknown as Record<string, unknown>),
    new Set(),
  );
  const edgeKeys = keys(
    graph.mapEdges((_e, a) => a as unknown as Record<string, unknown>),
    new Set(['undirected']),
  );
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  // Key ids are prefixed by class: a node and an edge attribute may share a name.
  for (const [name, type] of nodeKeys)
    out.push(
      `  <key id="n_${escape(name)}" for="node" attr.name="${escape(name)}" attr.type="${type}"/>`,
    );
  for (const [name, type] of edgeKeys)
    out.push(
      `  <key id="e_${escape(name)}" for="edge" attr.name="${escape(name)}" attr.type="${type}"/>`,
    );
  out.push(
    `  <graph id="${escape(graph.getAttribute('name'))}" edgedefault="directed" parse.nodes="${graph.order}" parse.edges="${graph.size}">`,
  );
  const data = (prefix: string, schema: Map<string, GraphmlType>, attributes: object) =>
    Object.entries(attributes)
      .filter(([key, value]) => schema.has(key) && value !== undefined && value !== null)
      .map(
        ([key, value]) =>
          `      <data key="${prefix}_${escape(key)}">${escape(format(schema.get(key) ?? 'string', value))}</data>`,
      );
  graph.forEachNode((node, attributes) => {
    out.push(`    <node id="${escape(node)}">`, ...data('n', nodeKeys, attributes), '    </node>');
  });
  const edgeId = edgeIdsOf(graph);
  graph.forEachEdge((edge, attributes, source, target) => {
    const undirected = attributes.undirected === true ? ' directed="false"' : '';
    out.push(
      `    <edge id="${escape(edgeId(edge))}" source="${escape(source)}" target="${escape(target)}"${undirected}>`,
      ...data('e', edgeKeys, attributes),
      '    </edge>',
    );
  });
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
