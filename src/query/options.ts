/**
 * The options of every path query, and their defaults: apart from the search so that the page
 * can read and write them (URLs, the form) without loading the search itself.
 */
import type { EntityKind, RelationKind } from '../model/vocabulary';

/** Path query options. */
export interface PathOptions {
  /** How many paths, best first; each a different sequence of entities. Default 3 (1 to 50). */
  readonly k: number;
  /** Longest path considered, in hops. Default 6 (1 to 20). */
  readonly maxHops: number;
  /** Only these relation kinds may be used; null for all. Default null. */
  readonly relations: readonly (RelationKind | (string & {}))[] | null;
  /** Entity ids the paths must not pass through. Default none. */
  readonly avoid: readonly string[];
  /** Entity kinds the paths must not pass through. Default none. */
  readonly avoidKinds: readonly (EntityKind | (string & {}))[];
  /** Follow relations only in their direction (undirected ones either way). Default false: "connected" is symmetric (each hop still reads in its true direction). */
  readonly directed: boolean;
  /** Only relations (and events) dated on or before this `YYYY[-MM[-DD]]`; undated ones always count. Default null. */
  readonly asOf: string | null;
  /** Also follow provenance relations (quoted in, based in). Default false: they say how the story reached us, not how the entities are tied. */
  readonly withProvenance: boolean;
  /** Perspective: only relations asserted by one of these entity ids; null for everyone's. Default null. */
  readonly by: readonly string[] | null;
}

export const DEFAULT_PATH_OPTIONS: Readonly<PathOptions> = Object.freeze({
  k: 3,
  maxHops: 6,
  relations: null,
  avoid: [],
  avoidKinds: [],
  directed: false,
  asOf: null,
  withProvenance: false,
  by: null,
});

/**
 * What to say when a query's two ends are one entity: a path joins two different entities, so
 * "Huawei → Huawei, 0 hops" would be an answer to no question. The page and `kg path` both refuse
 * such a query with this (the engine itself still answers one zero-hop path, for callers that
 * pair entities at random).
 * @param label - the entity's label
 */
export function sameEntityMessage(label: string): string {
  return `From and to are the same entity (${label}): name two different entities to find how they are connected.`;
}
