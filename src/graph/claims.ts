/**
 * Who says what: the claims an entity makes, the claims an outlet quotes, and an entity's
 * relations grouped by who asserts them (perspectives). Pure reads of the typed graph, shared by
 * `kg show`, `kg perspectives` and the page.
 */
import { STATEMENT_KIND } from '../model/vocabulary';
import type { KnowledgeGraph } from './types';

/** Asserter → the relations they assert, per graph, rebuilt when the graph's size changes. */
const claimIndexes = new WeakMap<
  KnowledgeGraph,
  { readonly size: number; readonly byAsserter: ReadonlyMap<string, readonly string[]> }
>();

/**
 * The relations `entity` asserts (statement links left out: they repeat these), in graph order.
 * Indexed once per graph: the details panel asks on every selection, and walking every relation
 * each time cost tens of milliseconds at 400k relations.
 */
export function claimsMadeBy(graph: KnowledgeGraph, entity: string): string[] {
  let index = claimIndexes.get(graph);
  if (index === undefined || index.size !== graph.size) {
    const byAsserter = new Map<string, string[]>();
    graph.forEachEdge((edge, a) => {
      if (a.kind === STATEMENT_KIND) return;
      for (const who of new Set(a.assertedBy)) {
        const list = byAsserter.get(who);
        if (list) list.push(edge);
        else byAsserter.set(who, [edge]);
      }
    });
    index = { size: graph.size, byAsserter };
    claimIndexes.set(graph, index);
  }
  return [...(index.byAsserter.get(entity) ?? [])];
}

/** A speaker and the claims they make. */
export interface SpeakerClaims {
  readonly speaker: string;
  readonly claims: readonly string[];
}

/**
 * The claims an outlet quotes: for each entity with a "quoted in" relation to it, the claims that
 * entity makes. Empty for an entity nobody is quoted in.
 */
export function quotedClaims(graph: KnowledgeGraph, outlet: string): SpeakerClaims[] {
  if (!graph.hasNode(outlet)) return [];
  const speakers = new Set<string>();
  graph.forEachInEdge(outlet, (_edge, a, source) => {
    if (a.kind === 'quoted-in') speakers.add(source);
  });
  return [...speakers]
    .map((speaker) => ({ speaker, claims: claimsMadeBy(graph, speaker) }))
    .filter((s) => s.claims.length > 0);
}

/**
 * An entity's relations grouped by who asserts them: one group per asserter (a relation asserted
 * by two appears in both), the largest group first, then by asserter label. Relations that name no
 * asserter (imported graphs) are grouped under the empty id.
 */
export function perspectivesOn(graph: KnowledgeGraph, entity: string): SpeakerClaims[] {
  const groups = new Map<string, string[]>();
  graph.forEachEdge(entity, (edge, a) => {
    if (a.kind === STATEMENT_KIND) return;
    // '' gathers what no one asserts (general knowledge). Pushed, not copied: a hub with
    // thousands of relations would copy its group once per relation.
    for (const who of a.assertedBy.length > 0 ? a.assertedBy : ['']) {
      const group = groups.get(who);
      if (group) group.push(edge);
      else groups.set(who, [edge]);
    }
  });
  const label = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id);
  return [...groups.entries()]
    .map(([speaker, claims]) => ({ speaker, claims }))
    .sort(
      (x, y) =>
        y.claims.length - x.claims.length || label(x.speaker).localeCompare(label(y.speaker)),
    );
}

/**
 * A perspective group's title: "According to Dylan Patel", or, for relations no one asserts,
 * their stated basis ("General knowledge, not stated in the article"): never the outlet's voice.
 */
export function perspectiveTitle(graph: KnowledgeGraph, group: SpeakerClaims): string {
  if (group.speaker !== '')
    return `According to ${graph.hasNode(group.speaker) ? graph.getNodeAttribute(group.speaker, 'label') : group.speaker}`;
  const basis = group.claims
    .map((edge) => graph.getEdgeAttribute(edge, 'attribution'))
    .find((text) => text !== undefined);
  const text = basis ?? 'asserted by no one named';
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Every asserter in the graph with how many relations they assert, most first. */
export function asserterCounts(graph: KnowledgeGraph): { id: string; count: number }[] {
  const counts = new Map<string, number>();
  graph.forEachEdge((_edge, a) => {
    if (a.kind === STATEMENT_KIND) return;
    for (const who of a.assertedBy) counts.set(who, (counts.get(who) ?? 0) + 1);
  });
  return [...counts.entries()]
    .map(([id, count]) => ({ id, count }))
    .sort((x, y) => y.count - x.count || x.id.localeCompare(y.id));
}
