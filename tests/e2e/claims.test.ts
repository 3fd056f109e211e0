/**
 * Who says what, in the browser: statement paths, provenance on request, a speaker's claims,
 * the "According to" perspective and the "Who says what" view. Saves screenshots (git-ignored)
 * at 1280×800 and on a phone for a person to look at.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATEMENT_COLOR } from '../../src/graph/style';
import { shot, startHarness, type Harness } from './browser';
import { SHIPPED_DATA } from '../helpers/data';
import { canvasPixels, countColor } from './pixels';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness.close();
});

describe('claims and perspectives in the explorer', () => {
  it('answers SemiAnalysis → CloudMatrix 384 through its analyst’s statement, and says why', async () => {
    const { page, problems, context } = await harness.open('?from=semianalysis&to=cloudmatrix-384');
    const panel = page.getByRole('complementary', { name: 'Path finder' });
    const first = panel.locator('.path-choice').first();
    await expect
      .poll(() => first.textContent())
      .toBe('SemiAnalysis → Dylan Patel → Huawei → CloudMatrix 384');
    expect(await panel.locator('.path-why').first().textContent()).toMatch(/^Best: 3 hops/);
    expect(await panel.locator('.hop').nth(1).textContent()).toContain('Dylan Patel states that');
    // k results are different entity sequences.
    const headlines = await panel.locator('.path-choice').allTextContents();
    expect(new Set(headlines).size).toBe(headlines.length);
    await shot(page, 'claims-path-1280');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('follows provenance only when asked: Global Times → CloudMatrix 384', async () => {
    const { page, context } = await harness.open('?from=global-times&to=cloudmatrix-384');
    const panel = page.getByRole('complementary', { name: 'Path finder' });
    await expect
      .poll(() => panel.locator('.path-results').textContent())
      .toMatch(/No path .*Include provenance/);
    await panel.locator('.path-options summary').click();
    await panel.getByLabel('Include provenance').check();
    await panel.getByRole('button', { name: 'Find paths' }).click();
    await expect
      .poll(() => panel.locator('.path-choice').first().textContent())
      .toBe('Global Times → Unnamed Chinese analyst (Global Times) → CloudMatrix 384');
    expect(page.url()).toContain('prov=1');
    await context.close();
  });

  it('lists a speaker’s claims and an outlet’s quoted claims in the details panel', async () => {
    const { page, context } = await harness.open('?select=dylan-patel');
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect
      .poll(() => details.locator('.claims-made h3').textContent())
      .toMatch(/^Claims made \(\d+\)$/);
    expect(await details.locator('.claims-made').textContent()).toContain('Huawei competes with');
    await page.goto(new URL('?select=global-times', harness.baseUrl).href);
    await expect
      .poll(() => details.locator('.quoted-claims h3').textContent())
      .toMatch(/^Quoted claims \(\d+\), by Unnamed Chinese analyst/);
    await shot(page, 'claims-details-global-times-1280');
    // Nvidia's card lists Patel's claim once, as the relation it is (with who asserts it), not
    // again as his statement.
    await page.goto(new URL('?select=nvidia', harness.baseUrl).href);
    await expect
      .poll(() => details.textContent())
      .toMatch(/Nvidia competes with Huawei\..*asserted by Dylan Patel/);
    expect(await details.textContent()).not.toContain(
      'By Dylan Patel: Huawei competes with Nvidia',
    );
    // With the relations layer hidden, the statement is what is left to show.
    await page.goto(new URL('?select=nvidia&hideLayer=substantive', harness.baseUrl).href);
    await expect
      .poll(() => details.textContent())
      .toMatch(/Named in claims by others \(\d+\).*By Dylan Patel: Huawei competes with Nvidia/);
    await context.close();
    const phone = await harness.open('?select=dylan-patel', {
      viewport: { width: 390, height: 844 },
    });
    // The selection opens its details as a sheet by itself.
    await expect.poll(() => phone.page.locator('.claims-made').isVisible()).toBe(true);
    await phone.page.locator('.claims-made').scrollIntoViewIfNeeded();
    await shot(phone.page, 'claims-details-patel-phone');
    await phone.context.close();
  });

  it('shows where a second source confirms or contests a claim', async () => {
    const { page, context } = await harness.open('?edge=huawei--unveils--cloudmatrix-384');
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect
      .poll(() =>
        details.locator('.corroboration.supports').filter({ hasText: 'IEEE ComSoc' }).textContent(),
      )
      .toMatch(/^Supported by IEEE ComSoc Technology Blog 2025-07-27 ¶2: .*April/);
    await page.goto(
      new URL('?edge=cloudmatrix-384--outperforms--gb200-nvl72', harness.baseUrl).href,
    );
    await expect
      .poll(() =>
        details
          .locator('.corroboration.partly-supports')
          .filter({ hasText: 'IEEE ComSoc' })
          .textContent(),
      )
      .toMatch(
        /^Partly supported by IEEE ComSoc Technology Blog 2025-07-27 ¶4: .*energy efficiency/,
      );
    await context.close();
  });

  it('the Sources view compares sources: what each is cited for, supports and contests, by paragraph', async () => {
    // The counts come from the data: a source that contests a relation, and what it says.
    const relations = (
      JSON.parse(readFileSync(join(SHIPPED_DATA, 'relations.json'), 'utf8')) as {
        relations: {
          id: string;
          citations: { source: string }[];
          corroboration?: { source: string; stance: string; paragraph: number }[];
        }[];
      }
    ).relations;
    const contest = relations
      .flatMap((r) => (r.corroboration ?? []).map((c) => ({ ...c, edge: r.id })))
      .find((c) => c.stance === 'contests');
    expect(contest).toBeDefined();
    const source = contest?.source ?? '';
    const cited = relations.filter((r) => r.citations.some((c) => c.source === source)).length;
    const supported = relations.filter((r) =>
      (r.corroboration ?? []).some((c) => c.source === source && c.stance !== 'contests'),
    ).length;
    const { page, problems, context } = await harness.open('?view=sources');
    const article = page.locator('article.source').filter({
      has: page.locator(`li.corroboration.contests [data-edge="${contest?.edge ?? ''}"]`),
    });
    await expect
      .poll(() => article.locator('.source-tally').textContent())
      .toContain(`cited for ${cited} relation`);
    expect(await article.locator('.source-tally').textContent()).toContain(
      `supports ${supported} relation`,
    );
    expect(await article.locator('.source-tally').textContent()).toMatch(/contests \d+ relation/);
    const item = article.locator(
      `li[value="${contest?.paragraph ?? 0}"] li.corroboration.contests`,
    );
    expect(await item.locator('.role').first().textContent()).toBe('Contests: ');
    await article.locator('.source-tally').scrollIntoViewIfNeeded();
    await shot(page, 'claims-sources-compared-1280');
    await item
      .locator(`[data-edge="${contest?.edge ?? ''}"]`)
      .first()
      .click();
    await expect.poll(() => page.url()).toContain(`edge=${contest?.edge ?? ''}`);
    await shot(page, 'claims-contested-relation-1280');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('draws statement links in their own colour and toggles them as a layer', async () => {
    // Patel's links are his statements: emphasised with him selected, they stay purple.
    const { page, context } = await harness.open('?select=dylan-patel');
    const before = countColor(await canvasPixels(page, 700), STATEMENT_COLOR, 12);
    expect(before).toBeGreaterThan(20);
    const legend = page.getByRole('complementary', { name: 'Legend and filters' });
    await legend.locator('[data-filter="hiddenLayers"][data-value="statement"]').click();
    await expect
      .poll(async () => countColor(await canvasPixels(page, 400), STATEMENT_COLOR, 12))
      .toBeLessThan(before / 10);
    expect(page.url()).toContain('hideLayer=statement');
    await context.close();
  });

  it('"According to" keeps one asserter’s claims on the canvas, in the table and in paths', async () => {
    const { page, context } = await harness.open('?view=table');
    // The table takes the whole window; the legend comes back beside it on request.
    await page.getByRole('button', { name: 'Show the legend' }).click();
    const legend = page.getByRole('complementary', { name: 'Legend and filters' });
    await legend.locator('[data-filter="by"][data-value="dylan-patel"]').click();
    await expect.poll(() => page.url()).toContain('by=dylan-patel');
    const asserted = await page
      .locator('#relations-table tbody tr td:nth-child(5)')
      .allTextContents();
    expect(asserted.length).toBeGreaterThan(2);
    for (const cell of asserted) expect(cell).toContain('Dylan Patel');
    await page.goto(new URL('?by=dylan-patel&from=huawei&to=nvidia', harness.baseUrl).href);
    const panel = page.getByRole('complementary', { name: 'Path finder' });
    await expect
      .poll(() => panel.locator('.perspective-note').textContent())
      .toBe('According to Dylan Patel only (the legend’s “According to”).');
    const asserters = await panel.locator('.hop > span.muted').allTextContents();
    expect(asserters.length).toBeGreaterThan(0);
    for (const text of asserters) expect(text.trim()).toMatch(/^asserted by Dylan Patel · /);
    await context.close();
  });

  it('shows who says what about an entity side by side, at 1280×800 and on a phone', async () => {
    for (const [name, viewport] of [
      ['1280', { width: 1280, height: 800 }],
      ['phone', { width: 390, height: 844 }],
    ] as const) {
      const { page, problems, context } = await harness.open(
        '?select=cloudmatrix-384&view=perspectives',
        { viewport },
      );
      const view = page.getByRole('region', { name: 'Who says what' });
      await expect
        .poll(() => view.locator('.perspective-column h3').allTextContents())
        .toEqual(
          expect.arrayContaining([
            expect.stringMatching(/^According to BORNA \(\d+\)$/),
            expect.stringMatching(
              /^According to Unnamed Chinese analyst \(Global Times\) \(\d+\)$/,
            ),
          ]),
        );
      await shot(page, `claims-perspectives-${name}`);
      expect(problems).toEqual([]);
      await context.close();
    }
  });
});
