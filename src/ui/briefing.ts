/**
 * The briefing picture: the current view drawn at twice the screen's resolution, with a title,
 * a legend of what is on it and a source caption (graph, sources, date), as analysts paste into a
 * report. @sigma/export-image draws the graph; this module frames it.
 */
import { drawOnCanvas } from '@sigma/export-image';
import { kindLabel } from '../graph/describe';
import { CERTAINTY_STROKES, KIND_STYLES, RELATION_INK, STATEMENT_COLOR } from '../graph/style';
import type { KnowledgeGraph } from '../graph/types';
import { CERTAINTIES, isEntityKind } from '../model/vocabulary';
import { withAlpha } from './reducers';
import { asPlainSigma, type KnowledgeSigma } from './renderer';

/** Pixels per screen pixel in the picture. */
export const BRIEFING_SCALE = 2;

const FONT = 'system-ui, sans-serif';

/** The caption's lines: the graph and the day of the export, then one line per source. */
export function briefingCaption(graph: KnowledgeGraph, today: string): string[] {
  const sources = graph.getAttribute('sources').map((s) => {
    const outlet = graph.hasNode(s.outlet) ? graph.getNodeAttribute(s.outlet, 'label') : s.outlet;
    return `Source: ${outlet}, “${s.title}”, ${s.published}`;
  });
  return [
    `${graph.getAttribute('name')} · exported ${today}`,
    ...(sources.length > 0 ? sources : ['No source documents named']),
  ];
}

/**
 * Draws the briefing picture of what `sigma` shows.
 * @param visibleNodes - the nodes in view (their kinds make the legend)
 */
export async function drawBriefing(
  sigma: KnowledgeSigma,
  graph: KnowledgeGraph,
  visibleNodes: Iterable<string>,
  title: string,
): Promise<HTMLCanvasElement> {
  const s = BRIEFING_SCALE;
  const { width, height } = sigma.getDimensions();
  const drawing = await drawOnCanvas(asPlainSigma(sigma), {
    width: width * s,
    height: height * s,
    backgroundColor: '#ffffff',
    cameraState: sigma.getCamera().getState(),
    // Twice the pixels: nodes, edges and labels twice as large, so the picture matches the screen.
    sigmaSettings: {
      zoomToSizeRatioFunction: (ratio: number) => Math.sqrt(ratio) / s,
      labelSize: sigma.getSetting('labelSize') * s,
      edgeLabelSize: sigma.getSetting('edgeLabelSize') * s,
    },
  });

  const kinds = new Map<string, string>();
  for (const node of visibleNodes) {
    const a = graph.getNodeAttributes(node);
    if (!kinds.has(a.kind)) kinds.set(a.kind, a.color);
  }
  const legendWidth = 230 * s;
  const header = 56 * s;
  const caption = briefingCaption(graph, new Date().toISOString().slice(0, 10));
  const footer = (14 + 16 * caption.length) * s;
  const canvas = document.createElement('canvas');
  canvas.width = drawing.width + legendWidth;
  canvas.height = header + drawing.height + footer;
  const ctx = canvas.getContext('2d');
  if (!ctx) return drawing;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#111827';
  ctx.font = `600 ${20 * s}px ${FONT}`;
  ctx.fillText(title, 16 * s, 30 * s);
  ctx.font = `${12 * s}px ${FONT}`;
  ctx.fillStyle = '#4b5563';
  ctx.fillText(graph.getAttribute('description'), 16 * s, 48 * s);
  ctx.drawImage(drawing, 0, header);

  // Legend: kinds as drawn (disc or ring), then how certainty and statements look.
  let y = header + 20 * s;
  const x = drawing.width + 12 * s;
  const heading = (text: string) => {
    ctx.fillStyle = '#111827';
    ctx.font = `600 ${12 * s}px ${FONT}`;
    ctx.fillText(text, x, y);
    y += 18 * s;
  };
  const row = (text: string, mark: () => void) => {
    mark();
    ctx.fillStyle = '#111827';
    ctx.font = `${11 * s}px ${FONT}`;
    ctx.fillText(text, x + 26 * s, y + 4 * s);
    y += 17 * s;
  };
  heading('Entities');
  for (const [kind, color] of kinds) {
    const ring = isEntityKind(kind) && KIND_STYLES[kind].ring;
    row(kindLabel(kind), () => {
      ctx.beginPath();
      ctx.arc(x + 8 * s, y, 6 * s, 0, 2 * Math.PI);
      ctx.fillStyle = ring ? '#ffffff' : color;
      ctx.fill();
      if (ring) {
        ctx.lineWidth = 3 * s;
        ctx.strokeStyle = color;
        ctx.stroke();
      }
    });
  }
  y += 6 * s;
  heading('Relations, by certainty');
  const line = (color: string, size: number) => () => {
    ctx.strokeStyle = color;
    ctx.lineWidth = size * s;
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(x + 18 * s, y);
    ctx.stroke();
  };
  for (const certainty of CERTAINTIES) {
    const stroke = CERTAINTY_STROKES[certainty];
    row(certainty, line(withAlpha(RELATION_INK, stroke.alpha), stroke.size));
  }
  row('a speaker’s statement', line(STATEMENT_COLOR, 2));

  ctx.fillStyle = '#4b5563';
  ctx.font = `${11 * s}px ${FONT}`;
  caption.forEach((line, i) =>
    ctx.fillText(line, 16 * s, header + drawing.height + (16 + 16 * i) * s, canvas.width - 32 * s),
  );
  return canvas;
}
