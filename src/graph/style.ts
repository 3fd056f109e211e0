/**
 * Colours and sizes stored on the graph, so the CLI export, GEXF and the page agree.
 *
 * Sixteen entity kinds exceed any palette a colour-blind reader can separate, so kinds come in
 * eight colour families, each drawn filled or as a ring (a second channel that needs no colour
 * vision): company ● / subsidiary ○, country ● / government agency ○, and so on. The eight
 * colours were chosen (by search over well-known palettes) for a large worst-case difference under
 * normal, protan, deutan and tritan vision, and each has at least 3:1 contrast on white; a test
 * checks both. Kind is also written in the legend, tooltips and details: colour is never the only
 * carrier of meaning.
 */
import type { Certainty, EntityKind } from '../model/vocabulary';

/** The eight family colours (see the module note). */
export const FAMILY_COLORS = {
  blue: '#0077bb',
  red: '#a93226',
  wine: '#882255',
  green: '#1b7837',
  teal: '#11a579',
  coral: '#e15759',
  purple: '#6c3483',
  slate: '#5d6d7e',
} as const;

/** Each kind's family colour and whether it is drawn as a ring (hollow) rather than filled. */
export const KIND_STYLES: Readonly<Record<EntityKind, { color: string; ring: boolean }>> = {
  company: { color: FAMILY_COLORS.blue, ring: false },
  subsidiary: { color: FAMILY_COLORS.blue, ring: true },
  country: { color: FAMILY_COLORS.red, ring: false },
  'government-agency': { color: FAMILY_COLORS.red, ring: true },
  policy: { color: FAMILY_COLORS.wine, ring: false },
  alliance: { color: FAMILY_COLORS.wine, ring: true },
  chip: { color: FAMILY_COLORS.green, ring: false },
  system: { color: FAMILY_COLORS.green, ring: true },
  'ai-model': { color: FAMILY_COLORS.teal, ring: false },
  domain: { color: FAMILY_COLORS.teal, ring: true },
  event: { color: FAMILY_COLORS.coral, ring: false },
  scenario: { color: FAMILY_COLORS.coral, ring: true },
  person: { color: FAMILY_COLORS.purple, ring: false },
  'research-firm': { color: FAMILY_COLORS.purple, ring: true },
  place: { color: FAMILY_COLORS.slate, ring: false },
  'news-outlet': { color: FAMILY_COLORS.slate, ring: true },
};

export const KIND_COLORS: Readonly<Record<EntityKind, string>> = Object.fromEntries(
  Object.entries(KIND_STYLES).map(([kind, style]) => [kind, style.color]),
) as Record<EntityKind, string>;

/**
 * Statement links (speaker → what the claim is about) are drawn in their own colour, so a reader
 * never mistakes "Patel says Huawei rivals Nvidia" for a tie between Patel and Nvidia.
 */
export const STATEMENT_COLOR = '#7b3294';
/** A relation another source contests, when emphasised (the cards' ⚠ colour). */
export const CONTESTED_COLOR = '#aa3377';

/** Edge grey by certainty (stored, for GEXF and other tools): the surer, the darker. */
export const CERTAINTY_COLORS: Readonly<Record<Certainty, string>> = {
  fact: '#555555',
  reported: '#707070',
  claim: '#8c8c8c',
  opinion: '#a6a6a6',
  speculation: '#c2c2c2',
};

/**
 * How certainty is drawn on the canvas: opacity and thickness fall with it, so speculation reads
 * as faint and thin next to a fact, whatever the edge's colour (relation or statement).
 */
export const CERTAINTY_STROKES: Readonly<Record<Certainty, { alpha: number; size: number }>> = {
  fact: { alpha: 0.9, size: 2.2 },
  reported: { alpha: 0.75, size: 1.8 },
  claim: { alpha: 0.6, size: 1.5 },
  opinion: { alpha: 0.45, size: 1.2 },
  speculation: { alpha: 0.3, size: 1 },
};

/** The canvas colour of substantive relations (before certainty's opacity). */
export const RELATION_INK = '#1f2937';

/** Node size range in pixels (sigma units at zoom 1). */
export const NODE_SIZE_RANGE = { min: 4, max: 20 } as const;

/** Maps a centrality score in [min, max] to a node size; sqrt so hubs do not swamp the picture. */
export function scaleSize(value: number, min: number, max: number): number {
  const t = max > min ? Math.sqrt((value - min) / (max - min)) : 0.5;
  return (
    Math.round((NODE_SIZE_RANGE.min + t * (NODE_SIZE_RANGE.max - NODE_SIZE_RANGE.min)) * 100) / 100
  );
}
