/**
 * `toCypher`: the typed graph → a Cypher script that loads it into Neo4j (`cypher-shell -f`):
 * entities as nodes labelled `Entity` and their kind, relations as relationships typed by their
 * kind, with their provenance (claim, certainty, who asserts it, citations, dates) as properties.
 * For graphs that outgrow the browser.
 */
import { edgeIdsOf } from './edge-ids';
import { citationsText, sourceSupport } from '../graph/describe';
import type { KnowledgeGraph } from '../graph/types';

/** A Cypher string literal: single-quoted, backslash escapes. */
export function cypherString(value: string): string {
  return `'${value
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')}'`;
}

/** A label or relationship type, backtick-quoted (backticks inside doubled). */
const name = (value: string) => `\`${value.replace(/`/g, '``')}\``;

/** `company` → `Company`, `government-agency` → `GovernmentAgency`. */
const labelOf = (kind: string) =>
  kind
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('') || 'Unknown';

/** `subsidiary-of` → `SUBSIDIARY_OF`. */
const typeOf = (kind: string) =>
  kind
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join('_')
    .toUpperCase() || 'RELATED_TO';

function literal(value: unknown): string | null {
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
    return `[${value.map((v) => cypherString(v)).join(', ')}]`;
  return null;
}

/** A property map of the defined scalar and string-list values (others as JSON text). */
function properties(record: Record<string, unknown>): string {
  const entries = Object.entries(record).flatMap(([key, value]) => {
    if (value === undefined || value === null) return [];
    const text = literal(value) ?? cypherString(JSON.stringify(value));
    return [`${name(key)}: ${text}`];
  });
  return `{${entries.join(', ')}}`;
}

/** The graph as a Cypher script: one statement per line, each ending in a semicolon. */
export function toCypher(graph: KnowledgeGraph): string {
  const lines = [
    `// ${graph.getAttribute('name')}: ${graph.order} entities, ${graph.size} relations. Load with: cypher-shell -f <this file>`,
    'CREATE CONSTRAINT chipgraph_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;',
  ];
  graph.forEachNode((node, a) => {
    lines.push(
      `CREATE (:Entity:${name(labelOf(a.kind))} ${properties({
        id: node,
        label: a.label,
        kind: a.kind,
        aliases: a.aliases,
        description: a.description,
        date: a.date,
        pagerank: a.pagerank,
      })});`,
    );
  });
  const edgeId = edgeIdsOf(graph);
  graph.forEachEdge((edge, a, source, target) => {
    const support = sourceSupport(graph, edge);
    lines.push(
      `MATCH (a:Entity {id: ${cypherString(source)}}), (b:Entity {id: ${cypherString(target)}}) CREATE (a)-[:${name(typeOf(a.kind))} ${properties(
        {
          id: edgeId(edge),
          kind: a.kind,
          phrase: a.label,
          claim: a.claim,
          certainty: a.certainty,
          assertedBy: a.assertedBy,
          citations:
            a.citations.length > 0 ? citationsText(graph, a.citations, 'brief') : undefined,
          sources: support.backing,
          contestedBy: support.contesting || undefined,
          attribution: a.attribution,
          date: a.date,
          until: a.until,
          statementOf: a.statementOf,
          undirected: a.undirected,
        },
      )}]->(b);`,
    );
  });
  return lines.join('\n') + '\n';
}
