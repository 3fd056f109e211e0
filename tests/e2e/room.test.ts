/**
 * Room to read at 1280×800: each side column folds away (button or `[` / `]`) and stays folded
 * across visits, the canvas taking the room; the table, sources and "who says what" get the whole
 * width; an empty path finder leaves the details most of the right column; phones keep their
 * sheets. Screenshots (git-ignored) are saved for a person to look at.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, shot, startHarness, type Harness } from './browser';

const LAPTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const STORAGE_KEY = 'chipgraph.columns';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness.close();
});

/** An element's rendered width and height (0 × 0 when it is not laid out). */
async function size(page: Page, selector: string): Promise<{ width: number; height: number }> {
  return page.evaluate((s) => {
    const r = document.querySelector(s)?.getBoundingClientRect();
    return { width: r?.width ?? 0, height: r?.height ?? 0 };
  }, selector);
}

/** The width sigma draws at (its layers are sized by sigma itself, on construction and resize). */
async function sigmaWidth(page: Page): Promise<number> {
  return page.evaluate(() => {
    const layer = document.querySelector<HTMLElement>('#sigma-container .sigma-nodes');
    return layer ? Number.parseFloat(layer.style.width) : 0;
  });
}

/** Whether the page shows the canvas at `width`, sigma drawing at that width too. */
async function canvasIs(page: Page, width: number): Promise<boolean> {
  const container = await size(page, '#sigma-container');
  return Math.abs(container.width - width) < 2 && Math.abs((await sigmaWidth(page)) - width) < 2;
}

describe('side columns fold away', () => {
  it('by button and by key, the canvas taking the room, and stay folded after a reload', async () => {
    const { page, problems, context } = await harness.open('', { viewport: LAPTOP });
    const legend = page.getByRole('complementary', { name: 'Legend and filters' });
    const details = page.getByRole('complementary', { name: 'Details' });
    const paths = page.getByRole('complementary', { name: 'Path finder' });
    expect(await legend.isVisible()).toBe(true);
    const open = (await size(page, '#sigma-container')).width;
    expect(await canvasIs(page, open)).toBe(true);

    // The legend's button folds it; the button stays, now offering to show it.
    const hide = page.getByRole('button', { name: 'Hide the legend' });
    expect(await hide.getAttribute('aria-expanded')).toBe('true');
    expect(await hide.getAttribute('title')).toContain('[');
    await hide.click();
    const show = page.getByRole('button', { name: 'Show the legend' });
    expect(await show.getAttribute('aria-expanded')).toBe('false');
    expect(await legend.isVisible()).toBe(false);
    // Folded, the landmark is still in the page, named as before.
    expect(await page.locator('#filters-panel[aria-label="Legend and filters"]').count()).toBe(1);
    const leftFolded = (await size(page, '#sigma-container')).width;
    expect(leftFolded).toBeGreaterThan(open + 200);
    await expect.poll(() => canvasIs(page, leftFolded)).toBe(true);

    // `]` folds the right column.
    await page.locator('#sigma-container').focus();
    await page.keyboard.press(']');
    expect(await details.isVisible()).toBe(false);
    expect(await paths.isVisible()).toBe(false);
    expect(
      await page
        .getByRole('button', { name: 'Show the path finder and details' })
        .getAttribute('aria-expanded'),
    ).toBe('false');
    const bothFolded = (await size(page, '#sigma-container')).width;
    expect(bothFolded).toBeGreaterThan(leftFolded + 200);
    expect(bothFolded).toBeGreaterThan(LAPTOP.width - 80);
    await expect.poll(() => canvasIs(page, bothFolded)).toBe(true);
    await shot(page, 'room-graph-folded-1280');

    // Typed into the search box, `[` is text, not a command.
    await page.locator('#search-input').fill('');
    await page.locator('#search-input').press('[');
    expect(await page.locator('#search-input').inputValue()).toBe('[');
    expect(await legend.isVisible()).toBe(false);
    await page.locator('#search-input').fill('');

    // The next visit starts as this one was left.
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    expect(await legend.isVisible()).toBe(false);
    expect(await details.isVisible()).toBe(false);
    expect(await canvasIs(page, bothFolded)).toBe(true);

    // `[` brings the legend back, the canvas giving its room back; that too is remembered.
    await page.locator('#sigma-container').focus();
    await page.keyboard.press('[');
    expect(await legend.isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Hide the legend' }).isVisible()).toBe(true);
    await expect.poll(() => canvasIs(page, leftFolded)).toBe(true);
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    expect(await legend.isVisible()).toBe(true);
    expect(await details.isVisible()).toBe(false);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('reads a broken stored value as open', async () => {
    const { page, context } = await harness.open('', {
      viewport: LAPTOP,
      init: `localStorage.setItem(${JSON.stringify(STORAGE_KEY)}, '{"left":tru');`,
    });
    expect(await page.getByRole('complementary', { name: 'Legend and filters' }).isVisible()).toBe(
      true,
    );
    expect(await page.getByRole('complementary', { name: 'Details' }).isVisible()).toBe(true);
    await context.close();
  });

  it('a skip link into a folded column unfolds it', async () => {
    const { page, context } = await harness.open('', {
      viewport: LAPTOP,
      init: `localStorage.setItem(${JSON.stringify(STORAGE_KEY)}, '{"left":true,"right":true}');`,
    });
    const details = page.getByRole('complementary', { name: 'Details' });
    expect(await details.isVisible()).toBe(false);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to details');
    await page.keyboard.press('Enter');
    expect(await details.isVisible()).toBe(true);
    await context.close();
  });

  it('passes axe-core with both columns folded', async () => {
    const { page, context } = await harness.open('?select=huawei', {
      viewport: LAPTOP,
      bypassCSP: true,
    });
    await page.getByRole('button', { name: 'Hide the legend' }).click();
    await page.getByRole('button', { name: 'Hide the path finder and details' }).click();
    expect(await page.locator('body').getAttribute('data-left-column')).toBe('folded');
    expect(await page.locator('body').getAttribute('data-right-column')).toBe('folded');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'room-selection-folded-1280');
    await context.close();
  });
});

describe('the wide views take the window', () => {
  it('the table gives every sentence at least 160 px, and a chosen row its details', async () => {
    const { page, context } = await harness.open('', { viewport: LAPTOP });
    // The reader's fold for the graph view: the legend folded, the right column open.
    await page.keyboard.press('[');
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    const legend = page.getByRole('complementary', { name: 'Legend and filters' });
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => page.locator('.data-table td.long').count()).toBeGreaterThan(50);
    expect(await legend.isVisible()).toBe(false);
    expect(await details.isVisible()).toBe(false);
    expect((await size(page, '#table-view')).width).toBeGreaterThan(LAPTOP.width - 80);
    const narrowest = await page.evaluate(() =>
      Math.min(
        ...[...document.querySelectorAll('.data-table td.long, .data-table th.long')].map(
          (cell) => cell.getBoundingClientRect().width,
        ),
      ),
    );
    expect(narrowest).toBeGreaterThanOrEqual(160);
    await shot(page, 'room-table-1280');

    // Choosing a row brings the details back beside the table.
    await page.locator('#entities-table tbody tr').first().click();
    await expect.poll(() => details.isVisible()).toBe(true);
    expect(await details.locator('h2').textContent()).toBe(
      await page.locator('#entities-table tbody tr').first().locator('th').textContent(),
    );
    await shot(page, 'room-table-row-1280');

    // Back on the graph, the reader's own folds return: legend folded, right column open.
    await page.getByRole('button', { name: 'Graph', exact: true }).click();
    await expect.poll(() => details.isVisible()).toBe(true);
    expect(await legend.isVisible()).toBe(false);
    const canvas = (await size(page, '#sigma-container')).width;
    expect(canvas).toBeGreaterThan(LAPTOP.width / 2 + 200);
    await expect.poll(() => canvasIs(page, canvas)).toBe(true);
    await context.close();
  });

  for (const entity of ['cloudmatrix-384', 'huawei']) {
    it(`"Who says what" about ${entity} fits its columns in the window`, async () => {
      const { page, problems, context } = await harness.open(
        `?select=${entity}&view=perspectives`,
        { viewport: LAPTOP },
      );
      const columns = page.locator('.perspective-column');
      await expect.poll(() => columns.count()).toBeGreaterThan(1);
      const fit = await page.evaluate(() => {
        const box = document.querySelector('.perspective-columns');
        if (!box) return null;
        const outer = box.getBoundingClientRect();
        return {
          overflow: box.scrollWidth - box.clientWidth,
          beyond: [...box.querySelectorAll('.perspective-column')].filter((column) => {
            const r = column.getBoundingClientRect();
            return r.left < outer.left - 1 || r.right > outer.right + 1 || r.width > outer.width;
          }).length,
          pageOverflow: document.documentElement.scrollWidth - innerWidth,
        };
      });
      expect(fit).toEqual({ overflow: 0, beyond: 0, pageOverflow: 0 });
      await shot(page, `room-perspectives-${entity}-1280`);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});

describe('the right column', () => {
  for (const [name, query] of [
    ['nothing selected', ''],
    ['a selection', '?select=huawei'],
  ] as const) {
    it(`an empty path finder leaves the details at least half of it (${name})`, async () => {
      const { page, context } = await harness.open(query, { viewport: LAPTOP });
      const column = await size(page, '.right-column');
      const details = await size(page, '#details-panel');
      expect(column.height).toBeGreaterThan(400);
      expect(details.height).toBeGreaterThanOrEqual(column.height / 2);
      // The finder's controls are all still in view.
      expect(
        await page
          .getByRole('complementary', { name: 'Path finder' })
          .getByRole('button', { name: 'Find paths' })
          .isVisible(),
      ).toBe(true);
      await shot(page, `room-right-column-${name.replace(' ', '-')}-1280`);
      await context.close();
    });
  }

  it('with results and a selection the path finder takes up to two thirds', async () => {
    const { page, context } = await harness.open('?from=japan&to=huawei&select=huawei', {
      viewport: LAPTOP,
    });
    const panel = page.getByRole('complementary', { name: 'Path finder' });
    await expect.poll(() => panel.locator('.path-choice').count()).toBeGreaterThan(0);
    const column = await size(page, '.right-column');
    const paths = await size(page, '#path-panel');
    // More than its inputs alone, at most two thirds.
    expect(paths.height).toBeGreaterThan(250);
    expect(paths.height).toBeLessThanOrEqual(column.height * 0.67);
    await context.close();
  });
});

describe('on a phone', () => {
  it('keeps its sheets whatever the laptop folded, and shows no fold button', async () => {
    const { page, context } = await harness.open('', {
      viewport: PHONE,
      init: `localStorage.setItem(${JSON.stringify(STORAGE_KEY)}, '{"left":true,"right":true}');`,
    });
    expect(await page.locator('.fold-toggle:visible').count()).toBe(0);
    await page.getByRole('button', { name: 'Panels' }).click();
    const legend = page.getByRole('complementary', { name: 'Legend and filters' });
    await expect.poll(() => legend.isVisible()).toBe(true);
    await page.locator('.sheet-tabs').getByRole('button', { name: 'Details' }).click();
    await expect
      .poll(() => page.getByRole('complementary', { name: 'Details' }).isVisible())
      .toBe(true);
    await shot(page, 'room-sheet-phone-390');
    // `[` does nothing to the phone's layout.
    await page.locator('#sigma-container').focus();
    await page.keyboard.press('[');
    expect(await page.getByRole('complementary', { name: 'Details' }).isVisible()).toBe(true);
    // The table stays within the phone's width too (it scrolls inside its own view).
    await page.locator('.sheet-tabs').getByRole('button', { name: 'Close the panel' }).click();
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await expect.poll(() => page.locator('.data-table td.long').count()).toBeGreaterThan(50);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBe(0);
    await shot(page, 'room-table-phone-390');
    await context.close();
  });
});
