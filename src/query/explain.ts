/**
 * Paths as English: one sentence per hop, each read in the relation's true direction
 * ("The Commerce Department imposes the export restrictions; they target Huawei"), with the
 * hop's certainty (or weight), claim, citations and its other evidence; and one line per result
 * saying why it ranks where it does, in the terms of what ranked it (`pathRanking`): evidence
 * strength for the article, tie weights for a weighted imported graph, hops alone otherwise.
 */
import { countOf } from '../model/text';
import {
  asserterLabels,
  edgeWeight,
  relationSentence,
  sourceSupport,
  voiceText,
} from '../graph/describe';
import type { KnowledgeGraph } from '../graph/types';
import type { Certainty } from '../model/vocabulary';
import type { Citation } from '../model/schema';
import type { GraphPath } from './paths';
import { evidenceShare, pathMeasure, weightOf, type PathMeasure } from './search';

/** One relation serving as evidence for a hop. */
export interface HopEvidence {
  readonly edge: string;
  /** The relation as a sentence in its true direction. */
  readonly sentence: string;
  readonly claim: string;
  /** Absent when the relation records none (imported graphs). */
  readonly certainty: Certainty | undefined;
  /** The relation's weight (imported graphs), absent when it has none or every weight is 1. */
  readonly weight: number | undefined;
  readonly citations: readonly Citation[];
  /** Labels of who asserts it (none for general knowledge). */
  readonly assertedBy: readonly string[];
  /** Whose voice it is, as every view says it (see `voiceText`). */
  readonly voice: string;
}

/** One hop of a path, explained: its strongest relation first, then any other evidence. */
export interface HopExplanation extends HopEvidence {
  /** The node the hop leaves from and the one it reaches, in path order. */
  readonly from: string;
  readonly to: string;
  /** True when the path walks the strongest relation against its direction. */
  readonly reversed: boolean;
  /** Every relation between the two entities that the query allows, strongest first (this one included). */
  readonly evidence: readonly HopEvidence[];
}

/** A path with its sentence-per-hop explanation. */
export interface PathExplanation {
  readonly hops: readonly HopExplanation[];
  /** The sentences joined with "; ", ending in a full stop. */
  readonly text: string;
}

function evidenceOf(graph: KnowledgeGraph, edge: string): HopEvidence {
  const a = graph.getEdgeAttributes(edge);
  return {
    edge,
    sentence: relationSentence(graph, edge),
    claim: a.claim,
    certainty: a.certainty,
    weight: edgeWeight(graph, edge),
    citations: a.citations,
    assertedBy: asserterLabels(graph, edge),
    voice: voiceText(graph, edge),
  };
}

/** Explains a path hop by hop. */
export function explainPath(graph: KnowledgeGraph, path: GraphPath): PathExplanation {
  const hops = path.edges.map((edge, i): HopExplanation => {
    const from = path.nodes[i] ?? graph.source(edge);
    const to = path.nodes[i + 1] ?? graph.target(edge);
    return {
      ...evidenceOf(graph, edge),
      from,
      to,
      reversed: graph.source(edge) !== from,
      evidence: (path.evidence[i] ?? [edge]).map((e) => evidenceOf(graph, e)),
    };
  });
  const text =
    hops.length === 0
      ? `${graph.getNodeAttribute(path.nodes[0] ?? '', 'label')} is the entity itself.`
      : `${hops.map((hop) => hop.sentence).join('; ')}.`;
  return { hops, text };
}

/** The weakest certainty among a path's hops, for "its weakest hop is an opinion". */
function weakestHop(graph: KnowledgeGraph, path: GraphPath): string {
  let weakest: Certainty | undefined;
  let weakestWeight = 2;
  for (const edge of path.edges) {
    const c = graph.getEdgeAttribute(edge, 'certainty');
    const w = evidenceShare(graph.getEdgeAttributes(edge));
    if (w < weakestWeight) {
      weakestWeight = w;
      weakest = c;
    }
  }
  if (weakest === undefined) return 'an unrated relation';
  const base = weakest === 'fact' ? 'every hop is a fact' : `its weakest hop is ${AS_HOP[weakest]}`;
  // Other sources move a hop's weight: say so (see evidenceShare).
  let backed = 0;
  let contested = 0;
  for (const edge of path.edges) {
    const { backing, contesting } = sourceSupport(graph, edge);
    if (backing > 1) backed++;
    if (contesting > 0) contested++;
  }
  return [
    base,
    ...(backed > 0 ? [`${countOf(backed, 'hop')} backed by more than one source`] : []),
    ...(contested > 0 ? [`${countOf(contested, 'hop')} contested by a source`] : []),
  ].join('; ');
}

/** How a hop of each certainty reads after "its weakest hop is": "reported" is an adjective. */
const AS_HOP: Readonly<Record<Exclude<Certainty, 'fact'>, string>> = {
  reported: 'reported',
  claim: 'a claim',
  opinion: 'an opinion',
  speculation: 'speculation',
};

/** A weight as read: whole numbers as they are, others to four significant digits. */
function formatWeight(weight: number): string {
  return Number.isInteger(weight) ? String(weight) : String(Number(weight.toPrecision(4)));
}

/** A tie strength (a product of shares, often small): two decimals, or two significant digits below 0.1. */
function formatStrength(strength: number): string {
  return strength >= 0.1 ? strength.toFixed(2) : strength.toPrecision(2);
}

/**
 * A weighted path's lightest tie, in two forms: for "Best: …" ("its weakest tie weighs 3 (of at
 * most 31)") and for inside parentheses ("its weakest tie weighs 3, of at most 31").
 */
function weakestTie(
  graph: KnowledgeGraph,
  measure: PathMeasure,
  path: GraphPath,
): { readonly best: string; readonly inner: string } {
  let weakest: number | undefined;
  let weakestShare = Infinity;
  for (const edge of path.edges) {
    const a = graph.getEdgeAttributes(edge);
    const share = measure.share(a);
    if (share < weakestShare) {
      weakestShare = share;
      weakest = weightOf(a);
    }
  }
  const lightest = formatWeight(measure.lightest);
  const heaviest = formatWeight(measure.heaviest);
  return weakest === undefined
    ? {
        best: `its weakest tie has no weight (counted as the lightest, ${lightest})`,
        inner: `its weakest tie has no weight, counted as the lightest, ${lightest}`,
      }
    : {
        best: `its weakest tie weighs ${formatWeight(weakest)} (of at most ${heaviest})`,
        inner: `its weakest tie weighs ${formatWeight(weakest)}, of at most ${heaviest}`,
      };
}

/**
 * Why each path ranks where it does, in one line each, against the path ranked just above it:
 * more hops; a shared topic (ranked after direct ties of equal length); weaker evidence (the
 * article), weaker ties (a weighted imported graph) or, where the graph records neither, nothing
 * but names. `paths` must be in rank order (as `findPaths` returns them).
 * @param graph - the graph the paths were found in (it decides the wording, see `pathRanking`)
 * @param paths - the paths, best first
 */
export function rankReasons(graph: KnowledgeGraph, paths: readonly GraphPath[]): string[] {
  const label = (id: string) => graph.getNodeAttribute(id, 'label');
  const topic = (path: GraphPath) =>
    path.topicHubs.length === 0
      ? ''
      : ` It runs through a shared topic (${path.topicHubs.map(label).join(', ')}): both sides are tied to the same field, not to each other, so it ranks after direct ties of equal length.`;
  const measure = pathMeasure(graph);
  if (measure.ranking === 'weight') return weightReasons(graph, measure, paths, topic);
  if (measure.ranking === 'hops') return hopReasons(paths, topic);
  return paths.map((path, i) => {
    const strength = `evidence strength ${path.strength.toFixed(2)} (${weakestHop(graph, path)})`;
    const above = i > 0 ? paths[i - 1] : undefined;
    if (above === undefined)
      return `Best: ${countOf(path.hops, 'hop')}, ${strength}.${topic(path)}`;
    if (path.hops > above.hops)
      return `${countOf(path.hops, 'hop')}, ${countOf(path.hops - above.hops, 'more hop')} than #${i}; ${strength}.${topic(path)}`;
    if (path.topicHubs.length > above.topicHubs.length)
      return `${countOf(path.hops, 'hop')} like #${i}, ${strength}.${topic(path)}`;
    if (path.strength < above.strength - 1e-9)
      return `${countOf(path.hops, 'hop')} like #${i}, weaker evidence: ${path.strength.toFixed(2)} against ${above.strength.toFixed(2)} (${weakestHop(graph, path)}).${topic(path)}`;
    return `${countOf(path.hops, 'hop')} and evidence as strong as #${i} (${path.strength.toFixed(2)}); listed by name.${topic(path)}`;
  });
}

/**
 * Reasons in a weighted imported graph: strongest ties, the product of each tie's weight ÷ the
 * heaviest (the rule `search.ts` ranks by), read through the path's lightest tie.
 */
function weightReasons(
  graph: KnowledgeGraph,
  measure: PathMeasure,
  paths: readonly GraphPath[],
  topic: (path: GraphPath) => string,
): string[] {
  const heaviest = formatWeight(measure.heaviest);
  return paths.map((path, i) => {
    const hops = countOf(path.hops, 'hop');
    const strength = formatStrength(path.strength);
    const weakest = weakestTie(graph, measure, path);
    const above = i > 0 ? paths[i - 1] : undefined;
    if (above === undefined)
      return path.hops === 0
        ? `Best: ${hops}.`
        : `Best: ${hops}; strongest ties: ${weakest.best}; tie strength ${strength}, the product of each tie’s weight ÷ ${heaviest}.${topic(path)}`;
    if (path.hops > above.hops)
      return `${hops}, ${countOf(path.hops - above.hops, 'more hop')} than #${i}; tie strength ${strength} (${weakest.inner}).${topic(path)}`;
    if (path.topicHubs.length > above.topicHubs.length)
      return `${hops} like #${i}, tie strength ${strength} (${weakest.inner}).${topic(path)}`;
    if (path.strength < above.strength - 1e-9)
      return `${hops} like #${i}, weaker ties: tie strength ${strength} against ${formatStrength(above.strength)} (${weakest.inner}).${topic(path)}`;
    return `${hops} and ties as strong as #${i} (tie strength ${strength}); listed by name.${topic(path)}`;
  });
}

/** Reasons where the graph records neither certainty nor varying weights: hops, then names. */
function hopReasons(paths: readonly GraphPath[], topic: (path: GraphPath) => string): string[] {
  return paths.map((path, i) => {
    const hops = countOf(path.hops, 'hop');
    const above = i > 0 ? paths[i - 1] : undefined;
    if (above === undefined) return `Best: ${hops}.${topic(path)}`;
    if (path.hops > above.hops)
      return `${hops}, ${countOf(path.hops - above.hops, 'more hop')} than #${i}.${topic(path)}`;
    if (path.topicHubs.length > above.topicHubs.length) return `${hops} like #${i}.${topic(path)}`;
    return `${hops} like #${i}; listed by name (the graph records no weights or certainty to rank by).${topic(path)}`;
  });
}
