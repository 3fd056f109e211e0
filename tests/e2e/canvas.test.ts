/**
 * What the canvas draws, read back from sigma rather than the DOM: the labels the label drawer
 * drew in the last frame (text, side, box) and the display data the reducers gave each node and
 * edge (faded or not, hidden or not), through the page's test probe (`chipgraphProbe`, set before
 * the page loads). Screenshots of each state go to `tests/e2e/artifacts/`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTESTED_COLOR, KIND_COLORS } from '../../src/graph/style';
import { ARTIFACTS, docsShot, shot, startHarness, type Harness } from './browser';
import { SHIPPED_DATA } from '../helpers/data';
import { countColor } from './pixels';

interface DrawnLabel {
  node: string;
  text: string;
  side: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}
interface NodeDrawn {
  x: number;
  y: number;
  /** Radius on screen, in pixels. */
  radius: number;
  /** The reducers' size. */
  size: number;
  color: string;
  hidden?: boolean;
  label?: string | null;
}
interface EdgeDrawn {
  color: string;
  size: number;
  hidden?: boolean;
  label?: string | null;
  forceLabel?: boolean;
}
interface Probe {
  labels(): DrawnLabel[];
  planned(): string[];
  node(id: string): NodeDrawn | null;
  edge(id: string): EdgeDrawn | null;
  camera(): { x: number; y: number; ratio: number; angle: number };
  dimensions(): { width: number; height: number };
  path(): string[];
  nodes(): string[];
  edgesOf(node: string): string[];
  text(node: string): string;
  zoomOn(node: string, factor: number): void;
  faded: string;
}

const PROBE = { init: 'globalThis.chipgraphProbe = true;' };
const PHONE = { width: 390, height: 844 };

/**
 * Runs `read` on the page's probe. The reader crosses into the page as source text, evaluated by
 * the browser's debugging protocol (the page's Content-Security-Policy forbids eval in its own
 * scripts, not there); `arg` goes as JSON.
 */
function probe<T, A = null>(page: Page, read: (p: Probe, arg: A) => T, arg?: A): Promise<T> {
  const source = `(${read.toString()})(globalThis.chipgraphProbe, ${JSON.stringify(arg ?? null)})`;
  return page.evaluate<T>(source);
}

const labels = (page: Page) => probe(page, (p) => p.labels());
const labelledNodes = async (page: Page) => new Set((await labels(page)).map((l) => l.node));

/** Waits until the camera has stopped and the labels drawn have not changed for a while. */
async function settled(page: Page): Promise<void> {
  let last = '';
  await expect
    .poll(
      async () => {
        const now = JSON.stringify([await probe(page, (p) => p.camera()), await labels(page)]);
        const same = now === last;
        last = now;
        return same;
      },
      { interval: 400, timeout: 20_000 },
    )
    .toBe(true);
}

const overlap = (a: DrawnLabel, b: DrawnLabel) =>
  a.left < b.right - 0.5 &&
  b.left < a.right - 0.5 &&
  a.top < b.bottom - 0.5 &&
  b.top < a.bottom - 0.5;

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness.close();
});

describe('names drawn where they matter', () => {
  it.each([
    ['us-commerce-department', 'ascend-910c', 'commerce-ascend'],
    ['semianalysis', 'cloudmatrix-384', 'semianalysis-cloudmatrix'],
  ])(
    'names every entity of the first path %s → %s, in full, off one another',
    async (from, to, name) => {
      const { page, problems, context } = await harness.open(`?from=${from}&to=${to}`, PROBE);
      await expect.poll(() => probe(page, (p) => p.path().length)).toBeGreaterThan(1);
      await settled(page);
      const onPath = await probe(page, (p) => p.path());
      const drawn = await labels(page);
      const byNode = new Map(drawn.map((l) => [l.node, l]));
      for (const node of onPath) {
        const label = byNode.get(node);
        expect(label, `${node} is named`).toBeDefined();
        expect(label?.text.trim()).not.toBe('');
      }
      // The path's names do not run over one another, nor off the canvas.
      const { width, height } = await probe(page, (p) => p.dimensions());
      const pathLabels = onPath.map((n) => byNode.get(n)).filter((l) => l !== undefined);
      for (const [i, a] of pathLabels.entries()) {
        expect(a.left).toBeGreaterThanOrEqual(0);
        expect(a.right).toBeLessThanOrEqual(width);
        expect(a.top).toBeGreaterThanOrEqual(0);
        expect(a.bottom).toBeLessThanOrEqual(height);
        for (const b of pathLabels.slice(i + 1))
          expect(overlap(a, b), `${a.node} / ${b.node}`).toBe(false);
      }
      // Everything off the path is faded.
      const off = await probe(page, (p) => {
        const path = new Set(p.path());
        return ['nvidia', 'google', 'openai', 'japan']
          .filter((n) => !path.has(n))
          .map((n) => p.node(n)?.color === p.faded);
      });
      expect(off.every(Boolean)).toBe(true);
      await shot(page, `canvas-path-${name}`);
      if (name === 'semianalysis-cloudmatrix') await docsShot(page, 'explorer');
      expect(problems).toEqual([]);
      await context.close();
    },
  );

  it('selecting Huawei names at least three quarters of its neighbours, and fades the rest', async () => {
    const { page, problems, context } = await harness.open('?select=huawei', PROBE);
    await settled(page);
    await shot(page, 'canvas-select-huawei');
    const named = await labelledNodes(page);
    const neighbours = await page.evaluate(() =>
      [...document.querySelectorAll('#details-panel [data-entity]')].map((a) =>
        a.getAttribute('data-entity'),
      ),
    );
    const unique = [...new Set(neighbours)].filter(
      (n): n is string => n !== null && n !== 'huawei',
    );
    expect(unique.length).toBeGreaterThan(10);
    const namedNeighbours = unique.filter((n) => named.has(n));
    expect(namedNeighbours.length / unique.length).toBeGreaterThanOrEqual(0.75);
    expect(named.has('huawei')).toBe(true);
    // No name runs over another (only the selection's own may, when it has no free side).
    const drawn = (await labels(page)).filter((l) => l.node !== 'huawei');
    for (const [i, a] of drawn.entries())
      for (const b of drawn.slice(i + 1))
        expect(overlap(a, b), `${a.node} / ${b.node}`).toBe(false);
    // Nodes outside the neighbourhood are faded and unnamed.
    const faraway = await probe(page, (p) => ({ node: p.node('gemini'), faded: p.faded }));
    expect(faraway.node?.color).toBe(faraway.faded);
    expect(named.has('gemini')).toBe(false);
    // A hub's relation phrases are not all drawn at rest (they would pile up round it).
    const phrases = await probe(page, (p) =>
      ['huawei--produces--ascend-910c', 'hisilicon--subsidiary-of--huawei'].map(
        (e) => p.edge(e)?.forceLabel ?? null,
      ),
    );
    expect(phrases).not.toContain(true);
    // At rest none of the hub's relation phrases is drawn (the details list them all).
    const hubPhrases = await probe(page, (p) =>
      p.edgesOf('huawei').filter((e) => {
        const drawn = p.edge(e);
        return drawn !== null && drawn.label !== '' && drawn.label !== null;
      }),
    );
    expect(hubPhrases).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('zoomed in 4× around Huawei, every node in view with room for its name is named', async () => {
    const { page, problems, context } = await harness.open('', PROBE);
    await settled(page);
    // 4× on Huawei, centred on it, as a reader's wheel would.
    await probe(page, (p) => p.zoomOn('huawei', 4));
    await settled(page);
    const { width, height } = await probe(page, (p) => p.dimensions());
    const drawn = await labels(page);
    const named = new Set(drawn.map((l) => l.node));
    // For every unnamed node in view: no side has room (in the canvas, over no drawn name and
    // no other node's disc), measured with the page's own font.
    const report = await probe(
      page,
      (p, arg) => {
        const context = document.createElement('canvas').getContext('2d');
        if (!context) return ['no canvas'];
        context.font = 'normal 13px system-ui, sans-serif';
        const discs = p
          .nodes()
          .map((n) => ({ n, d: p.node(n) }))
          .filter((x) => x.d !== null && x.d.hidden !== true);
        const missing: string[] = [];
        for (const { n, d } of discs) {
          if (d === null || arg.named.includes(n)) continue;
          if (d.x < 0 || d.y < 0 || d.x > arg.width || d.y > arg.height) continue;
          const w = context.measureText(p.text(n)).width + 2;
          const h = 13 * 1.25;
          const reach = d.radius + 3;
          const boxes = [
            { left: d.x + reach, right: d.x + reach + w, top: d.y - h / 2, bottom: d.y + h / 2 },
            { left: d.x - reach - w, right: d.x - reach, top: d.y - h / 2, bottom: d.y + h / 2 },
            { left: d.x - w / 2, right: d.x + w / 2, top: d.y + reach, bottom: d.y + reach + h },
            { left: d.x - w / 2, right: d.x + w / 2, top: d.y - reach - h, bottom: d.y - reach },
          ];
          const free = boxes.some(
            (b) =>
              b.left >= 4 &&
              b.top >= 4 &&
              b.right <= arg.width - 4 &&
              b.bottom <= arg.height - 4 &&
              !arg.drawn.some(
                (o) => b.left < o.right && o.left < b.right && b.top < o.bottom && o.top < b.bottom,
              ) &&
              !discs.some(({ n: m, d: o }) => {
                if (m === n || o === null) return false;
                const nx = Math.max(b.left, Math.min(o.x, b.right));
                const ny = Math.max(b.top, Math.min(o.y, b.bottom));
                return (nx - o.x) ** 2 + (ny - o.y) ** 2 < o.radius ** 2;
              }),
          );
          if (free) missing.push(n);
        }
        return missing;
      },
      { named: [...named], drawn, width, height },
    );
    await shot(page, 'canvas-zoom-huawei');
    expect(report).toEqual([]);
    // And the check is not vacuous: the zoomed view does name several entities.
    expect(named.size).toBeGreaterThanOrEqual(4);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('on a phone, the first view names CloudMatrix 384 and the most central entities', async () => {
    const { page, problems, context } = await harness.open('', { ...PROBE, viewport: PHONE });
    await settled(page);
    const named = await labelledNodes(page);
    expect(named.has('huawei')).toBe(true);
    expect(named.has('cloudmatrix-384')).toBe(true);
    await shot(page, 'canvas-phone-first-view');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the reader sets how many names and how large: none, all, and a bigger size, from the URL', async () => {
    const none = await harness.open('?labels=none', PROBE);
    await settled(none.page);
    expect(await labels(none.page)).toEqual([]);
    // The selection is still named.
    await none.page.goto(new URL('?labels=none&select=nvidia', harness.baseUrl).href);
    await none.page.waitForSelector('body[data-ready="true"]');
    await settled(none.page);
    expect([...(await labelledNodes(none.page))]).toEqual(['nvidia']);
    await none.context.close();

    const big = await harness.open('?labelSize=20', PROBE);
    await settled(big.page);
    const drawn = await labels(big.page);
    expect(drawn.length).toBeGreaterThan(3);
    for (const l of drawn) expect(l.bottom - l.top).toBeCloseTo(25, 0);
    expect(await big.page.locator('#label-size').inputValue()).toBe('20');
    // Changing the size in Style keeps the names (re-planned at the new size).
    await big.page.selectOption('#label-size', '11');
    await settled(big.page);
    const small = await labels(big.page);
    expect(small.length).toBeGreaterThan(3);
    for (const l of small) expect(l.bottom - l.top).toBeCloseTo(11 * 1.25, 0);
    await big.page.selectOption('#label-size', '20');
    await settled(big.page);
    // Choosing "all" in Style names every node and goes into the URL.
    await big.page.selectOption('#label-density', 'all');
    await settled(big.page);
    expect(big.page.url()).toContain('labels=all');
    const total = await big.page.evaluate(() => document.title.match(/(\d+) entities/)?.[1]);
    const inView = await labels(big.page);
    expect(inView.length).toBeGreaterThan(Number(total) * 0.8);
    await shot(big.page, 'canvas-labels-all-20px');
    expect(big.problems).toEqual([]);
    await big.context.close();
  });

  it('no label lies under the hovered node, which is drawn above the labels', async () => {
    const { page, problems, context } = await harness.open('', PROBE);
    await settled(page);
    const target = await probe(page, (p) => p.node('nvidia'));
    const canvas = await page.locator('#sigma-container').boundingBox();
    await page.mouse.move((canvas?.x ?? 0) + (target?.x ?? 0), (canvas?.y ?? 0) + (target?.y ?? 0));
    // Hovering emphasises Nvidia's neighbourhood: far nodes fade.
    await expect.poll(() => probe(page, (p) => p.node('gemini')?.color === p.faded)).toBe(true);
    await settled(page);
    const drawn = await labels(page);
    expect(drawn.some((l) => l.node === 'nvidia')).toBe(true);
    for (const l of drawn) {
      if (l.node === 'nvidia' || target === null) continue;
      const nx = Math.max(l.left, Math.min(target.x, l.right));
      const ny = Math.max(l.top, Math.min(target.y, l.bottom));
      expect((nx - target.x) ** 2 + (ny - target.y) ** 2, l.node).toBeGreaterThanOrEqual(
        target.radius ** 2 - 1,
      );
    }
    await shot(page, 'canvas-hover-nvidia');
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('focus', () => {
  it('keeps only the neighbourhood: edges outside it are hidden, not just faded', async () => {
    const { page, problems, context } = await harness.open('?select=nvidia&focus=1', PROBE);
    await settled(page);
    const edges = await probe(page, (p) => ({
      outside: p.edge('hisilicon--subsidiary-of--huawei'),
      outsideNode: p.node('hisilicon'),
    }));
    expect(edges.outside?.hidden).toBe(true);
    expect(edges.outsideNode?.hidden).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });
});

/** A seeded random number generator (mulberry32), so the synthetic files are the same each run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A GEXF shaped like Gephi's own samples (not copied from them): a directed dependency graph of
 * 1,538 nodes and 8,032 edges with Gephi's sizes (up to 60), colours, positions and a modularity
 * class, and a hub; or an undirected co-occurrence graph of 77 nodes with weighted edges.
 */
function gephiLike(kind: 'java' | 'lesmis'): string {
  const random = seeded(kind === 'java' ? 7 : 11);
  const n = kind === 'java' ? 1538 : 77;
  const m = kind === 'java' ? 8032 : 254;
  const nodes = Array.from({ length: n }, (_, i) => {
    const size = kind === 'java' ? 10 + random() * 50 : 20 + random() * 80;
    const angle = random() * Math.PI * 2;
    const r = Math.sqrt(random()) * 1000;
    return `<node id="n${i}" label="${kind === 'java' ? `pkg.Class${i}` : `Character ${i}`}"><attvalues><attvalue for="modularity_class" value="${i % 7}"/></attvalues><viz:size value="${size.toFixed(2)}"/><viz:position x="${(Math.cos(angle) * r).toFixed(2)}" y="${(Math.sin(angle) * r).toFixed(2)}"/><viz:color r="${(i * 37) % 255}" g="${(i * 91) % 255}" b="${(i * 53) % 255}"/></node>`;
  });
  const edges: string[] = [];
  const seen = new Set<string>();
  // Node 0 is the hub: 63 relations, as java.util.regex.Matcher has.
  for (let i = 1; i <= 63; i++) {
    seen.add(`0-${i}`);
    edges.push(`<edge id="e${edges.length}" source="n0" target="n${i}" weight="${1 + (i % 5)}"/>`);
  }
  while (edges.length < m) {
    const a = Math.floor(random() * n);
    const b = Math.floor(random() * n);
    if (a === b || seen.has(`${a}-${b}`) || seen.has(`${b}-${a}`)) continue;
    seen.add(`${a}-${b}`);
    edges.push(
      `<edge id="e${edges.length}" source="n${a}" target="n${b}" weight="${1 + Math.floor(random() * 30)}"/>`,
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    `<graph defaultedgetype="${kind === 'java' ? 'directed' : 'undirected'}">`,
    '<attributes class="node"><attribute id="modularity_class" title="modularity_class" type="integer"/></attributes>',
    '<nodes>',
    ...nodes,
    '</nodes><edges>',
    ...edges,
    '</edges></graph></gexf>',
  ].join('\n');
}

/** Opens the Gephi-sized graph from a `?file=` link and waits until it, not the article, is drawn. */
async function openJava(init: string = PROBE.init) {
  const opened = await harness.open('?file=java.gexf', {
    init,
    files: { 'java.gexf': gephiLike('java') },
    readyTimeout: 60_000,
  });
  await importedShown(opened.page);
  return opened;
}

/** Waits until the page shows the imported graph (a `?file=` link first draws the article). */
async function importedShown(page: Page): Promise<void> {
  await expect
    .poll(() => page.locator('body').getAttribute('data-graph'), { timeout: 60_000 })
    .toBe('imported');
  await settled(page);
}

describe('imported graphs read as well as the article', () => {
  it('a Gephi-sized directed graph: selection fades the rest; a tour of every view and action throws nothing', async () => {
    const { page, problems, context } = await openJava();
    // Gephi's sizes (10 to 60) are drawn within the page's node size range, not as raw pixels.
    const sizes = await probe(page, (p) => p.nodes().map((n) => p.node(n)?.size ?? 0));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(20);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(4);
    // Select the hub: everything outside its neighbourhood fades; its relations are emphasised.
    await page.goto(new URL('?file=java.gexf&select=n0', harness.baseUrl).href);
    await importedShown(page);
    const drawn = await probe(page, (p) => {
      const far = p.nodes().filter((n) => n !== 'n0' && !['n1', 'n2', 'n3'].includes(n));
      return {
        hub: p.node('n0')?.color,
        neighbour: p.node('n1')?.color,
        fadedShare:
          far.filter((n) => p.node(n)?.color === p.faded).length / Math.max(1, far.length),
        edge: p.edge('e0'),
        faded: p.faded,
      };
    });
    expect(drawn.hub).not.toBe(drawn.faded);
    expect(drawn.neighbour).not.toBe(drawn.faded);
    expect(drawn.fadedShare).toBeGreaterThan(0.9);
    expect(drawn.edge?.size).toBeGreaterThan(1.5);
    await shot(page, 'canvas-imported-java-select-hub');
    // The tour: focus and back, every view, colour and size by, names, a path, an export.
    const details = page.getByRole('complementary', { name: 'Details' });
    for (const button of ['Focus 1 hop', 'Whole graph', 'Focus 2 hops', 'Whole graph']) {
      await details.getByRole('button', { name: button }).click();
      await settled(page);
    }
    for (const view of ['table', 'sources', 'perspectives', 'graph'])
      await page.click(`button[data-view="${view}"]`);
    await page.selectOption('#color-by', 'modularity_class');
    await page.selectOption('#color-by', 'degree');
    await expect.poll(() => page.locator('.color-gradient').count()).toBe(1);
    await page.selectOption('#size-by', 'degree');
    await page.selectOption('#label-density', 'few');
    await page.selectOption('#label-size', '16');
    await settled(page);
    await shot(page, 'canvas-imported-java-styled');
    // Whatever the style, the selection is named.
    expect(await labelledNodes(page)).toContain('n0');
    const from = page.locator('#path-panel input').first();
    await from.fill('pkg.Class1');
    const to = page.locator('#path-panel input').nth(1);
    await to.fill('pkg.Class2');
    await page
      .locator('#path-panel')
      .getByRole('button', { name: 'Find paths', exact: true })
      .click();
    await expect
      .poll(() => page.locator('#path-panel li').count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    await page.click('#export-details summary');
    const [file] = await Promise.all([page.waitForEvent('download'), page.click('#export-gexf')]);
    expect(file.suggestedFilename()).toMatch(/\.gexf$/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a Gephi-sized graph plans its names once a zoom comes to rest, not on every frame', async () => {
    const { page, context } = await openJava(`${PROBE.init} globalThis.chipgraphTiming = true;`);
    const plans = () =>
      page.evaluate(() => performance.getEntriesByName('chipgraph:labels').length);
    const before = await plans();
    const named = await labelledNodes(page);
    const box = await page.locator('#sigma-container').boundingBox();
    if (!box) throw new Error('no canvas');
    // Three notches of the wheel, each animated by sigma over several frames.
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.4);
    for (let i = 0; i < 3; i++) {
      await page.mouse.wheel(0, -120);
      await page.waitForTimeout(40);
    }
    await settled(page);
    const made = (await plans()) - before;
    // Planned again once the camera rests (a plan costs tens of milliseconds at this size), and
    // only then; and what is drawn then names what came into view.
    expect(made).toBeGreaterThanOrEqual(1);
    expect(made).toBeLessThanOrEqual(2);
    // How many names fit depends on how far the wheel took the camera, which varies with the
    // machine's load (the discs are large here): what is drawn is the rested plan, and it names
    // nodes the overview did not.
    const drawn = await labels(page);
    const plan = new Set(await probe(page, (p) => p.planned()));
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.every((label) => plan.has(label.node))).toBe(true);
    expect(drawn.some((label) => !named.has(label.node))).toBe(true);
    await context.close();
  });

  it('an undirected weighted graph: no direction words, no certainty, weight drawn as thickness', async () => {
    const { page, problems, context } = await harness.open('?file=lesmis.gexf&select=n0', {
      ...PROBE,
      files: { 'lesmis.gexf': gephiLike('lesmis') },
    });
    await expect.poll(() => page.locator('body').getAttribute('data-graph')).toBe('imported');
    await settled(page);
    const legend = await page
      .getByRole('complementary', { name: 'Legend and filters' })
      .textContent();
    expect(legend).not.toMatch(/speculation|opinion/i);
    // Heavier ties are drawn thicker: e3 (weight 5) against e4 (weight 1), both emphasised.
    const widths = await probe(page, (p) => [p.edge('e4')?.size ?? 0, p.edge('e3')?.size ?? 0]);
    expect(widths[1]).toBeGreaterThan(widths[0] ?? 0);
    // Paths rank by the strongest ties, and say so.
    const finder = page.locator('#path-panel');
    await finder.locator('input').first().fill('Character 1');
    await finder.locator('input').nth(1).fill('Character 2');
    await finder.getByRole('button', { name: 'Find paths', exact: true }).click();
    await expect.poll(() => finder.textContent(), { timeout: 20_000 }).toContain('strongest ties');
    expect(await finder.textContent()).not.toMatch(/evidence strength|unrated/);
    await shot(page, 'canvas-imported-lesmis');
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('perspectives you can see', () => {
  it('According to Dylan Patel: entities his claims do not touch fade; the card counts and lists each claim once', async () => {
    const { page, problems, context } = await harness.open('?by=dylan-patel&select=huawei', PROBE);
    await settled(page);
    const colours = await probe(page, (p) => ({
      patel: p.node('dylan-patel')?.color,
      nvidia: p.node('nvidia')?.color,
      gemini: p.node('gemini')?.color,
      faded: p.faded,
    }));
    expect(colours.patel).not.toBe(colours.faded);
    expect(colours.nvidia).not.toBe(colours.faded);
    expect(colours.gemini).toBe(colours.faded);
    // Faded entities are not named.
    expect(await labelledNodes(page)).not.toContain('gemini');
    const details = page.getByRole('complementary', { name: 'Details' });
    const text = (await details.textContent()) ?? '';
    expect(text).toMatch(/\d+ of \d+ relations shown/);
    // Each sentence once: no claim both as a relation and as his statement.
    const sentences = await details.locator('li.relation .sentence').allTextContents();
    const claims = sentences.map((s) =>
      s
        .replace(/Show on graph/g, '')
        .replace(/^By [^:]+: /, '')
        .trim(),
    );
    expect(new Set(claims).size).toBe(claims.length);
    // The canvas says why the rest is faded, and offers the way back.
    const note = page.locator('#canvas-note');
    expect(await note.textContent()).toContain('According to Dylan Patel only');
    await shot(page, 'canvas-perspective-patel');
    await note.getByRole('button', { name: 'Show everyone’s claims' }).click();
    await expect.poll(() => page.url()).not.toContain('by=');
    expect(await note.isVisible()).toBe(false);
    await expect.poll(() => probe(page, (p) => p.node('gemini')?.color === p.faded)).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the path briefing', () => {
  it('PNG and SVG name the question, label every entity of the path, caption each hop; "Whole graph" differs', async () => {
    const { page, problems, context } = await harness.open(
      '?from=us-commerce-department&to=ascend-910c',
      PROBE,
    );
    await expect.poll(() => probe(page, (p) => p.path().length)).toBeGreaterThan(1);
    await settled(page);
    const onPath = await probe(page, (p) => p.path().map((n) => p.text(n)));
    const download = async (scope: 'whole' | 'view', item: string) => {
      await page.click('#export-details summary');
      await page.check(`input[name="export-scope"][value="${scope}"]`);
      const [file] = await Promise.all([page.waitForEvent('download'), page.click(item)]);
      return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
    };
    const svg = await download('view', '#download-svg');
    expect(svg.name).toMatch(/^chipgraph-\d{4}-\d{2}-\d{2}\.svg$/);
    const doc = new DOMParser().parseFromString(svg.bytes.toString('utf8'), 'image/svg+xml');
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent ?? '');
    expect(
      texts.some((t) =>
        /^How is U\.S\. Department of Commerce connected to Ascend 910C\?$/.test(t),
      ),
    ).toBe(true);
    // Every entity of the path is named in the picture…
    for (const label of onPath) expect(texts, label).toContain(label);
    expect(texts.some((t) => /^Path 1 of \d+: U\.S\. Department of Commerce → /.test(t))).toBe(
      true,
    );
    // Each hop is numbered on the picture…
    for (let i = 1; i < onPath.length; i++) expect(texts).toContain(String(i));
    // …and has a caption line with its short citation.
    const hops = texts.filter((t) => /^\d+\. /.test(t));
    expect(hops).toHaveLength(onPath.length - 1);
    for (const hop of hops) expect(hop).toMatch(/¶\d+/);
    const view = await download('view', '#download-png');
    const whole = await download('whole', '#download-png');
    expect(view.name).toMatch(/\.png$/);
    const viewPng = PNG.sync.read(view.bytes);
    const wholePng = PNG.sync.read(whole.bytes);
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, 'canvas-briefing-path.png'), view.bytes);
    writeFileSync(join(ARTIFACTS, 'canvas-briefing-whole.png'), whole.bytes);
    writeFileSync(join(ARTIFACTS, 'canvas-briefing-path.svg'), svg.bytes);
    // The path view fades what is off the path; the whole graph is drawn unfaded.
    const faded = await probe(page, (p) => p.faded);
    expect(countColor(viewPng, faded, 2)).toBeGreaterThan(500);
    expect(countColor(wholePng, faded, 2)).toBeLessThan(countColor(viewPng, faded, 2) / 5);
    expect(countColor(wholePng, KIND_COLORS.company)).toBeGreaterThan(80);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('a relation shown on the graph', () => {
  it('from Sources, Huawei–Nvidia reads as one tie: both ends named and in colour, Semiconductors faded', async () => {
    const { page, problems, context } = await harness.open('?view=sources', PROBE);
    await page.locator('[data-edge="huawei--competes-with--nvidia"]').first().click();
    await expect.poll(() => page.url()).toContain('edge=huawei--competes-with--nvidia');
    await settled(page);
    const named = await labelledNodes(page);
    expect(named.has('huawei')).toBe(true);
    expect(named.has('nvidia')).toBe(true);
    expect(named.has('semiconductors')).toBe(false);
    const drawn = await probe(page, (p) => ({
      semi: p.node('semiconductors'),
      nvidia: p.node('nvidia')?.color,
      edge: p.edge('huawei--competes-with--nvidia'),
      faded: p.faded,
    }));
    expect(drawn.nvidia).not.toBe(drawn.faded);
    expect(drawn.edge?.forceLabel).toBe(true);
    await shot(page, 'canvas-relation-huawei-nvidia');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a relation another source contests says so on the canvas: its phrase, and its colour when emphasised', async () => {
    // Which relation is contested comes from the data.
    const relations = (
      JSON.parse(readFileSync(join(SHIPPED_DATA, 'relations.json'), 'utf8')) as {
        relations: { id: string; target: string; corroboration?: { stance: string }[] }[];
      }
    ).relations;
    const contested = relations.find((r) =>
      (r.corroboration ?? []).some((c) => c.stance === 'contests'),
    );
    expect(contested).toBeDefined();
    const id = contested?.id ?? '';
    const { page, problems, context } = await harness.open(`?edge=${id}`, PROBE);
    await settled(page);
    expect((await probe(page, (p, edge) => p.edge(edge), id))?.label).toMatch(/ \(contested\)$/);
    // Around its target, emphasised with the other relations there, it alone is in the warning
    // colour.
    await page.goto(new URL(`?select=${contested?.target ?? ''}`, harness.baseUrl).href);
    await page.waitForSelector('body[data-ready="true"]');
    await settled(page);
    const colours = await probe(
      page,
      (p, target) => p.edgesOf(target).map((e) => [e, p.edge(e)?.color] as const),
      contested?.target ?? '',
    );
    expect(colours.find(([e]) => e === id)?.[1]).toBe(CONTESTED_COLOR);
    expect(colours.filter(([, c]) => c === CONTESTED_COLOR).map(([e]) => e)).toEqual(
      relations
        .filter(
          (r) =>
            colours.some(([e]) => e === r.id) &&
            (r.corroboration ?? []).some((c) => c.stance === 'contests'),
        )
        .map((r) => r.id),
    );
    expect(problems).toEqual([]);
    await context.close();
  });
});
