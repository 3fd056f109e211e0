/**
 * Reading the graph as English: relation sentences in either direction, citations, qualifiers.
 * Shared by the CLI (`show`, `path`) and the page's panels.
 */
import {
  ENTITY_KINDS,
  RELATION_KINDS,
  UNRATED,
  isEntityKind,
  isRelationKind,
} from '../model/vocabulary';
import type { Citation, Corroboration } from '../model/schema';
import { KIND_COLORS } from './style';
import type { KnowledgeGraph } from './types';

/**
 * The kind the importer gives an edge that names none (`DEFAULT_IMPORTED_RELATION` in
 * io/normalize.ts; repeated here because the graph layer may not import io). It says nothing but
 * "linked", so it reads as such.
 */
const UNNAMED_RELATION = 'related to';
/** How an undirected relation with no wording of its own reads, from either end. */
const UNDIRECTED_LINK = 'is linked to';

/**
 * How an edge's relation reads: its kind's phrases, or for an unknown kind its own label. An
 * undirected edge of an unknown kind reads the same from both ends (it has no direction to
 * reverse): "A is linked to B" and "B is linked to A".
 */
export function relationWording(
  graph: KnowledgeGraph,
  edge: string,
): { label: string; forward: string; inverse: string } {
  const a = graph.getEdgeAttributes(edge);
  if (isRelationKind(a.kind)) return RELATION_KINDS[a.kind];
  const phrase = a.label.trim() === '' ? a.kind : a.label;
  if (a.undirected === true) {
    const both = phrase === UNNAMED_RELATION ? UNDIRECTED_LINK : phrase;
    return { label: a.kind, forward: both, inverse: both };
  }
  return { label: a.kind, forward: phrase, inverse: `is linked (“${phrase}”) from` };
}

/** A certainty for display: the recorded one, or "unrated". */
export function certaintyOf(graph: KnowledgeGraph, edge: string): string {
  return graph.getEdgeAttribute(edge, 'certainty') ?? UNRATED;
}

/** Per graph, whether any relation records a certainty, rechecked when the graph's size changes. */
const certaintyKnown = new WeakMap<
  KnowledgeGraph,
  { readonly size: number; readonly any: boolean }
>();

/**
 * Whether any relation of the graph records a certainty. An imported graph usually records none,
 * and then an "unrated" badge on every relation says nothing: certainty is shown only where this
 * is true. Computed once per graph (the details panel asks on every selection).
 */
export function graphHasCertainty(graph: KnowledgeGraph): boolean {
  let known = certaintyKnown.get(graph);
  if (known === undefined || known.size !== graph.size) {
    const any = graph.someEdge((_edge, a) => a.certainty !== undefined);
    known = { size: graph.size, any };
    certaintyKnown.set(graph, known);
  }
  return known.any;
}

/** Per graph, whether its edge weights say anything, rechecked when the graph's size changes. */
const weightsKnown = new WeakMap<
  KnowledgeGraph,
  { readonly size: number; readonly any: boolean }
>();

/** An edge's numeric `weight` (kept by the importer from Gephi, networkx, graphology files), or undefined. */
function rawWeight(graph: KnowledgeGraph, edge: string): number | undefined {
  const a = graph.getEdgeAttributes(edge);
  const value = 'weight' in a ? a.weight : undefined;
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * The edge's weight to show ("weight 3"), or undefined when it has none or when no edge of the
 * graph weighs other than 1: Gephi writes `weight="1.0"` on every edge of an unweighted graph,
 * and "weight 1" on each relation would say nothing (as "unrated" did for certainty).
 */
export function edgeWeight(graph: KnowledgeGraph, edge: string): number | undefined {
  const weight = rawWeight(graph, edge);
  if (weight === undefined) return undefined;
  let known = weightsKnown.get(graph);
  if (known === undefined || known.size !== graph.size) {
    const any = graph.someEdge((e) => {
      const w = rawWeight(graph, e);
      return w !== undefined && w !== 1;
    });
    known = { size: graph.size, any };
    weightsKnown.set(graph, known);
  }
  return known.any ? weight : undefined;
}

/**
 * The relation as a sentence, read from `from`'s side: the forward phrase when `from` is the
 * source (or omitted), the inverse phrase when `from` is the target.
 * ("HiSilicon is a subsidiary of Huawei" / "Huawei owns HiSilicon"). A statement link reads as
 * the statement: "Dylan Patel states that Huawei competes with Nvidia" / "Nvidia is named in
 * Dylan Patel's claim that Huawei competes with Nvidia".
 */
export function relationSentence(graph: KnowledgeGraph, edge: string, from?: string): string {
  const spec = relationWording(graph, edge);
  const source = graph.getNodeAttribute(graph.source(edge), 'label');
  const target = graph.getNodeAttribute(graph.target(edge), 'label');
  const stated = graph.getEdgeAttribute(edge, 'statementOf');
  if (stated !== undefined && stated !== edge && graph.hasEdge(stated)) {
    const inner = relationSentence(graph, stated);
    return from !== undefined && from === graph.target(edge) && from !== graph.source(edge)
      ? `${target} is named in ${source}’s claim that ${inner}`
      : `${source} states that ${inner}`;
  }
  if (from !== undefined && from === graph.target(edge) && from !== graph.source(edge)) {
    return `${target} ${spec.inverse} ${source}`;
  }
  return `${source} ${spec.forward} ${target}`;
}

/** The phrase of a relation read from `from`'s side. */
export function relationPhrase(graph: KnowledgeGraph, edge: string, from: string): string {
  const spec = relationWording(graph, edge);
  return graph.source(edge) === from ? spec.forward : spec.inverse;
}

/** How much of a source a citation names: everything, or outlet and date only. */
export type CitationStyle = 'full' | 'brief';

/** The source part of a citation: `BORNA, “title”, 2025-07-28` or `BORNA 2025-07-28` (the id when unknown). */
function sourceHeading(graph: KnowledgeGraph, id: string, style: CitationStyle): string {
  const source = graph.getAttribute('sources').find((s) => s.id === id);
  if (!source) return id;
  const outlet = graph.hasNode(source.outlet)
    ? graph.getNodeAttribute(source.outlet, 'label')
    : source.outlet;
  return style === 'full'
    ? `${outlet}, “${source.title}”, ${source.published},`
    : `${outlet} ${source.published}`;
}

/** A source named in full, as a card lists it once: `BORNA, “title”, 2025-07-28` (the id when unknown). */
export function sourceName(graph: KnowledgeGraph, id: string): string {
  return sourceHeading(graph, id, 'full').replace(/,$/, '');
}

/**
 * The sources these citations (or corroborations) name, each once and in full, the most cited
 * first (then by first citation): a card names its sources once in a "Sources" line, and each
 * claim cites in brief (outlet, date, ¶n) instead of repeating an article's title.
 */
export function sourcesCited(
  graph: KnowledgeGraph,
  citations: Iterable<{ readonly source: string }>,
): { readonly id: string; readonly name: string }[] {
  const counts = new Map<string, number>();
  for (const c of citations) counts.set(c.source, (counts.get(c.source) ?? 0) + 1);
  // Map order is first citation; a stable sort keeps it among equals.
  return [...counts.entries()]
    .sort((x, y) => y[1] - x[1])
    .map(([id]) => ({ id, name: sourceName(graph, id) }));
}

/**
 * Citations, one entry per source: `BORNA, “title”, 2025-07-28, ¶1, ¶6` (full) or
 * `BORNA 2025-07-28 ¶1, ¶6` (brief).
 */
export function citationsText(
  graph: KnowledgeGraph,
  citations: readonly Citation[],
  style: CitationStyle = 'full',
): string {
  const bySource = new Map<string, number[]>();
  for (const c of citations)
    bySource.set(c.source, [...(bySource.get(c.source) ?? []), c.paragraph]);
  return [...bySource.entries()]
    .map(
      ([id, paragraphs]) =>
        `${sourceHeading(graph, id, style)} ${paragraphs.map((p) => `¶${p}`).join(', ')}`,
    )
    .join('; ');
}

/**
 * A second source's verdict on a relation, as one line:
 * `Contested by IEEE ComSoc Technology Blog 2025-07-27 ¶2: first announced in April 2025`.
 */
export function corroborationText(graph: KnowledgeGraph, c: Corroboration): string {
  const verb =
    c.stance === 'supports'
      ? 'Supported by'
      : c.stance === 'partly-supports'
        ? 'Partly supported by'
        : 'Contested by';
  return `${verb} ${sourceHeading(graph, c.source, 'brief')} ¶${c.paragraph}: ${c.note}`;
}

/**
 * How many sources stand behind a relation: the ones it cites and the ones that support it
 * (fully or in part), and how many contest it.
 */
export function sourceSupport(
  graph: KnowledgeGraph,
  edge: string,
): { readonly backing: number; readonly contesting: number } {
  const a = graph.getEdgeAttributes(edge);
  return supportOf(a.citations, a.corroboration);
}

/** How many sources back a statement (cited, or supporting it) and how many contest it. */
export function supportOf(
  citations: readonly Citation[],
  corroboration: readonly Corroboration[] = [],
): { readonly backing: number; readonly contesting: number } {
  const backing = new Set(citations.map((c) => c.source));
  const contesting = new Set<string>();
  for (const c of corroboration) (c.stance === 'contests' ? contesting : backing).add(c.source);
  return { backing: backing.size, contesting: contesting.size };
}

/**
 * A relation's backing in words, for cards and `kg show`: "3 sources", "2 sources, contested by
 * 1"; empty for a relation only one source (or none) speaks to.
 */
export function supportText(graph: KnowledgeGraph, edge: string): string {
  const { backing, contesting } = sourceSupport(graph, edge);
  const parts = [
    ...(backing > 1 ? [`${backing} sources`] : []),
    ...(contesting > 0 ? [`contested by ${contesting}`] : []),
  ];
  return parts.join(', ');
}

/** Labels of the asserters, falling back to ids for unknown ones. */
export function asserterLabels(graph: KnowledgeGraph, edge: string): string[] {
  return graph
    .getEdgeAttribute(edge, 'assertedBy')
    .map((id) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id));
}

/**
 * Whose voice a relation is in, read the same way by every view (details, `kg show`, paths,
 * tables, the briefing): "asserted by Dylan Patel", "asserted by BORNA (citing unnamed industry
 * reports)", or, for a relation no one in the sources asserts, its stated basis ("general
 * knowledge, not stated in the article"). Empty for an imported relation with neither.
 */
export function voiceText(graph: KnowledgeGraph, edge: string): string {
  const a = graph.getEdgeAttributes(edge);
  if (a.assertedBy.length === 0) return a.attribution ?? '';
  return `asserted by ${asserterLabels(graph, edge).join(', ')}${a.attribution ? ` (citing ${a.attribution})` : ''}`;
}

/** Qualifiers as `chips: 384; origin: domestic` (empty string when none). */
export function qualifierText(graph: KnowledgeGraph, edge: string): string {
  const qualifiers = graph.getEdgeAttribute(edge, 'qualifiers') ?? {};
  return Object.entries(qualifiers)
    .map(([key, value]) => `${key}: ${value}`)
    .join('; ');
}

/** The kinds present, in the schema's order first, then unknown ones (imported graphs) by name. */
export function orderKinds(present: Iterable<string>, schemaOrder: readonly string[]): string[] {
  const set = new Set(present);
  return [
    ...schemaOrder.filter((k) => set.has(k)),
    ...[...set].filter((k) => !schemaOrder.includes(k)).sort(),
  ];
}

/** The label of a relation kind (its own name when unknown). */
export function relationKindLabel(kind: string): string {
  return isRelationKind(kind) ? RELATION_KINDS[kind].label : kind;
}

/** The colour of a kind: the palette's, else that of the first node of that kind. */
export function kindColor(graph: KnowledgeGraph, kind: string): string {
  if (isEntityKind(kind)) return KIND_COLORS[kind];
  const node = graph.findNode((_n, a) => a.kind === kind);
  return node === undefined ? '#999999' : graph.getNodeAttribute(node, 'color');
}

/** The human label of an entity kind. */
export function kindLabel(kind: string): string {
  return isEntityKind(kind) ? ENTITY_KINDS[kind].label : kind;
}
