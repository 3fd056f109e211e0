/**
 * The briefing picture as a PNG: the briefing model (`briefing-model.ts`) drawn on a canvas at
 * twice the screen's resolution, as analysts paste into a report. The SVG for print is the same
 * model written as vector (`toBriefingSvg`).
 *
 * Drawn from the model in canvas 2D rather than by re-rendering sigma (@sigma/export-image): the
 * PNG and the SVG then show exactly the same discs, edges and names, and "whole graph" needs no
 * second WebGL renderer.
 */
import {
  BRIEFING_FONT,
  briefingLayout,
  edgeGeometry,
  hopMarks,
  type Frame,
  type Picture,
} from './briefing-model';
import { VIEW_COLORS } from './reducers';

/** Pixels per screen pixel in the picture. */
export const BRIEFING_SCALE = 2;

/** Draws the briefing on a new canvas at `BRIEFING_SCALE`. */
export function drawBriefing(picture: Picture, frame: Frame): HTMLCanvasElement {
  const s = BRIEFING_SCALE;
  const layout = briefingLayout(picture, frame);
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(layout.width * s);
  canvas.height = Math.ceil(layout.height * s);
  const ctx = canvas.getContext('2d');
  if (!ctx) return canvas;
  ctx.scale(s, s);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, layout.width, layout.height);
  const text = (content: string, x: number, y: number, font: string, color: string) => {
    ctx.font = `${font} ${BRIEFING_FONT}`;
    ctx.fillStyle = color;
    ctx.fillText(content, x, y, layout.width - x - 8);
  };
  text(frame.title, 16, layout.title, '600 20px', '#111827');
  text(frame.subtitle, 16, layout.subtitle, '12px', '#4b5563');

  ctx.save();
  ctx.translate(0, layout.pictureTop);
  ctx.beginPath();
  ctx.rect(0, 0, picture.width, picture.height);
  ctx.clip();
  for (const edge of picture.edges) {
    const { control, end, direction } = edgeGeometry(edge);
    const head = edge.arrow ? Math.max(edge.width * 2.5, 6) : 0;
    ctx.strokeStyle = edge.color;
    ctx.fillStyle = edge.color;
    ctx.lineWidth = edge.width;
    ctx.beginPath();
    ctx.moveTo(edge.from.x, edge.from.y);
    const stop = { x: end.x - direction.x * head * 0.9, y: end.y - direction.y * head * 0.9 };
    if (control) ctx.quadraticCurveTo(control.x, control.y, stop.x, stop.y);
    else ctx.lineTo(stop.x, stop.y);
    ctx.stroke();
    if (edge.arrow) {
      const back = { x: end.x - direction.x * head, y: end.y - direction.y * head };
      const side = { x: -direction.y * head * 0.4, y: direction.x * head * 0.4 };
      ctx.beginPath();
      ctx.moveTo(end.x, end.y);
      ctx.lineTo(back.x + side.x, back.y + side.y);
      ctx.lineTo(back.x - side.x, back.y - side.y);
      ctx.closePath();
      ctx.fill();
    }
  }
  for (const node of picture.nodes) {
    const width = node.radius * node.borderShare;
    ctx.beginPath();
    ctx.arc(node.x, node.y, Math.max(0, node.radius - width / 2), 0, 2 * Math.PI);
    ctx.fillStyle = node.fill;
    ctx.fill();
    ctx.lineWidth = width;
    ctx.strokeStyle = node.border;
    ctx.stroke();
  }
  ctx.lineWidth = 3;
  ctx.lineJoin = 'round';
  for (const label of picture.labels) {
    ctx.font = `${label.strong === true ? '600 ' : ''}${picture.fontSize}px ${BRIEFING_FONT}`;
    const y = (label.top + label.bottom) / 2 + picture.fontSize / 3;
    ctx.strokeStyle = '#ffffff';
    ctx.strokeText(label.text, label.left + 1, y);
    ctx.fillStyle = '#111827';
    ctx.fillText(label.text, label.left + 1, y);
  }
  // Each hop of a path numbered where it is drawn, keyed to its caption line below.
  for (const mark of hopMarks(picture, frame)) {
    ctx.beginPath();
    ctx.arc(mark.x, mark.y, 9, 0, 2 * Math.PI);
    ctx.fillStyle = VIEW_COLORS.path;
    ctx.fill();
    ctx.lineWidth = 2;
    ctx.strokeStyle = '#ffffff';
    ctx.stroke();
    ctx.font = `700 11px ${BRIEFING_FONT}`;
    ctx.fillStyle = '#ffffff';
    ctx.textAlign = 'center';
    ctx.fillText(String(mark.n), mark.x, mark.y + 4);
    ctx.textAlign = 'start';
  }
  ctx.restore();

  // Legend: kinds as drawn (disc or ring), then how certainty and statements look.
  let y = layout.pictureTop + 20;
  const x = layout.legendLeft;
  for (const group of frame.legend) {
    text(group.heading, x, y, '600 12px', '#111827');
    y += 18;
    for (const row of group.rows) {
      ctx.beginPath();
      if (row.type === 'kind') {
        ctx.arc(x + 8, y - 4, row.ring ? 5 : 6, 0, 2 * Math.PI);
        ctx.fillStyle = row.ring ? '#ffffff' : row.color;
        ctx.fill();
        if (row.ring) {
          ctx.lineWidth = 3;
          ctx.strokeStyle = row.color;
          ctx.stroke();
        }
      } else {
        ctx.strokeStyle = row.color;
        ctx.lineWidth = row.width;
        ctx.moveTo(x, y - 4);
        ctx.lineTo(x + 18, y - 4);
        ctx.stroke();
      }
      text(row.text, x + 26, y, '11px', '#111827');
      y += 17;
    }
    y += 6;
  }
  frame.hops.forEach((line, i) => text(line, 16, layout.hops[i] ?? 0, '12px', '#111827'));
  frame.caption.forEach((line, i) => text(line, 16, layout.caption[i] ?? 0, '11px', '#4b5563'));
  return canvas;
}
