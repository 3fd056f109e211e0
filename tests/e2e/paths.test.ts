/** The path finder in the browser: URL queries, the form, choosing and highlighting a result. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VIEW_COLORS } from '../../src/ui/reducers';
import { startHarness, type Harness } from './browser';
import { canvasPixels, countColor } from './pixels';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness.close();
});

const orangePixels = async (page: Page) =>
  countColor(await canvasPixels(page, 700), VIEW_COLORS.path, 8);

describe('the path finder', () => {
  it('reports an unknown entity in a path link and in the form, keeping the page usable', async () => {
    const { page, problems, context } = await harness.open('?from=huawei&to=atlantis');
    await expect
      .poll(() => page.locator('.notice').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining('unknown entity "atlantis"')]));
    const panel = page.getByRole('complementary', { name: 'Path finder' });
    await panel.getByLabel('From', { exact: true }).fill('Huawei');
    await panel.getByLabel('To', { exact: true }).fill('Nvidai');
    await panel.getByRole('button', { name: 'Find paths' }).click();
    await expect
      .poll(() => panel.locator('.path-message').textContent())
      .toBe('Unknown entity "Nvidai". Did you mean "Nvidia"?');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a ?from=huawei&to=nvidia link shows explained paths naming both, highlighted on the canvas', async () => {
    const { page, problems, context } = await harness.open('?from=huawei&to=nvidia');
    const panel = page.getByRole('complementary', { name: 'Path finder' });
    const first = panel.locator('.path-choice').first();
    await expect.poll(() => first.textContent()).toBe('Huawei → Nvidia');
    expect(await first.getAttribute('aria-pressed')).toBe('true');
    expect(await panel.locator('.path-list > li').count()).toBe(3);
    expect(await panel.locator('.hop').first().textContent()).toContain(
      'Huawei competes with Nvidia',
    );
    expect(await orangePixels(page)).toBeGreaterThan(30);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('choosing a result highlights it and records it in the URL', async () => {
    const { page, context } = await harness.open('?from=japan&to=huawei');
    const panel = page.getByRole('complementary', { name: 'Path finder' });
    const choices = panel.locator('.path-choice');
    await expect.poll(() => choices.count()).toBe(3);
    await choices.nth(2).click();
    await expect.poll(() => choices.nth(2).getAttribute('aria-pressed')).toBe('true');
    expect(await choices.nth(0).getAttribute('aria-pressed')).toBe('false');
    expect(page.url()).toContain('path=3');
    expect(await orangePixels(page)).toBeGreaterThan(30);
    // Hovering a hop shows its claim.
    // Hops are on demand: open them, then hovering a hop shows its claim.
    await panel.locator('.path-list > li').nth(2).locator('.path-hops summary').click();
    const hop = panel.locator('.path-list > li').nth(2).locator('.hop').first();
    await hop.hover();
    expect(await hop.locator('.hop-claim').isVisible()).toBe(true);
    // Clear removes the highlight.
    await panel.getByRole('button', { name: 'Clear' }).click();
    expect(await orangePixels(page)).toBe(0);
    expect(page.url()).not.toContain('from=');
    await context.close();
  });

  it('the form finds paths with options, and "Find paths to…" starts from the selection', async () => {
    const { page, context } = await harness.open('?select=hisilicon');
    await page
      .getByRole('complementary', { name: 'Details' })
      .getByRole('button', { name: 'Find paths to…' })
      .click();
    const panel = page.getByRole('complementary', { name: 'Path finder' });
    expect(await panel.getByLabel('From', { exact: true }).inputValue()).toBe('HiSilicon');
    await page.keyboard.type('Commerce');
    await expect
      .poll(() => panel.locator('#path-to-options [role="option"]').first().textContent())
      .toContain('U.S. Department of Commerce');
    await page.keyboard.press('Enter');
    expect(await panel.getByLabel('To', { exact: true }).inputValue()).toBe(
      'U.S. Department of Commerce',
    );
    await panel.locator('.path-options summary').click();
    await panel.getByLabel('Paths', { exact: true }).fill('1');
    await panel.getByRole('button', { name: 'Find paths' }).click();
    await expect.poll(() => panel.locator('.path-list > li').count()).toBe(1);
    // Through the measure the department imposed, every hop a fact.
    expect(await panel.locator('.path-list').textContent()).toContain(
      'U.S. Department of Commerce imposes U.S. blacklisting and export restrictions',
    );
    expect(page.url()).toMatch(/from=hisilicon&to=us-commerce-department&k=1/);
    await panel.getByRole('button', { name: 'Swap from and to' }).click();
    await expect.poll(() => page.url()).toMatch(/from=us-commerce-department&to=hisilicon/);
    await context.close();
  });

  it('Clear empties From and To as well as the results', async () => {
    const { page, context } = await harness.open('?from=huawei&to=nvidia');
    const panel = page.getByRole('complementary', { name: 'Path finder' });
    await expect.poll(() => panel.locator('.path-choice').count()).toBe(3);
    await panel.getByRole('button', { name: 'Clear' }).click();
    expect(await panel.locator('.path-choice').count()).toBe(0);
    expect(await panel.getByLabel('From', { exact: true }).inputValue()).toBe('');
    expect(await panel.getByLabel('To', { exact: true }).inputValue()).toBe('');
    await context.close();
  });

  it('From = To says they are the same entity and lists no path, from a link or the form', async () => {
    const { page, problems, context } = await harness.open('?from=huawei&to=huawei');
    const panel = page.getByRole('complementary', { name: 'Path finder' });
    await expect
      .poll(() => panel.locator('.path-error').textContent())
      .toMatch(/^From and to are the same entity \(Huawei\)/);
    expect(await panel.locator('.path-list').count()).toBe(0);
    await panel.getByLabel('To', { exact: true }).fill('华为');
    await panel.getByRole('button', { name: 'Find paths' }).click();
    await expect
      .poll(() => panel.locator('.path-message').textContent())
      .toMatch(/^From and to are the same entity \(Huawei\)/);
    expect(await panel.locator('.path-list').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('suggests "Include provenance" only when it would find a path', async () => {
    const { page, context } = await harness.open('?from=japan&to=gemini&maxHops=2');
    const panel = page.getByRole('complementary', { name: 'Path finder' });
    await expect
      .poll(() => panel.locator('.path-results').textContent())
      .toMatch(/^No path from Japan to Gemini within 2 hops/);
    expect(await panel.locator('.path-results').textContent()).not.toContain('provenance');
    await context.close();
  });
});
