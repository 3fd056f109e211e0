/**
 * The explorer in real headless Chromium: drawing, search, details, filters, time slider, URL
 * state, table view, PNG snapshot.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, OUT_DIR, shot, startHarness, type Harness } from './browser';
import { KIND_COLORS } from '../../src/graph/style';
import { SORTED_OPEN_LIMIT } from '../../src/ui/panels/data-table';
import { canvasPixels, countColor } from './pixels';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness.close();
});

describe('the explorer', () => {
  it('rejects an unknown entity in the URL with a notice, and still draws', async () => {
    const { page, problems, context } = await harness.open('?select=no-such-entity&hide=planet');
    await expect
      .poll(() => page.locator('.notice').allTextContents())
      .toEqual(
        expect.arrayContaining([
          expect.stringContaining('unknown entity "no-such-entity"'),
          expect.stringContaining('unknown entity kind "planet"'),
        ]),
      );
    await expect.poll(() => page.locator('#details-panel h2').textContent()).toBe('Details');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('draws the graph (the canvas is not blank) with no console errors and no outside request', async () => {
    const { page, problems, context } = await harness.open();
    const png = await canvasPixels(page);
    const white = countColor(png, '#ffffff', 2);
    const total = png.width * png.height;
    expect(total - white).toBeGreaterThan(total * 0.02);
    expect(countColor(png, KIND_COLORS.company)).toBeGreaterThan(20); // company blue: Huawei, Nvidia…
    expect(problems).toEqual([]);
    await context.close();
  });

  it('search finds HiSilicon by its Chinese name and the details panel names Huawei', async () => {
    const { page, problems, context } = await harness.open();
    await page.keyboard.press('/');
    await page.keyboard.type('海思');
    await expect
      .poll(() => page.locator('#search-options [role="option"]').first().textContent())
      .toContain('HiSilicon');
    await page.keyboard.press('Enter');
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => details.locator('h2').textContent()).toBe('HiSilicon');
    expect(await details.textContent()).toContain('HiSilicon is a subsidiary of Huawei');
    expect(page.url()).toContain('select=hisilicon');
    // Neighbour names are links that select them.
    await details.getByRole('button', { name: 'Huawei', exact: true }).first().click();
    await expect.poll(() => details.locator('h2').textContent()).toBe('Huawei');
    expect(await details.textContent()).toContain('Huawei owns HiSilicon');
    // Back returns to HiSilicon; Esc clears.
    await page.goBack();
    await expect.poll(() => details.locator('h2').textContent()).toBe('HiSilicon');
    await page.keyboard.press('Escape');
    await expect.poll(() => details.locator('h2').textContent()).toBe('Details');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a ?select= URL restores the selection', async () => {
    const { page, context } = await harness.open('?select=cloudmatrix-384');
    const details = page.getByRole('complementary', { name: 'Details' });
    expect(await details.locator('h2').textContent()).toBe('CloudMatrix 384');
    expect(await details.textContent()).toContain('CloudMatrix 384 is built on Ascend 910C');
    expect(await details.textContent()).toContain('chips: 384');
    await context.close();
  });

  it('a legend row hides its entity kind from the canvas, the counts and search', async () => {
    const { page, context } = await harness.open();
    const countryRed = KIND_COLORS.country;
    const before = countColor(await canvasPixels(page), countryRed);
    expect(before).toBeGreaterThan(20);
    const row = page.locator('[data-filter="hiddenKinds"][data-value="country"]');
    await row.click();
    await expect.poll(() => row.getAttribute('aria-pressed')).toBe('false');
    expect(await row.locator('.count').textContent()).toBe('0/7');
    // Only the ring of the one government agency (same family colour) is left in that red.
    expect(countColor(await canvasPixels(page), countryRed)).toBeLessThan(before / 4);
    expect(page.url()).toContain('hide=country');
    // Japan itself is no longer offered (a description that mentions Japan may still be).
    await page.fill('#search-input', 'Japan');
    await expect
      .poll(() =>
        page
          .locator('#search-options [role="option"]')
          .evaluateAll((options) => options.some((o) => o.textContent.trim().startsWith('Japan'))),
      )
      .toBe(false);
    await expect.poll(() => page.locator('#search-options').textContent()).not.toBe('');
    await context.close();
  });

  it('the time slider hides relations dated later', async () => {
    const { page, context } = await harness.open('?select=huawei');
    const details = page.getByRole('complementary', { name: 'Details' });
    expect(await details.textContent()).toContain('Huawei unveiled CloudMatrix 384');
    await page.locator('#as-of').fill('2020');
    await expect.poll(() => page.locator('#as-of-value').textContent()).toBe('2020 and earlier');
    expect(await details.textContent()).not.toContain('Huawei unveiled CloudMatrix 384');
    expect(await details.textContent()).toContain(
      'Huawei is targeted by U.S. blacklisting and export restrictions',
    );
    expect(await details.textContent()).toMatch(/\d+ more relations? hidden by the filters/);
    expect(page.url()).toContain('asOf=2020');
    await context.close();
  });

  it('the table view lists every entity and selects from a row', async () => {
    const { page, context } = await harness.open('?view=table');
    const entities = JSON.parse(readFileSync('graph-data/entities.json', 'utf8')) as {
      entities: { label: string }[];
    };
    const rows = page.locator('#entities-table tbody tr');
    expect(await rows.count()).toBe(entities.entities.length);
    const names = await page.locator('#entities-table tbody th').allTextContents();
    expect(names.sort()).toEqual(entities.entities.map((e) => e.label).sort());
    await page.locator('#entities-table thead button', { hasText: 'Relations' }).click();
    await page.locator('#entities-table thead button', { hasText: 'Relations' }).click();
    expect(await page.locator('#entities-table tbody th').first().textContent()).toBe('Huawei');
    await page.locator('#entities-table tbody tr').first().focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('complementary', { name: 'Details' }).locator('h2').textContent())
      .toBe('Huawei');
    await context.close();
  });

  it('a long table opens in the graph’s order, sorts on a header, draws only the rows in view, and scrolls, filters and walks the keyboard through all', async () => {
    // More entities and relations than a table sorts on opening: a chain, each node named by its
    // zero-padded number, the file listing them last first.
    const n = SORTED_OPEN_LIMIT + 500;
    const name = (i: number) => `Node ${String(i).padStart(5, '0')}`;
    const gexf = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
      '<graph defaultedgetype="directed"><nodes>',
      ...Array.from(
        { length: n },
        (_, i) =>
          `<node id="n${i}" label="${name(n - 1 - i)}"><viz:position x="${Math.cos(i) * i}" y="${Math.sin(i) * i}"/><viz:size value="2"/></node>`,
      ),
      '</nodes><edges>',
      ...Array.from(
        { length: n },
        (_, i) => `<edge id="e${i}" source="n${i}" target="n${(i + 1) % n}"/>`,
      ),
      '</edges></graph></gexf>',
    ].join('\n');
    const { page, context } = await harness.open('?file=long.gexf&view=table', {
      files: { 'long.gexf': gexf },
    });
    // Streamed through the import worker: give a busy machine time.
    await expect
      .poll(() => page.locator('body').getAttribute('data-graph'), { timeout: 30_000 })
      .toBe('imported');
    const title = page.locator('#entities-title');
    const unsorted = `Entities (${n} of ${n} shown, in the graph’s order: choose a column to sort)`;
    await expect.poll(() => title.textContent(), { timeout: 30_000 }).toBe(unsorted);
    // Only a window of rows is in the page, with spacers standing in for the rest.
    const drawn = page.locator('#entities-table tbody tr[data-key]');
    expect(await drawn.count()).toBeLessThan(120);
    expect(await page.locator('#entities-table').getAttribute('aria-rowcount')).toBe(`${n + 1}`);
    // In the file's order, no column marked as sorted; the first header sorts by name.
    expect(await drawn.first().locator('th').textContent()).toBe(name(n - 1));
    const header = page.locator('#entities-table thead th').first();
    expect(await header.getAttribute('aria-sort')).toBe('none');
    await header.locator('button').click();
    await expect.poll(() => title.textContent()).toBe(`Entities (${n} of ${n} shown)`);
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    expect(await drawn.first().locator('th').textContent()).toBe(name(0));
    // Scrolling to the bottom draws the last rows.
    await page.locator('#entities-table-wrap').evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect.poll(() => drawn.last().locator('th').textContent()).toBe(name(n - 1));
    expect(await drawn.count()).toBeLessThan(120);
    // The keyboard reaches every row: End from the first, then up one.
    await page.locator('#entities-table-wrap').evaluate((el) => (el.scrollTop = 0));
    await expect.poll(() => drawn.first().locator('th').textContent()).toBe(name(0));
    await drawn.first().focus();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowUp');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.querySelector('th')?.textContent))
      .toBe(name(n - 2));
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('complementary', { name: 'Details' }).locator('h2').textContent())
      .toBe(name(n - 2));
    await expect
      .poll(() => page.locator('#entities-table tr.selected th').textContent())
      .toBe(name(n - 2));
    // The filter searches all rows, not the drawn ones; a short result is drawn whole.
    await page.fill('#entities-filter', 'Node 00007');
    await expect.poll(() => title.textContent()).toBe(`Entities (1 of ${n} shown)`);
    expect(await drawn.allTextContents()).toHaveLength(1);
    await shot(page, 'long-table-1280');
    await page.fill('#entities-filter', '');
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => title.textContent()).toBe(`Entities (${n} of ${n} shown)`);
    await shot(page, 'long-table-phone');
    await context.close();
  });

  it('the sources view lists claims by paragraph; choosing one shows that claim', async () => {
    const { page, context } = await harness.open('?view=sources');
    await page.locator('[data-edge="hisilicon--subsidiary-of--huawei"]').click();
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => details.locator('h2').textContent()).toBe('Claim');
    expect(await details.textContent()).toContain(
      'HiSilicon is the semiconductor arm owned by Huawei.',
    );
    expect(page.url()).toContain('edge=hisilicon--subsidiary-of--huawei');
    expect(await page.locator('#graph-view').isVisible()).toBe(true);
    await context.close();
  });

  it('focus shows only the neighbourhood; zoom, fit and re-run layout change the picture', async () => {
    const { page, problems, context } = await harness.open('?select=hisilicon');
    await page.getByRole('button', { name: 'Focus 1 hop' }).click();
    const company = page.locator('[data-filter="hiddenKinds"][data-value="company"] .count');
    await expect.poll(() => company.textContent()).toBe('1/4'); // Huawei only
    expect(page.url()).toContain('focus=1');
    await page.getByRole('button', { name: 'Whole graph' }).click();
    await expect.poll(() => company.textContent()).toBe('4/4');

    const before = await page.locator('#sigma-container').screenshot();
    await page.click('#zoom-out');
    await page.waitForTimeout(400);
    const zoomed = await page.locator('#sigma-container').screenshot();
    expect(zoomed.equals(before)).toBe(false);
    await page.click('#zoom-fit');
    await page.waitForTimeout(500);

    const layout = page.locator('#layout-toggle');
    await layout.click();
    await expect.poll(() => layout.textContent()).toBe('Stop layout');
    expect(await layout.getAttribute('aria-pressed')).toBe('true');
    const settled = await page.locator('#sigma-container').screenshot();
    await page.waitForTimeout(800);
    expect((await page.locator('#sigma-container').screenshot()).equals(settled)).toBe(false);
    await layout.click();
    await expect.poll(() => layout.textContent()).toBe('Re-run layout');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('ships a Content-Security-Policy: scripts from the site only, no inline script, no eval', async () => {
    const html = readFileSync(
      resolve(import.meta.dirname, '..', '..', OUT_DIR, 'index.html'),
      'utf8',
    );
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    const directive = (name: string) =>
      csp
        .split(';')
        .map((d) => d.trim())
        .find((d) => d.startsWith(`${name} `)) ?? '';
    expect(directive('script-src')).toBe("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/); // no inline script
    const { page, problems, context } = await harness.open();
    // The browser enforces it: an injected inline script is refused and does not run.
    const violated = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (event) =>
            resolve(event.violatedDirective),
          );
          const script = document.createElement('script');
          script.textContent = 'document.body.dataset.pwned = "yes"';
          document.body.append(script);
          setTimeout(() => resolve('none'), 2000);
        }),
    );
    expect(violated).toMatch(/^script-src/);
    expect(await page.locator('body').getAttribute('data-pwned')).toBeNull();
    expect(problems.filter((p) => !p.includes('Content Security Policy'))).toEqual([]);
    await context.close();
  });

  it('downloads the view as a briefing PNG: twice the resolution, title, legend, caption', async () => {
    const { page, context } = await harness.open();
    const canvas = await page.locator('#sigma-container').boundingBox();
    await page.click('#export-details summary');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('#download-png'),
    ]);
    expect(download.suggestedFilename()).toMatch(/^chipgraph-\d{4}-\d{2}-\d{2}\.png$/);
    const path = await download.path();
    const png = PNG.sync.read(readFileSync(path));
    // The graph at 2× plus a legend column; a title above and a caption below.
    expect(png.width).toBeGreaterThan(2 * (canvas?.width ?? 0));
    expect(png.height).toBeGreaterThan(2 * (canvas?.height ?? 0));
    expect(countColor(png, KIND_COLORS.company)).toBeGreaterThan(80);
    const band = (top: number, bottom: number) => {
      let ink = 0;
      for (let y = top; y < bottom; y++)
        for (let x = 0; x < png.width; x++)
          if ((png.data[(y * png.width + x) * 4] ?? 255) < 120) ink++;
      return ink;
    };
    expect(band(0, 100)).toBeGreaterThan(200); // the title
    expect(band(png.height - 60, png.height)).toBeGreaterThan(200); // the caption
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, 'readers-briefing.png'), PNG.sync.write(png));
    await context.close();
  });

  it('on a phone, shows one panel at a time as a sheet under the graph', async () => {
    const { page, context } = await harness.open('', { viewport: { width: 390, height: 844 } });
    const details = page.getByRole('complementary', { name: 'Details' });
    const legend = page.getByRole('complementary', { name: 'Legend and filters' });
    expect(await details.isVisible()).toBe(false);
    expect(await legend.isVisible()).toBe(false);
    await page.click('#toggle-panels');
    expect(await legend.isVisible()).toBe(true);
    expect(await details.isVisible()).toBe(false);
    await page
      .getByRole('navigation', { name: 'Panels' })
      .getByRole('button', { name: 'Details' })
      .click();
    expect(await details.isVisible()).toBe(true);
    expect(await legend.isVisible()).toBe(false);
    await context.close();
  });
  it('a card names its source once: the article’s title appears once in Huawei’s details', async () => {
    const { page, context } = await harness.open('?select=huawei');
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => details.locator('h2').textContent()).toBe('Huawei');
    const text = (await details.textContent()) ?? '';
    expect(text.split('Chinese AI Targets the Heart of Silicon Valley').length - 1).toBe(1);
    // Each claim still cites its outlet, date and paragraph.
    expect(await details.locator('.relation cite').first().textContent()).toMatch(
      /^BORNA 2025-07-28 ¶\d+/,
    );
    await context.close();
  });
});
