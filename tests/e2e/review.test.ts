/**
 * A report added through the page, as a curator does it: the development server (`npm start`)
 * over a copy of graph-data/, the report's text picked in the Review view, its proposals
 * reviewed (a known entity matched, a new one described, a relation chosen and claimed in the
 * reviewer's words, a copied claim refused), saved, and the grown graph drawn after the reload.
 * Then edit mode from a card. The built site offers the reviewed draft as a download instead.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeDraft } from '../../src/ingest/merge';
import { FIXTURES, SHIPPED_DATA, readDataDir } from '../helpers/data';
import { axeViolations, shot, startHarness, type Harness } from './browser';

const REPORT = join(FIXTURES, 'review', 'report.txt');
const PROBE = 'globalThis.chipgraphProbe = true;';
/** The development server compiles the page on its first visit: slower than the built site. */
const DEV_READY_MS = 90_000;
/** A test on the development server: its pages compile on first use, and a save reloads. */
const DEV_TEST_MS = 240_000;

/** The data file's list, as saved. */
function list(dir: string, name: 'sources' | 'entities' | 'relations'): Record<string, unknown>[] {
  const value = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Record<
    string,
    Record<string, unknown>[]
  >;
  return value[name] ?? [];
}

/** The labels sigma drew in its last frame (the page's test probe). */
const drawnLabels = (page: Page) =>
  page.evaluate<string[]>('(globalThis.chipgraphProbe.labels()).map((l) => l.text)');

/** The proposal whose heading names `label` (an entity) or both ends (a relation). */
const entityProposal = (page: Page, label: string): Locator =>
  page
    .locator('[data-entity]')
    .filter({ has: page.locator('.proposal-head strong', { hasText: new RegExp(`^${label}$`) }) });

/**
 * Saves and waits for the page to come back with the grown graph (the server reloads it); a save
 * the server refuses fails the test with the page's own error notice.
 */
async function saveAndReload(page: Page): Promise<void> {
  const reloaded = page.waitForEvent('load', { timeout: DEV_READY_MS }).then(() => null);
  const refused = page
    .locator('.notice-error')
    .first()
    .waitFor({ timeout: DEV_READY_MS })
    .then(() => page.locator('.notice-error').first().textContent())
    .catch(() => null);
  await page.locator('#review-save').click();
  const error = await Promise.race([reloaded, refused]);
  if (error !== null) throw new Error(`the save was refused: ${error}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: DEV_READY_MS });
}

describe('the Review view on the development server', () => {
  let harness: Harness;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'chipgraph-review-'));
    cpSync(SHIPPED_DATA, dataDir, { recursive: true });
    harness = await startHarness([], { dataDir });
  });
  afterAll(async () => {
    await harness.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('bad input: the save endpoint refuses what its own page would not send, writing nothing', async () => {
    const before = readFileSync(join(dataDir, 'sources.json'), 'utf8');
    const post = (headers: Record<string, string>, body: string) =>
      fetch(new URL('__chipgraph/merge', harness.baseUrl), { method: 'POST', headers, body });
    const draft = JSON.stringify({ source: { id: 'borna-416' } });
    expect((await post({ 'Content-Type': 'text/plain' }, draft)).status).toBe(403);
    expect(
      (
        await post(
          { 'Content-Type': 'application/json', Origin: 'http://elsewhere.example' },
          draft,
        )
      ).status,
    ).toBe(403);
    const broken = await post({ 'Content-Type': 'application/json' }, '{ "source": ');
    expect(broken.status).toBe(422);
    expect(JSON.stringify(await broken.json())).toMatch(/not JSON/);
    expect(readFileSync(join(dataDir, 'sources.json'), 'utf8')).toBe(before);
  });

  it(
    'adds a report: proposed from its text, reviewed, checked for copying, saved, drawn',
    async () => {
      const { page, problems } = await harness.open('?view=review', {
        readyTimeout: DEV_READY_MS,
        init: PROBE,
      });
      await page.setInputFiles('#review-text', REPORT);
      const kestrel = entityProposal(page, 'Kestrel Analytics');
      await kestrel.waitFor({ timeout: 30_000 });

      // The graph's own Huawei is recognised in the text, and accepted as itself.
      const huawei = entityProposal(page, 'Huawei');
      await expect(huawei.getByLabel('Same as').inputValue()).resolves.toBe('huawei');
      await huawei.getByRole('button', { name: 'Accept' }).click();
      await expect(huawei.getAttribute('data-state')).resolves.toBe('accepted');

      // A new firm: Accept waits for a kind and a description in the reviewer's words.
      await expect(kestrel.getByRole('button', { name: 'Accept' }).isDisabled()).resolves.toBe(
        true,
      );
      await kestrel.getByLabel('Kind').selectOption('company');
      await kestrel
        .getByLabel('Description')
        .fill('An invented testing firm, named only by this test.');
      await kestrel.getByRole('button', { name: 'Accept' }).click();

      // Its relation to Nvidia, in paragraph 2: the kinds offered are those whose ends fit.
      const relation = page
        .locator('[data-relation]')
        .filter({ has: page.locator('.proposal-head', { hasText: 'Kestrel Analytics' }) })
        .filter({ has: page.locator('.proposal-head', { hasText: 'Nvidia' }) })
        .first();
      await relation.locator('.proposal-head').click();
      await expect(page.locator('#review-p-2.current').count()).resolves.toBe(1);
      await expect(page.locator('#review-p-2 mark.current').count()).resolves.toBeGreaterThan(0);
      const kinds = await relation
        .getByLabel('Relation', { exact: true })
        .locator('option')
        .allTextContents();
      expect(kinds.length).toBeGreaterThan(1);
      // A company cannot be "built on" another (its domain is products).
      expect(kinds.join(' ')).not.toMatch(/\bbuilt on\b/);
      await relation.getByLabel('Relation', { exact: true }).selectOption('competes-with');

      // A claim that copies seven words of its paragraph is named and blocks saving.
      await relation
        .getByLabel('Claim')
        .fill('Kestrel compared the rack with Nvidia hardware and wrote a note.');
      await relation.getByRole('button', { name: 'Accept' }).click();
      await expect
        .poll(() => relation.locator('.review-problem').textContent())
        .toMatch(/Copies “compared the rack with nvidia hardware and/);
      await expect(page.locator('#review-save').isDisabled()).resolves.toBe(true);
      await relation.getByRole('button', { name: 'Undo accept' }).click();
      await relation
        .getByLabel('Claim')
        .fill('Kestrel Analytics set the system against Nvidia’s and found similar speed.');
      await relation.getByRole('button', { name: 'Accept' }).click();
      await expect.poll(() => page.locator('#review-save').isDisabled()).toBe(false);
      await expect(page.locator('.review-status').textContent()).resolves.toMatch(
        /Saving would add 1 source, 1 entity, .*1 relation/,
      );
      await shot(page, 'review-1280');

      await saveAndReload(page);
      const source = list(dataDir, 'sources').find((s) => s['id'] === 'review-check-report');
      expect(source).toMatchObject({ outlet: 'borna', published: '2025-08-04', paragraphs: 3 });
      const firm = list(dataDir, 'entities').find((e) => e['id'] === 'kestrel-analytics');
      expect(firm).toMatchObject({
        kind: 'company',
        citations: [{ source: 'review-check-report', paragraph: 1 }],
      });
      const cites = list(dataDir, 'entities').find((e) => e['id'] === 'huawei')?.['citations'];
      expect(JSON.stringify(cites)).toContain('review-check-report');
      const saved = list(dataDir, 'relations').find(
        (r) => r['source'] === 'kestrel-analytics' || r['target'] === 'kestrel-analytics',
      );
      expect(saved).toMatchObject({
        claim: 'Kestrel Analytics set the system against Nvidia’s and found similar speed.',
        citations: [{ source: 'review-check-report', paragraph: 2 }],
        assertedBy: ['borna'],
      });
      // Written as the repository formats JSON: a clear diff.
      expect(readFileSync(join(dataDir, 'entities.json'), 'utf8')).toMatch(/^\{\n {2}"/);

      // The grown graph is what the page shows now: the new firm drawn, named, selectable.
      await page.goto(`${harness.baseUrl}?select=kestrel-analytics`);
      await page.waitForSelector('body[data-ready="true"]', { timeout: DEV_READY_MS });
      await expect.poll(() => drawnLabels(page)).toContain('Kestrel Analytics');
      await expect(page.locator('#details-panel h2').first().textContent()).resolves.toBe(
        'Kestrel Analytics',
      );
      expect(problems).toEqual([]);
    },
    DEV_TEST_MS,
  );

  it(
    'edit mode: corrects an entity from its card, refusing an invalid change until fixed, and adds a cited relation',
    async () => {
      const { page, problems } = await harness.open('?select=nvidia', {
        readyTimeout: DEV_READY_MS,
      });
      await page.locator('#details-panel button.edit-item').click();
      const change = page.locator('[data-correction]').first();
      await change.waitFor();
      await expect(change.getByLabel('Label').inputValue()).resolves.toBe('Nvidia');

      // An empty label breaks the schema: named, and nothing can be saved.
      await change.getByLabel('Label').fill('');
      await expect
        .poll(() => page.locator('.review-status [role="alert"]').textContent())
        .toMatch(/label/i);
      await expect(page.locator('#review-save').isDisabled()).resolves.toBe(true);

      await change.getByLabel('Label').fill('Nvidia');
      await change
        .getByLabel('Description')
        .fill('A U.S. designer of the GPUs that most AI data centres run on.');
      await expect.poll(() => page.locator('#review-save').isDisabled()).toBe(false);
      await shot(page, 'review-edit-1280');
      await saveAndReload(page);
      const nvidia = list(dataDir, 'entities').find((e) => e['id'] === 'nvidia');
      expect(nvidia?.['description']).toBe(
        'A U.S. designer of the GPUs that most AI data centres run on.',
      );

      // A new relation from the card, cited to a paragraph of a source the graph has.
      await page.goto(`${harness.baseUrl}?select=nvidia`);
      await page.waitForSelector('body[data-ready="true"]', { timeout: DEV_READY_MS });
      await page.locator('#details-panel button.add-relation').click();
      const added = page.locator('[data-relation]').last();
      await added.getByLabel('To').selectOption('ascend-910c');
      await added.getByLabel('Relation', { exact: true }).selectOption('competes-with');
      await added.getByLabel('Paragraph').fill('5');
      await added
        .getByLabel('Claim')
        .fill('Nvidia’s accelerators and the Ascend 910C chase the same buyers.');
      await added.getByRole('button', { name: 'Accept' }).click();
      await expect.poll(() => page.locator('#review-save').isDisabled()).toBe(false);
      await saveAndReload(page);
      const relation = list(dataDir, 'relations').find(
        (r) => r['source'] === 'nvidia' && r['target'] === 'ascend-910c',
      );
      expect(relation).toMatchObject({
        kind: 'competes-with',
        citations: [{ source: 'borna-416', paragraph: 5 }],
        assertedBy: ['borna'],
      });
      expect(problems).toEqual([]);
    },
    DEV_TEST_MS,
  );
});

describe('the Review view on the built site', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness.close());

  it('offers the reviewed draft as a download that kg merge accepts', async () => {
    const { page, problems } = await harness.open('?view=review', {
      viewport: { width: 390, height: 844 },
      bypassCSP: true,
    });
    await page.setInputFiles('#review-text', REPORT);
    const huawei = entityProposal(page, 'Huawei');
    await huawei.waitFor({ timeout: 30_000 });
    await huawei.getByRole('button', { name: 'Accept' }).click();
    await expect(page.locator('#review-save').textContent()).resolves.toBe(
      'Download the reviewed draft',
    );
    await expect.poll(() => page.locator('#review-save').isDisabled()).toBe(false);
    // "Next to review" takes the reader to the first proposal still open.
    await page.getByRole('button', { name: 'Next to review' }).click();
    await expect(
      page.evaluate(
        "document.activeElement?.closest('.proposal')?.getAttribute('data-state') ?? null",
      ),
    ).resolves.toBe('pending');
    // A broken draft file is named and refused; the review in progress is kept.
    const broken = join(mkdtempSync(join(tmpdir(), 'chipgraph-draft-')), 'broken.json');
    writeFileSync(broken, '{ "source": ');
    await page.setInputFiles('#review-draft', broken);
    await expect
      .poll(() =>
        page.locator('.review-issues[role="alert"]', { hasText: 'broken.json' }).textContent(),
      )
      .toMatch(/broken\.json is not JSON/);
    await expect(entityProposal(page, 'Huawei').getAttribute('data-state')).resolves.toBe(
      'accepted',
    );
    // The open view's tab is in sight on a phone, though the tabs scroll sideways.
    const tab = await page.locator('.view-tabs [data-view="review"]').boundingBox();
    expect(tab !== null && tab.x >= 0 && tab.x + tab.width <= 390).toBe(true);
    await shot(page, 'review-phone');
    // Every form control is labelled, every colour readable (axe-core, WCAG 2.1 AA).
    expect(await axeViolations(page)).toEqual([]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#review-save').click(),
    ]);
    expect(download.suggestedFilename()).toBe('review-check-report.draft.json');
    const path = await download.path();
    const draft: unknown = JSON.parse(readFileSync(path, 'utf8'));
    const result = mergeDraft(draft, 'download', readDataDir(SHIPPED_DATA), 'graph-data');
    expect(result.added).toMatchObject({ sources: 1, aliases: 0, entities: 0 });
    expect(result.pending.length).toBeGreaterThan(0);
    expect(result.pending.every((p) => /not accepted yet/.test(p))).toBe(true);

    // A report from an outlet the graph lacks: offered as a new news outlet, then proposed.
    await page.getByLabel('Outlet').fill('Example Wire');
    await page.getByRole('button', { name: 'Add it as a news outlet' }).click();
    await expect(
      entityProposal(page, 'Example Wire').getByLabel('Kind').inputValue(),
    ).resolves.toBe('news-outlet');
    await expect(page.getByLabel('Outlet').inputValue()).resolves.toBe('example-wire');
    expect(problems).toEqual([]);
  });
});
