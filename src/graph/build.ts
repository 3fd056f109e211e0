/**
 * `buildGraph`: validated data → typed graphology graph, with centrality metrics and styles.
 * Coordinates are left at 0 here; `applyLayout` places the nodes.
 */
import { MultiDirectedGraph } from 'graphology';
import { RELATION_KINDS, STATEMENT_KIND } from '../model/vocabulary';
import type { KnowledgeGraphData, Relation } from '../model/schema';
import { DataError } from '../model/errors';
import { supportOf } from './describe';
import { computeMetrics } from './metrics';
import { CERTAINTY_COLORS, KIND_COLORS, STATEMENT_COLOR } from './style';
import type { KnowledgeGraph } from './types';

/** Name and description given to the built graph (GEXF `<meta>`, page title). */
export const DEFAULT_GRAPH_META = {
  name: 'chipgraph',
  description: 'U.S.–China chip geopolitics as a typed, cited knowledge graph',
} as const;

/**
 * Builds the knowledge graph. Node keys are entity ids; edge keys are relation ids.
 * @param data - validated data (from `parseGraphData`)
 */
export function buildGraph(data: KnowledgeGraphData): KnowledgeGraph {
  // Data that skipped parseGraphData can still name missing entities: say which, not graphology.
  const known = new Set(data.entities.map((e) => e.id));
  const dangling = data.relations.flatMap((r) =>
    [r.source, r.target]
      .filter((end) => !known.has(end))
      .map((end) => ({
        file: '(data given to buildGraph)',
        id: r.id,
        message: `relation "${r.id}" points at "${end}", which is no entity`,
        hint: 'build from data that passed parseGraphData',
      })),
  );
  if (dangling.length > 0) throw new DataError(dangling, 'buildGraph needs validated data');
  const graph: KnowledgeGraph = new MultiDirectedGraph();
  graph.replaceAttributes({ ...DEFAULT_GRAPH_META, sources: [...data.sources] });
  for (const entity of data.entities) {
    graph.addNode(entity.id, {
      label: entity.label,
      kind: entity.kind,
      aliases: [...entity.aliases],
      description: entity.description,
      ...(entity.date !== undefined && { date: entity.date }),
      citations: [...entity.citations],
      x: 0,
      y: 0,
      size: 1,
      color: KIND_COLORS[entity.kind],
      degree: 0,
      pagerank: 0,
      betweenness: 0,
    });
  }
  for (const relation of data.relations) {
    graph.addDirectedEdgeWithKey(relation.id, relation.source, relation.target, {
      kind: relation.kind,
      label: RELATION_KINDS[relation.kind].forward,
      claim: relation.claim,
      citations: [...relation.citations],
      certainty: relation.certainty,
      assertedBy: [...relation.assertedBy],
      ...(relation.attribution !== undefined && { attribution: relation.attribution }),
      ...(relation.date !== undefined && { date: relation.date }),
      ...(relation.until !== undefined && { until: relation.until }),
      ...(relation.qualifiers !== undefined && { qualifiers: { ...relation.qualifiers } }),
      ...(relation.corroboration !== undefined && {
        corroboration: relation.corroboration.map((c) => ({ ...c })),
      }),
      ...backing(relation),
      size: 1.5,
      color: CERTAINTY_COLORS[relation.certainty],
    });
  }
  addStatementLinks(graph, data);
  computeMetrics(graph);
  return graph;
}

/**
 * How many sources back a relation (cited, or supporting it) and how many contest it: stored on
 * the edge so that every export (GEXF, GraphML, JSON) carries them.
 */
function backing(relation: Relation): { sourceCount: number; contestedBy?: number } {
  const { backing: sourceCount, contesting } = supportOf(
    relation.citations,
    relation.corroboration,
  );
  return { sourceCount, ...(contesting > 0 && { contestedBy: contesting }) };
}

/** The key of the statement link from `speaker` to one end of `relation`. */
export function statementKey(speaker: string, relation: string, end: 'source' | 'target'): string {
  return `${speaker}--${STATEMENT_KIND}--${relation}--${end === 'source' ? 'subject' : 'object'}`;
}

/**
 * The speakers of a relation: its asserters other than the outlets that published the sources it
 * cites (an outlet's own reporting is the narrative, not a quoted statement).
 */
export function speakersOf(data: KnowledgeGraphData, relation: Relation): string[] {
  const outlets = new Set(
    relation.citations.map((c) => data.sources.find((s) => s.id === c.source)?.outlet),
  );
  return relation.assertedBy.filter((who) => !outlets.has(who));
}

/**
 * Adds a `states` edge from each speaker to each end of what they state, so that "Dylan Patel →
 * Nvidia" is answered by his statement. Derived from `assertedBy` (the single truth of who said
 * what) rather than curated, so the two can never disagree. A speaker who is an end of the
 * relation is already tied to the other end by the relation itself and gets no link.
 */
function addStatementLinks(graph: KnowledgeGraph, data: KnowledgeGraphData): void {
  for (const relation of data.relations) {
    for (const speaker of speakersOf(data, relation)) {
      if (speaker === relation.source || speaker === relation.target) continue;
      for (const end of ['source', 'target'] as const) {
        graph.addDirectedEdgeWithKey(
          statementKey(speaker, relation.id, end),
          speaker,
          relation[end],
          {
            kind: STATEMENT_KIND,
            label: RELATION_KINDS[STATEMENT_KIND].forward,
            claim: relation.claim,
            citations: [...relation.citations],
            certainty: relation.certainty,
            assertedBy: [speaker],
            ...(relation.attribution !== undefined && { attribution: relation.attribution }),
            ...(relation.date !== undefined && { date: relation.date }),
            // What backs a statement is where the speaker is cited saying it: another source
            // confirming the claim itself does not confirm that this speaker made it.
            sourceCount: supportOf(relation.citations).backing,
            statementOf: relation.id,
            size: 1,
            color: STATEMENT_COLOR,
          },
        );
      }
    }
  }
}
