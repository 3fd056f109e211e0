/**
 * The explorer as a reader meets it, at 1280×800 and on a 390×844 phone: labels never cut at the
 * canvas edge, every answer in view, keyboard paths, sheets on the phone, notices that cover
 * nothing, imported graphs coloured by their attributes, and axe-core's WCAG 2.1 AA and
 * best-practice rules on every view. Each state is saved as a screenshot (git-ignored) for a person
 * to look at.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAMILY_COLORS } from '../../src/graph/style';
import { FIXTURES } from '../helpers/data';
import { axeViolations, shot, startHarness, type Harness } from './browser';
import { canvasPixels, countColor } from './pixels';

const VIEWPORTS = {
  laptop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness.close();
});

/** Non-background pixels in the outermost `band` columns and rows of the canvas. */
async function edgeInk(page: Page, band = 2): Promise<number> {
  const png = await canvasPixels(page, 600);
  let ink = 0;
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const edge = x < band || y < band || x >= png.width - band || y >= png.height - band;
      if (!edge) continue;
      const i = (y * png.width + x) * 4;
      if ([0, 1, 2].some((c) => (png.data[i + c] ?? 255) < 235)) ink++;
    }
  }
  return ink;
}

describe('legible at a glance', () => {
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    it(`no label is cut at the canvas edge on first view (${name})`, async () => {
      const { page, problems, context } = await harness.open('', { viewport });
      expect(await edgeInk(page)).toBe(0);
      // …and the graph is there, its subject labelled.
      expect(countColor(await canvasPixels(page), FAMILY_COLORS.blue)).toBeGreaterThan(20);
      await shot(page, `readers-first-view-${name}`);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});

describe('every answer in view', () => {
  it('shows three path headlines at once at 1280×800, with a selection too', async () => {
    const { page, context } = await harness.open('?from=japan&to=huawei&select=huawei');
    const panel = page.getByRole('complementary', { name: 'Path finder' });
    await expect.poll(() => panel.locator('.path-choice').count()).toBe(3);
    const box = await panel.boundingBox();
    if (!box) throw new Error('no path finder');
    for (const choice of await panel.locator('.path-choice').all()) {
      const b = await choice.boundingBox();
      expect(b).not.toBeNull();
      expect(b!.y).toBeGreaterThanOrEqual(box.y);
      expect(b!.y + 16).toBeLessThanOrEqual(box.y + box.height);
    }
    // The finder's inputs stay in view with the selection.
    expect(await panel.getByLabel('From', { exact: true }).isVisible()).toBe(true);
    expect(
      await page.getByRole('complementary', { name: 'Details' }).locator('h2').textContent(),
    ).toBe('Huawei');
    await shot(page, 'readers-paths-and-details-1280');
    await context.close();
  });

  it('names the source once per details group, with paragraph numbers per claim', async () => {
    const { page, context } = await harness.open('?select=huawei');
    const title = 'Chinese AI Targets the Heart of Silicon Valley';
    const groups = await page.locator('#details-panel .relation-group').allTextContents();
    expect(groups.length).toBeGreaterThan(5);
    for (const text of groups) expect(text.split(title).length - 1).toBeLessThanOrEqual(1);
    expect(groups.join(' ')).toMatch(/¶\d/);
    expect(await page.locator('#details-panel').textContent()).toContain('Show on graph');
    await context.close();
  });

  it('gives sentences room in the tables, certainty as a word, a filter and CSV', async () => {
    const { page, context } = await harness.open('?view=table');
    for (const th of await page.locator('.data-table th.long').all()) {
      const b = await th.boundingBox();
      expect(b?.width ?? 0).toBeGreaterThanOrEqual(160);
    }
    const certainties = await page
      .locator('#relations-table tbody td:nth-child(4)')
      .allTextContents();
    expect(certainties.length).toBeGreaterThan(50);
    for (const c of certainties) expect(c).toMatch(/^(fact|reported|claim|opinion|speculation)$/);
    await page.fill('#relations-filter', 'Patel');
    await expect.poll(() => page.locator('#relations-table tbody tr').count()).toBeLessThan(12);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .locator('#relations-table-wrap')
        .locator('..')
        .getByRole('button', { name: 'Export CSV' })
        .click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.split('\r\n')[0]).toBe(
      'Source,Relation,Target,Certainty,Asserted by,Date,Claim,Citation',
    );
    expect(csv).toContain('Dylan Patel');
    await shot(page, 'readers-table-1280');
    await context.close();
  });

  it('the timeline hides what did not yet exist, and undated relations on request', async () => {
    const { page, context } = await harness.open('?select=huawei&asOf=2020');
    const details = page.getByRole('complementary', { name: 'Details' });
    expect(await details.textContent()).not.toContain('Huawei develops CloudMatrix 384');
    expect(await details.textContent()).not.toContain('Huawei unveiled CloudMatrix 384');
    expect(await details.textContent()).toContain('Huawei competes with Nvidia');
    await page.locator('#hide-undated').check();
    await expect.poll(() => details.textContent()).not.toContain('Huawei competes with Nvidia');
    expect(page.url()).toContain('undated=hide');
    expect(await page.locator('#as-of-ticks option').count()).toBeGreaterThan(3);
    await context.close();
  });

  it('plays through the years and stops where the reader stops it', async () => {
    const { page, context } = await harness.open();
    const play = page.locator('.timeline .play');
    await play.click();
    await expect.poll(() => play.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.url()).toMatch(/asOf=\d{4}/);
    await play.click();
    // Stopping changes no view state, yet the button must say it stopped.
    await expect.poll(() => play.getAttribute('aria-label')).toBe('Play the years');
    const stoppedAt = new URL(page.url()).searchParams.get('asOf');
    await page.waitForTimeout(1500);
    expect(new URL(page.url()).searchParams.get('asOf')).toBe(stoppedAt);
    await context.close();
  });
});

describe('keyboard', () => {
  it('reaches the path finder within 15 Tab presses', async () => {
    const { page, context } = await harness.open();
    let presses = 0;
    while (presses < 40) {
      await page.keyboard.press('Tab');
      presses++;
      const inFinder = await page.evaluate(
        () => document.getElementById('path-panel')?.contains(document.activeElement) ?? false,
      );
      if (inFinder) break;
    }
    expect(presses).toBeLessThanOrEqual(15);
    await context.close();
  });

  it('typing both names and pressing Enter runs the search', async () => {
    const { page, context } = await harness.open();
    const panel = page.getByRole('complementary', { name: 'Path finder' });
    await panel.getByLabel('From', { exact: true }).fill('Japan');
    await page.keyboard.press('Enter');
    await panel.getByLabel('To', { exact: true }).fill('Huawei');
    await page.keyboard.press('Enter');
    await expect.poll(() => panel.locator('.path-choice').count()).toBe(3);
    expect(page.url()).toContain('from=japan&to=huawei');
    await context.close();
  });

  it('moves between connected entities on the canvas with the arrow keys; Enter selects', async () => {
    const { page, context } = await harness.open();
    await page.locator('#sigma-container').focus();
    await expect.poll(() => page.locator('#canvas-status').textContent()).toMatch(/Enter selects/);
    const first = await page.locator('#canvas-status').textContent();
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
      await page.keyboard.press(key);
      if ((await page.locator('#canvas-status').textContent()) !== first) break;
    }
    const now = (await page.locator('#canvas-status').textContent()) ?? '';
    expect(now).not.toBe(first);
    await page.keyboard.press('Enter');
    const name = now.split(',')[0] ?? '';
    await expect
      .poll(() => page.getByRole('complementary', { name: 'Details' }).locator('h2').textContent())
      .toBe(name);
    await context.close();
  });
});

describe('on a phone', () => {
  it('a selection opens a sheet with its heading in view, the graph above it', async () => {
    const { page, context } = await harness.open('?select=huawei', { viewport: VIEWPORTS.phone });
    const heading = page.getByRole('complementary', { name: 'Details' }).locator('h2');
    await expect.poll(() => heading.isVisible()).toBe(true);
    const h2 = await heading.boundingBox();
    expect(h2!.y + h2!.height).toBeLessThanOrEqual(VIEWPORTS.phone.height);
    const canvas = await page.locator('#sigma-container').boundingBox();
    expect(canvas!.height).toBeGreaterThanOrEqual(VIEWPORTS.phone.height / 3);
    expect(countColor(await canvasPixels(page, 800), FAMILY_COLORS.blue)).toBeGreaterThan(20);
    await shot(page, 'readers-selection-phone');
    await context.close();
  });
});

describe('notices', () => {
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    it(`never cover a control (${name})`, async () => {
      const { page, context } = await harness.open('?select=atlantis&from=huawei&to=ghost', {
        viewport,
      });
      await expect.poll(() => page.locator('.notice').count()).toBeGreaterThan(0);
      const covered = await page.evaluate(() => {
        const notices = document.getElementById('notices');
        const found: string[] = [];
        for (const control of document.querySelectorAll<HTMLElement>(
          'button, input, select, summary, a[href]',
        )) {
          const r = control.getBoundingClientRect();
          // Only controls a person can see (not those of a closed menu, nor visually hidden ones).
          if (!control.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true }))
            continue;
          if (r.width < 2 || r.height < 2 || r.bottom < 0 || r.top > innerHeight) continue;
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          if (hit && notices?.contains(hit) && !notices.contains(control))
            found.push(control.id || control.textContent || control.tagName);
        }
        return found;
      });
      expect(covered).toEqual([]);
      await shot(page, `readers-notice-${name}`);
      await context.close();
    });
  }

  it('show at most two at once, one per text; an error closes with its ×', async () => {
    const { page, context } = await harness.open('?select=atlantis&hide=planet&asOf=abc&focus=9');
    const notices = page.locator('.notice');
    await expect.poll(() => notices.count()).toBeGreaterThanOrEqual(4);
    const count = await notices.count();
    expect(await page.locator('.notice:visible').count()).toBe(2);
    // The newest two show (the last in the list); the older ones wait.
    expect(await notices.nth(count - 1).isVisible()).toBe(true);
    expect(await notices.nth(count - 2).isVisible()).toBe(true);
    expect(await notices.nth(0).isVisible()).toBe(false);
    // A PNG renamed .gexf, opened twice: named for what it is, in one error notice.
    const png = {
      name: 'photo.gexf',
      mimeType: 'application/xml',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    };
    await page.setInputFiles('#file-input', png);
    const error = page.locator('.notice-error', { hasText: 'this is a PNG image' });
    await expect.poll(() => error.count()).toBe(1);
    expect(await error.isVisible()).toBe(true);
    // Mark the first notice: the second refusal must replace it, not stack under it.
    await error.evaluate((element) => element.setAttribute('data-first', ''));
    await page.setInputFiles('#file-input', []);
    await page.setInputFiles('#file-input', png);
    await expect.poll(() => error.and(page.locator(':not([data-first])')).count()).toBe(1);
    expect(await error.count()).toBe(1);
    await error.getByRole('button', { name: 'Dismiss notice' }).click();
    expect(await error.count()).toBe(0);
    await context.close();
  });
});

describe('imported graphs', () => {
  it('colour by a categorical attribute and size by a numeric one, with a legend', async () => {
    const file = 'fixtures/gephi-0.10-modularity-1.3.gexf';
    const { page, problems, context } = await harness.open(`?file=${file}`, {
      files: {
        [file]: readFileSync(join(FIXTURES, 'gexf', 'gephi-0.10-modularity-1.3.gexf'), 'utf8'),
      },
    });
    await expect.poll(() => page.locator('body').getAttribute('data-graph')).toBe('imported');
    await page.selectOption('#color-by', 'modularity_class');
    await expect.poll(() => page.locator('.color-legend li').count()).toBe(3);
    const png = await canvasPixels(page, 600);
    for (const color of [FAMILY_COLORS.blue, FAMILY_COLORS.red, FAMILY_COLORS.wine])
      expect(countColor(png, color, 8), color).toBeGreaterThan(20);
    await page.selectOption('#size-by', 'degree');
    expect(page.url()).toMatch(/colorBy=modularity_class.*sizeBy=degree/);
    await shot(page, 'readers-imported-colour-by-1280');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('an undirected file reads "Linked to (n)", with no certainty it does not record', async () => {
    const file = 'fixtures/plain-undirected-1.3.gexf';
    const { page, problems, context } = await harness.open(`?file=${file}&select=b`, {
      files: {
        [file]: readFileSync(join(FIXTURES, 'gexf', 'plain-undirected-1.3.gexf'), 'utf8'),
      },
    });
    await expect.poll(() => page.locator('body').getAttribute('data-graph')).toBe('imported');
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => details.locator('h3').allTextContents()).toEqual(['Linked to (3)']);
    expect(await details.textContent()).toContain('Beta is linked to Alpha.');
    expect(await details.textContent()).not.toMatch(/ from |unrated/);
    expect(await details.locator('.badge').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a table of a graph without certainty has no certainty column', async () => {
    const file = 'fixtures/plain-undirected-1.3.gexf';
    const { page, context } = await harness.open(`?file=${file}&view=table`, {
      files: {
        [file]: readFileSync(join(FIXTURES, 'gexf', 'plain-undirected-1.3.gexf'), 'utf8'),
      },
    });
    await expect.poll(() => page.locator('body').getAttribute('data-graph')).toBe('imported');
    const headers = page.locator('#relations-table th');
    await expect
      .poll(() => headers.allTextContents())
      .toContainEqual(expect.stringContaining('Source'));
    expect((await headers.allTextContents()).join(' ')).not.toMatch(/Certainty/);
    expect(await page.locator('#relations-table .badge').count()).toBe(0);
    await context.close();
  });
});

describe('accessibility (axe-core, WCAG 2.1 AA and best practice)', () => {
  for (const [view, query] of [
    ['graph', ''],
    ['selection', '?select=huawei'],
    ['path', '?from=japan&to=huawei'],
    ['table', '?view=table'],
    ['sources', '?view=sources'],
  ] as const) {
    it(`reports no violation on the ${view} view`, async () => {
      // axe-core is injected as a script: the page's CSP would (rightly) refuse it.
      const { page, context } = await harness.open(query, { bypassCSP: true });
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, `readers-${view}-1280`);
      await context.close();
    });
  }
});
