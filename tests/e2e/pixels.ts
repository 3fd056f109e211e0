/** Reading the canvas in browser tests: a screenshot of the sigma container, and colour counts. */
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';

/** Screenshot of the canvas area, decoded, after `settleMs` for camera animations. */
export async function canvasPixels(page: Page, settleMs = 300): Promise<PNG> {
  await page.waitForTimeout(settleMs);
  return PNG.sync.read(await page.locator('#sigma-container').screenshot());
}

/** How many pixels are within `tolerance` of a `#rrggbb` colour in each channel. */
export function countColor(png: PNG, hex: string, tolerance = 6): number {
  const rgb = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    if (rgb.every((c, j) => Math.abs((png.data[i + j] ?? 0) - c) <= tolerance)) n++;
  }
  return n;
}

/**
 * The centre, in page pixels of the canvas screenshot, of the densest patch of a colour (the
 * biggest node drawn in it), or null when the colour is absent.
 */
export function colorCentre(png: PNG, hex: string, tolerance = 6): { x: number; y: number } | null {
  const rgb = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const points: [number, number][] = [];
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      if (rgb.every((c, j) => Math.abs((png.data[i + j] ?? 0) - c) <= tolerance))
        points.push([x, y]);
    }
  }
  if (points.length === 0) return null;
  const cells = new Map<string, number>();
  for (const [x, y] of points) {
    const key = `${Math.floor(x / 8)},${Math.floor(y / 8)}`;
    cells.set(key, (cells.get(key) ?? 0) + 1);
  }
  const [best = '0,0'] = [...cells.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
  const [cx = 0, cy = 0] = best.split(',').map((v) => Number(v) * 8 + 4);
  const near = points.filter(([x, y]) => Math.hypot(x - cx, y - cy) < 24);
  return {
    x: near.reduce((s, [x]) => s + x, 0) / near.length,
    y: near.reduce((s, [, y]) => s + y, 0) / near.length,
  };
}
