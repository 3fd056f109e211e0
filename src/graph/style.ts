/**
 * Colours and sizes stored on the graph, so the CLI export, GEXF and the page agree.
 *
 * Kind colours come from Paul Tol's colour-blind-safe qualitative schemes (muted + bright). Fifteen
 * kinds exceed any fully separable palette, so the page also shows kind in the legend, tooltips and
 * the details panel: colour is never the only carrier of meaning.
 */
import type { Certainty, EntityKind } from '../model/schema';

export const KIND_COLORS: Readonly<Record<EntityKind, string>> = {
  company: '#4477aa',
  subsidiary: '#88ccee',
  'government-agency': '#aa4499',
  country: '#cc6677',
  alliance: '#882255',
  chip: '#117733',
  system: '#44aa99',
  'ai-model': '#999933',
  person: '#ddcc77',
  'research-firm': '#ee8866',
  'news-outlet': '#332288',
  event: '#ee3377',
  place: '#bbbbbb',
  policy: '#cc3311',
  domain: '#aaaa00',
  scenario: '#994455',
};

/**
 * Statement links (speaker → what the claim is about) are drawn in their own colour, so a reader
 * never mistakes "Patel says Huawei rivals Nvidia" for a tie between Patel and Nvidia.
 */
export const STATEMENT_COLOR = '#7b3294';

/** Edge grey by certainty: the surer the claim, the darker the line. */
export const CERTAINTY_COLORS: Readonly<Record<Certainty, string>> = {
  fact: '#555555',
  reported: '#707070',
  claim: '#8c8c8c',
  opinion: '#a6a6a6',
  speculation: '#c2c2c2',
};

/** Node size range in pixels (sigma units at zoom 1). */
export const NODE_SIZE_RANGE = { min: 4, max: 20 } as const;

/** Maps a centrality score in [min, max] to a node size; sqrt so hubs do not swamp the picture. */
export function scaleSize(value: number, min: number, max: number): number {
  const t = max > min ? Math.sqrt((value - min) / (max - min)) : 0.5;
  return (
    Math.round((NODE_SIZE_RANGE.min + t * (NODE_SIZE_RANGE.max - NODE_SIZE_RANGE.min)) * 100) / 100
  );
}
