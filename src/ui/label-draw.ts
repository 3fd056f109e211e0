/**
 * Drawing a planned node label: its text on the side of its node that the label plan chose
 * (`labels.ts`), over a white halo so edges under it do not garble it. Sigma calls these for its
 * label layer and for its hover layer; the briefing's picture calls the same at twice the scale,
 * so a label's place is computed from its node and side, never from screen pixels.
 */
import { BOLD_WIDTH, labelBox, type LabelSide, type PlacedLabel } from './labels';

/** The part of a node's display data a label drawer reads (sigma passes `key`, the node id). */
export interface LabelDrawData {
  readonly key?: string;
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly label: string | null;
}

/** The part of sigma's settings a label drawer reads. */
export interface LabelDrawSettings {
  readonly labelSize: number;
  readonly labelFont: string;
  readonly labelWeight: string;
}

/** A label as drawn: what the tests read back to check the picture. */
export interface DrawnLabel {
  readonly node: string;
  readonly text: string;
  readonly side: LabelSide;
  readonly strong: boolean;
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/**
 * Label and hover drawers for sigma.
 * @param placementOf - a node's planned label (side, bold), or undefined when it has none
 * @param onDraw - told of each label drawn (the renderer's record of the frame)
 * @param fontSize - the label size in pixels, read at each draw (the reader's Name size); sigma's
 *   `labelSize` setting otherwise. Read from here rather than set on sigma: `setSetting` schedules
 *   a full refresh, and until it runs sigma's node data holds unframed positions, which a label
 *   plan made meanwhile would read.
 */
export function createLabelDrawers(
  placementOf: (node: string) => Pick<PlacedLabel, 'side' | 'strong'> | undefined,
  onDraw?: (label: DrawnLabel) => void,
  fontSize?: () => number,
) {
  const draw = (
    context: CanvasRenderingContext2D,
    data: LabelDrawData,
    settings: LabelDrawSettings,
  ): void => {
    // An unplanned node gets no label and, on the hover layer, no empty box either.
    if (!data.label || data.key === undefined) return;
    const placed = placementOf(data.key);
    if (placed === undefined) return;
    const { side, strong } = placed;
    const size = fontSize?.() ?? settings.labelSize;
    // The selection, the hovered entity and a path's entities are named in bold.
    context.font = `${strong ? '600' : settings.labelWeight} ${size}px ${settings.labelFont}`;
    const box = labelBox(
      { node: data.key, x: data.x, y: data.y, radius: data.size, label: data.label, strong },
      size,
      // The planner allowed bold text its widest; the box is measured the same way.
      (text) => context.measureText(text).width / (strong ? BOLD_WIDTH : 1),
      side,
    );
    const x = box.left + 1;
    // The box is 1.25 font sizes tall; the baseline sits a third of a size below its middle.
    const y = (box.top + box.bottom) / 2 + size / 3;
    context.lineWidth = 3;
    context.lineJoin = 'round';
    context.strokeStyle = '#ffffff';
    context.strokeText(data.label, x, y);
    context.fillStyle = '#111827';
    context.fillText(data.label, x, y);
    onDraw?.({ node: data.key, text: data.label, side, strong, ...box });
  };
  return { drawLabel: draw, drawHover: draw };
}
