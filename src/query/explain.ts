/**
 * Paths as English: one sentence per hop, each read in the relation's true direction
 * ("The Commerce Department blacklisted Huawei; HiSilicon is a subsidiary of Huawei"), with the
 * hop's certainty, claim and citations.
 */
import { relationSentence } from '../graph/describe';
import type { KnowledgeGraph } from '../graph/types';
import type { Certainty, Citation } from '../model/schema';
import type { GraphPath } from './paths';

/** One hop of a path, explained. */
export interface HopExplanation {
  readonly edge: string;
  /** The node the hop leaves from and the one it reaches, in path order. */
  readonly from: string;
  readonly to: string;
  /** True when the path walks the relation against its direction. */
  readonly reversed: boolean;
  /** The relation as a sentence in its true direction. */
  readonly sentence: string;
  readonly claim: string;
  /** Absent when the relation records none (imported graphs). */
  readonly certainty: Certainty | undefined;
  readonly citations: readonly Citation[];
}

/** A path with its sentence-per-hop explanation. */
export interface PathExplanation {
  readonly hops: readonly HopExplanation[];
  /** The sentences joined with "; ", ending in a full stop. */
  readonly text: string;
}

/** Explains a path hop by hop. */
export function explainPath(graph: KnowledgeGraph, path: GraphPath): PathExplanation {
  const hops = path.edges.map((edge, i): HopExplanation => {
    const from = path.nodes[i] ?? graph.source(edge);
    const to = path.nodes[i + 1] ?? graph.target(edge);
    const a = graph.getEdgeAttributes(edge);
    return {
      edge,
      from,
      to,
      reversed: graph.source(edge) !== from,
      sentence: relationSentence(graph, edge),
      claim: a.claim,
      certainty: a.certainty,
      citations: a.citations,
    };
  });
  const text =
    hops.length === 0
      ? `${graph.getNodeAttribute(path.nodes[0] ?? '', 'label')} is the entity itself.`
      : `${hops.map((hop) => hop.sentence).join('; ')}.`;
  return { hops, text };
}
