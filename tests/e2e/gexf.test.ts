/** GEXF in the browser: the export menu's files validate; other tools' files open and can be left. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MultiGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build';
import { applyLayout } from '../../src/layout/layout';
import { loadKnowledgeGraph } from '../../src/load';
import { parseGraphData } from '../../src/model/validate';
import { findPaths } from '../../src/query/paths';
import { FIXTURES, SHIPPED_DATA, readDataDir } from '../helpers/data';
import { CI, HAS_JING, jing } from '../helpers/gexf';
import { KIND_COLORS } from '../../src/graph/style';
import { startHarness, type Harness } from './browser';
import { canvasPixels, colorCentre } from './pixels';

const articleGraph = loadKnowledgeGraph(readDataDir(SHIPPED_DATA), { iterations: 0 });

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness.close();
});

async function download(page: Page, item: string, scope: 'whole' | 'view' = 'whole') {
  await page.click('#export-details summary');
  await page.check(`input[name="export-scope"][value="${scope}"]`);
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(item)]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

describe('export from the browser', () => {
  it.runIf(HAS_JING || CI)(
    'downloads GEXF 1.3 and 1.2draft that validate, named after the graph and date',
    async () => {
      const { page, problems, context } = await harness.open();
      const modern = await download(page, '#export-gexf');
      expect(modern.name).toMatch(/^chipgraph-\d{4}-\d{2}-\d{2}\.gexf$/);
      expect(jing(modern.text, '1.3')).toBe('');
      const old = await download(page, '#export-gexf-12');
      expect(old.name).toMatch(/^chipgraph-\d{4}-\d{2}-\d{2}-1\.2draft\.gexf$/);
      expect(jing(old.text, '1.2draft')).toBe('');
      expect(parse(MultiGraph, modern.text).order).toBe(parse(MultiGraph, old.text).order);
      expect(problems).toEqual([]);
      await context.close();
    },
  );

  it('exports what is on screen: the filtered view, or the highlighted path', async () => {
    const { page, context } = await harness.open('?hide=domain,place');
    const view = await download(page, '#export-json', 'view');
    expect(view.name).toMatch(/-view\.json$/);
    const json = JSON.parse(view.text) as {
      nodes: { key: string; attributes: { kind: string } }[];
    };
    expect(
      json.nodes.some((n) => n.attributes.kind === 'domain' || n.attributes.kind === 'place'),
    ).toBe(false);
    expect(json.nodes.length).toBeGreaterThan(20);
    await page.goto(new URL('?from=japan&to=huawei&k=1', harness.baseUrl).href);
    await page.waitForSelector('.path-choice');
    const path = parse(MultiGraph, (await download(page, '#export-gexf', 'view')).text);
    // The same answer the core gives (and kg path prints).
    const [best] = findPaths(articleGraph, 'japan', 'huawei', { k: 1 });
    expect(path.nodes().sort()).toEqual([...(best?.nodes ?? [])].sort());
    expect(path.edges().sort()).toEqual([...(best?.edges ?? [])].sort());
    expect(path.size).toBe(3);
    await context.close();
  });
});

describe('dragging', () => {
  it('downloads GraphML and the two CSV files from the Export menu', async () => {
    const { page, context } = await harness.open();
    const graphml = await download(page, '#export-graphml');
    expect(graphml.name).toMatch(/^chipgraph-\d{4}-\d{2}-\d{2}\.graphml$/);
    expect(graphml.text).toMatch(/<graphml [\s\S]*<node id="huawei">/);
    await page.click('#export-details summary');
    const files: string[] = [];
    page.on('download', (file) => files.push(file.suggestedFilename()));
    await page.click('#export-csv');
    await expect
      .poll(() => files.sort())
      .toEqual([expect.stringMatching(/-edges\.csv$/), expect.stringMatching(/-nodes\.csv$/)]);
    await context.close();
  });

  it('moves a node, and the export carries the new position', async () => {
    const { page, problems, context } = await harness.open('?select=huawei');
    const position = async () => {
      const { text } = await download(page, '#export-json');
      const json = JSON.parse(text) as {
        nodes: { key: string; attributes: { x: number; y: number } }[];
      };
      const node = json.nodes.find((n) => n.key === 'huawei');
      return [node?.attributes.x, node?.attributes.y];
    };
    const before = await position();
    // The camera has flown to the selection: Huawei is the biggest company-blue disc.
    const centre = colorCentre(await canvasPixels(page, 700), KIND_COLORS.company);
    const box = await page.locator('#sigma-container').boundingBox();
    if (!box || !centre) throw new Error('no canvas, or no Huawei on it');
    const [cx, cy] = [box.x + centre.x, box.y + centre.y];
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx + 120, cy + 80, { steps: 8 });
    await page.mouse.up();
    const after = await position();
    expect(after).not.toEqual(before);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('import in the browser', () => {
  it('a broken file gets a clear message naming its line, and the graph stays', async () => {
    const { page, context } = await harness.open('?select=huawei');
    await page.setInputFiles('#file-input', join(FIXTURES, 'gexf', 'broken', 'missing-ids.gexf'));
    await expect
      .poll(() => page.locator('.notice-error').first().textContent())
      .toContain('missing-ids.gexf:6:7: a <node> has no id');
    expect(
      await page.getByRole('complementary', { name: 'Details' }).locator('h2').textContent(),
    ).toBe('Huawei');
    expect(await page.locator('body').getAttribute('data-graph')).toBe('article');
    await context.close();
  });

  it('with "strict" ticked, refuses a file that needs repairs; the graph stays', async () => {
    const { page, context } = await harness.open();
    await page.check('#strict-import');
    await page.setInputFiles('#file-input', join(FIXTURES, 'gexf', 'broken', 'unknown-node.gexf'));
    await expect
      .poll(() => page.locator('.notice-error').first().textContent())
      .toMatch(/edges name 1 node the file does not declare/);
    expect(await page.locator('body').getAttribute('data-graph')).toBe('article');
    await context.close();
  });

  it('opens a file with edges to undeclared nodes as Gephi does, and shows the import report', async () => {
    const { page, context } = await harness.open();
    await page.setInputFiles('#file-input', join(FIXTURES, 'gexf', 'broken', 'unknown-node.gexf'));
    await expect.poll(() => page.locator('body').getAttribute('data-graph')).toBe('imported');
    await expect
      .poll(() => page.locator('.notice').allTextContents())
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(
            /Import report: edges name 1 node the file does not declare \("ghost"/,
          ),
        ]),
      );
    await context.close();
  });

  it('opens another tool’s GEXF by file picker; search, details, paths work on it; back returns', async () => {
    const { page, problems, context } = await harness.open();
    await page.setInputFiles('#file-input', join(FIXTURES, 'gexf', 'networkx-2.8-1.2draft.gexf'));
    await expect.poll(() => page.locator('body').getAttribute('data-graph')).toBe('imported');
    expect(await page.locator('#graph-origin').textContent()).toContain(
      'networkx-2.8-1.2draft.gexf',
    );
    // The legend follows the new graph once its first named frame is drawn.
    await expect
      .poll(() =>
        page.locator('[data-filter="hiddenKinds"][data-value="company"] .count').textContent(),
      )
      .toBe('2/2');
    await page.fill('#search-input', 'TSMC');
    await page.keyboard.press('Enter');
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => details.locator('h2').textContent()).toBe('TSMC');
    await page.goto(page.url().replace(/\?.*$/, '') + '?from=apple&to=taiwan');
    // A fresh page is the article again: the link's ids are unknown there, and say so.
    await expect
      .poll(() => page.locator('.notice').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining('unknown entity "apple"')]));
    expect(problems).toEqual([]);
    await context.close();
  });

  it('opens a same-origin ?file= link and goes back to the article graph', async () => {
    const { page, context } = await harness.open('?file=fixtures/gephi-1.1draft.gexf', {
      files: {
        'fixtures/gephi-1.1draft.gexf': readFileSync(
          join(FIXTURES, 'gexf', 'gephi-1.1draft.gexf'),
          'utf8',
        ),
      },
    });
    await expect.poll(() => page.locator('body').getAttribute('data-graph')).toBe('imported');
    expect(await page.locator('#table-view').isVisible()).toBe(false);
    await page.click('[data-view="table"]');
    // The table's module loads on first use.
    await expect
      .poll(() => page.locator('#entities-table tbody th').allTextContents())
      .toEqual(expect.arrayContaining(['Samsung', 'SK hynix']));
    expect(page.url()).toContain('file=fixtures');
    await page.click('#back-to-article');
    await expect.poll(() => page.locator('body').getAttribute('data-graph')).toBe('article');
    expect(page.url()).not.toContain('file=');
    await context.close();
  });

  /** A GEXF file over the worker threshold: 9,000 nodes without positions (laid out on import). */
  const bigGexf = () => {
    const nodes = Array.from(
      { length: 9000 },
      (_, i) =>
        `<node id="n${i}" label="Node ${i} with a fairly long label to make the file big"/>`,
    ).join('\n');
    const edges = Array.from(
      { length: 9000 },
      (_, i) => `<edge id="e${i}" source="n${i}" target="n${(i * 7 + 1) % 9000}"/>`,
    ).join('\n');
    return `<?xml version="1.0"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed"><nodes>${nodes}</nodes><edges>${edges}</edges></graph></gexf>`;
  };

  it('streams a large file through the worker with progress, and opens it', async () => {
    const { page, problems, context } = await harness.open();
    const big = bigGexf();
    expect(big.length).toBeGreaterThan(1_000_000);
    const statuses: string[] = [];
    await page.exposeFunction('recordStatus', (text: string) => statuses.push(text));
    await page.evaluate(() => {
      const status = document.getElementById('import-status');
      const record = (globalThis as unknown as { recordStatus: (t: string) => void }).recordStatus;
      if (status)
        new MutationObserver(() => record(status.textContent)).observe(status, {
          childList: true,
          subtree: true,
          characterData: true,
        });
    });
    await page.setInputFiles('#file-input', {
      name: 'big.gexf',
      mimeType: 'application/xml',
      buffer: Buffer.from(big),
    });
    await expect
      .poll(() => page.locator('body').getAttribute('data-graph'), { timeout: 60_000 })
      .toBe('imported');
    expect(await page.locator('.notice').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('Opened big.gexf: 9000 nodes, 9000 edges')]),
    );
    // The status counted up while the worker read the file.
    expect(statuses.some((s) => /Opening big\.gexf… \d+%/.test(s))).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('stops opening a large file on Cancel, keeping the graph', async () => {
    const { page, problems, context } = await harness.open();
    await page.setInputFiles('#file-input', {
      name: 'big.gexf',
      mimeType: 'application/xml',
      buffer: Buffer.from(bigGexf()),
    });
    await page.click('.import-cancel');
    await expect
      .poll(() => page.locator('.notice').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining('Stopped opening big.gexf')]));
    // Long enough for the import to have finished had it not been stopped.
    await page.waitForTimeout(12_000);
    expect(await page.locator('body').getAttribute('data-graph')).toBe('article');
    expect(await page.locator('#import-status').textContent()).toBe('');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows hostile labels as text, never markup', async () => {
    const { page, problems, context } = await harness.open();
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    const hostile = buildGraph(parseGraphData(readDataDir(join(FIXTURES, 'data', 'hostile'))));
    applyLayout(hostile);
    await page.setInputFiles('#file-input', {
      name: 'hostile.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(hostile.export())),
    });
    await expect.poll(() => page.locator('body').getAttribute('data-graph')).toBe('imported');
    await page.fill('#search-input', '<script');
    await page.keyboard.press('Enter');
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect
      .poll(() => details.locator('h2').textContent())
      .toBe("<script>alert('x')</script>");
    expect(await details.textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(
      await page.locator('#details-panel script, #details-panel img, #details-panel b').count(),
    ).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('opens a file dropped on the page', async () => {
    const { page, context } = await harness.open();
    const text = readFileSync(join(FIXTURES, 'gexf', 'gephi-1.1draft.gexf'), 'utf8');
    const dataTransfer = await page.evaluateHandle((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'dropped.gexf', { type: 'application/xml' }));
      return transfer;
    }, text);
    await page.dispatchEvent('body', 'drop', { dataTransfer });
    await expect.poll(() => page.locator('body').getAttribute('data-graph')).toBe('imported');
    expect(await page.locator('#graph-origin').textContent()).toContain('dropped.gexf');
    await context.close();
  });

  it('refuses a ?file= link to another origin', async () => {
    const { page, context } = await harness.open('?file=https://example.org/graph.gexf');
    await expect
      .poll(() => page.locator('.notice-error').first().textContent())
      .toContain('only files on this site');
    expect(await page.locator('body').getAttribute('data-graph')).toBe('article');
    await context.close();
  });
});
