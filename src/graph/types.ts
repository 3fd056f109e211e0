/**
 * The typed graph every part of chipgraph works on. Declared once here; inferred elsewhere.
 *
 * Entity kind is stored as `kind`, never `type`: sigma reads `type` to choose a render program.
 */
import type { MultiDirectedGraph } from 'graphology';
import type { Certainty, EntityKind, RelationKind } from '../model/vocabulary';
import type { Citation, Corroboration, SourceDocument } from '../model/schema';

export interface NodeAttributes {
  label: string;
  /** An `EntityKind` for curated data; any string in an imported graph. */
  kind: EntityKind | (string & {});
  aliases: string[];
  description: string;
  /** Event date, `YYYY[-MM[-DD]]`. */
  date?: string;
  citations: Citation[];
  /** Layout position (filled by `applyLayout`). */
  x: number;
  y: number;
  /** Display size, from PageRank. */
  size: number;
  /** Kind colour, colour-blind safe. */
  color: string;
  degree: number;
  pagerank: number;
  betweenness: number;
}

export interface EdgeAttributes {
  /** A `RelationKind` for curated data; any string in an imported graph. */
  kind: RelationKind | (string & {});
  /** The forward phrase, e.g. "is a subsidiary of". */
  label: string;
  /** The claim in words; empty in an imported graph that has none. */
  claim: string;
  citations: Citation[];
  /** Absent in an imported graph that records none. */
  certainty?: Certainty;
  assertedBy: string[];
  /** True for an edge read from an undirected graph (drawn without an arrow). */
  undirected?: boolean;
  attribution?: string;
  date?: string;
  until?: string;
  qualifiers?: Record<string, string | number>;
  /** Other sources that confirm or contest the relation. */
  corroboration?: Corroboration[];
  /** How many sources back it (cited or supporting); set by the build, for exports. */
  sourceCount?: number;
  /** How many sources contest it, when any. */
  contestedBy?: number;
  /** For a `states` edge: the id of the relation the speaker states. */
  statementOf?: string;
  size: number;
  color: string;
}

export interface GraphAttributes {
  name: string;
  description: string;
  sources: SourceDocument[];
}

export type KnowledgeGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
