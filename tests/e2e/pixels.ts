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
