/** Without WebGL the page says so and opens the table view, which still works. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startHarness, type Harness } from './browser';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness(['--disable-webgl', '--disable-3d-apis']);
});
afterAll(async () => {
  await harness.close();
});

it('falls back to the table view with a notice when WebGL is unavailable', async () => {
  const { page, problems, context } = await harness.open('?select=nvidia');
  expect(await page.locator('.notice').first().textContent()).toContain('no WebGL');
  expect(await page.locator('#table-view').isVisible()).toBe(true);
  expect(await page.locator('#graph-view').isVisible()).toBe(false);
  expect(
    await page.getByRole('complementary', { name: 'Details' }).locator('h2').textContent(),
  ).toBe('Nvidia');
  await page.locator('#entities-table tbody tr[data-key="huawei"]').click();
  await expect
    .poll(() => page.getByRole('complementary', { name: 'Details' }).locator('h2').textContent())
    .toBe('Huawei');
  expect(problems).toEqual([]);
  await context.close();
});
