/**
 * The browser half of `npm run bench`, in Debian's Chromium (software WebGL here: a user's GPU
 * draws far faster, so draws are reported apart from the page's own work). Ours against bare
 * sigma drawing the same graph, and against graphology-gexf's browser parser for imports.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { importGraphFile } from '../../src/io/import';
import { toGraphJson } from '../../src/io/json-write';
import { CHROMIUM_PATH, startHarness, type Harness } from '../e2e/browser';
import { LARGE_GRAPH_EDGES } from '../../src/ui/reducers';
import { MIN_RUNS, stat, type Row } from './stats';
import { syntheticGraph } from './synthetic';

const ROOT = join(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'dist');
const BARE = join(import.meta.dirname, 'bare');

/**
 * Runs in each page before its own scripts: the timing switch, long tasks, Event Timing, and the
 * moment a file is chosen or a key pressed.
 */
const INIT = `
  globalThis.chipgraphTiming = true;
  globalThis.__bench = { longTasks: [], events: [], keys: [], suggestions: [], importStart: null };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) __bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      __bench.events.push({ name: e.name, start: e.startTime, processingStart: e.processingStart, processingEnd: e.processingEnd });
  }).observe({ type: 'event', buffered: true, durationThreshold: 16 });
  document.addEventListener('change', (e) => {
    if (e.target && e.target.id === 'file-input') __bench.importStart = performance.now();
  }, true);
  document.addEventListener('keydown', () => __bench.keys.push(performance.now()), true);
  document.addEventListener('DOMContentLoaded', () => {
    const list = document.getElementById('search-options');
    if (list) new MutationObserver(() => __bench.suggestions.push({ at: performance.now(), count: list.children.length }))
      .observe(list, { childList: true, subtree: true });
  });
`;

interface BenchState {
  longTasks: { start: number; duration: number }[];
  events: { name: string; start: number; processingStart: number; processingEnd: number }[];
  keys: number[];
  suggestions: { at: number; count: number }[];
  importStart: number | null;
}

const benchState = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { __bench: BenchState }).__bench);
const marks = (page: Page, name: string) =>
  page.evaluate(
    (n) =>
      performance.getEntriesByName(n).map((e) => ({ start: e.startTime, duration: e.duration })),
    name,
  );

/** Resolves at the page's next animation frames: the drawing before it has reached the screen. */
const settled = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );

/** The gzip size (KB) of the JavaScript a built page loads before its first frame. */
function initialScriptKb(htmlPath: string): number {
  const html = readFileSync(htmlPath, 'utf8');
  const dir = join(htmlPath, '..');
  const files = [
    ...html.matchAll(/<script[^>]*src="\.\/([^"]+)"/g),
    ...html.matchAll(/<link rel="modulepreload"[^>]*href="\.\/([^"]+)"/g),
  ].map((m) => m[1] ?? '');
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    // Static imports only (import … from "./x.js"); dynamic ones load on demand.
    const code = readFileSync(join(dir, file), 'utf8');
    for (const m of code.matchAll(/(?:^|[;\n])import[^"'()]*?from\s*["']\.\/([^"']+)["']/g))
      visit(join(file, '..', m[1] ?? ''));
  };
  files.forEach(visit);
  return [...seen].reduce(
    (kb, file) => kb + gzipSync(readFileSync(join(dir, file))).length / 1024,
    0,
  );
}

async function buildPages(sizes: readonly number[]): Promise<void> {
  await build({ root: ROOT, logLevel: 'warn' });
  await build({
    configFile: false,
    root: BARE,
    base: './',
    logLevel: 'warn',
    build: {
      outDir: join(DIST, 'bench'),
      emptyOutDir: true,
      rolldownOptions: { input: { bare: join(BARE, 'index.html'), gexf: join(BARE, 'gexf.html') } },
    },
  });
  copyFileSync(join(DIST, 'article-graph.json'), join(DIST, 'bench', 'article-graph.json'));
  mkdirSync(join(DIST, 'bench-data'), { recursive: true });
  for (const n of sizes) {
    const synthetic = syntheticGraph(n);
    writeFileSync(join(DIST, 'bench-data', `synthetic-${n}.gexf`), synthetic.gexf);
    // Laid out as chipgraph reads it: what the bare page draws to compare panning and layout.
    const graph = importGraphFile('synthetic.gexf', synthetic.gexf);
    writeFileSync(
      join(DIST, 'bench-data', `synthetic-${n}.json`),
      JSON.stringify(toGraphJson(graph)),
    );
  }
}

async function firstFrame(harness: Harness, path: string): Promise<number> {
  const { page, context } = await harness.open(path, { init: INIT });
  await page.waitForFunction(
    () => performance.getEntriesByName('chipgraph:first-frame').length > 0,
  );
  const [mark] = await marks(page, 'chipgraph:first-frame');
  await context.close();
  return mark?.start ?? NaN;
}

/** Opens a GEXF file in a page; the time from choosing it to the first frame, and the longest task. */
async function importFile(page: Page, file: string): Promise<{ ms: number; longest: number }> {
  const before = (await marks(page, 'chipgraph:first-frame')).length;
  await page.setInputFiles('#file-input', file);
  await page.waitForFunction(
    (n) => performance.getEntriesByName('chipgraph:first-frame').length > n,
    before,
    { timeout: 300_000, polling: 200 },
  );
  const frames = await marks(page, 'chipgraph:first-frame');
  const end = frames[frames.length - 1]?.start ?? NaN;
  const state = await benchState(page);
  const start = state.importStart ?? NaN;
  const longest = state.longTasks
    .filter((t) => t.start + t.duration >= start && t.start <= end)
    .reduce((max, t) => Math.max(max, t.duration), 0);
  return { ms: end - start, longest };
}

/**
 * Per frame while the mouse drags the canvas across: the draw and the page's own per-frame work
 * before it (the explorer plans its labels for the new camera; the bare page has none), and the
 * label plans alone.
 */
async function panFrames(
  page: Page,
  selector: string,
): Promise<{ frames: number[]; plans: number[] }> {
  const box = await page.locator(selector).boundingBox();
  if (!box) return { frames: [], plans: [] };
  // Start on the empty stage: pressing on a node drags the node instead (the page shows a
  // pointer over nodes; the bare page has no drag, so any point pans there).
  // Over the whole stage, margins included (a graph fills its middle): a drag that starts on a
  // node would time moving that node, not a pan, so a page with no free spot gives no runs.
  let x = box.x + box.width / 2;
  let y = box.y + box.height / 2;
  let free = false;
  for (let i = 0; i < 60; i++) {
    await page.mouse.move(x, y);
    const cursor = await page.locator(selector).evaluate((el) => getComputedStyle(el).cursor);
    free = cursor !== 'pointer';
    if (free) break;
    x = box.x + box.width * (0.03 + 0.94 * (((i * 7) % 13) / 13));
    y = box.y + box.height * (0.03 + 0.94 * (((i * 5) % 11) / 11));
  }
  if (!free) return { frames: [], plans: [] };
  const t0 = await page.evaluate(() => performance.now());
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 20; i++) await page.mouse.move(x + i * 12, y + i * 6);
  await page.mouse.up();
  await page.waitForTimeout(500);
  const draws = (await marks(page, 'chipgraph:draw')).filter((d) => d.start >= t0);
  const plans = (await marks(page, 'chipgraph:labels')).filter((d) => d.start >= t0);
  // Each draw with the plans made since the draw before it.
  let last = t0;
  const frames = draws.map((draw) => {
    const work = plans
      .filter((p) => p.start >= last && p.start < draw.start)
      .reduce((sum, p) => sum + p.duration, 0);
    last = draw.start + draw.duration;
    return draw.duration + work;
  });
  return { frames, plans: plans.map((p) => p.duration) };
}

/**
 * The page's own main-thread work for an action, besides sigma's draws: its view updates, label
 * plans and restyles (sigma's processing of the reducers' output) recorded from `t0` until the
 * page has settled, each counted once (a restyle inside an update is part of it), the draws
 * inside them taken out.
 */
async function workSince(page: Page, t0: number): Promise<number> {
  const entries = (
    await Promise.all(['update', 'labels', 'restyle'].map((n) => marks(page, `chipgraph:${n}`)))
  )
    .flat()
    .filter((e) => e.start >= t0)
    .sort((a, b) => a.start - b.start || b.duration - a.duration);
  const outer: { start: number; duration: number }[] = [];
  for (const e of entries) {
    const host = outer[outer.length - 1];
    if (host && e.start + e.duration <= host.start + host.duration) continue;
    outer.push(e);
  }
  const draws = (await marks(page, 'chipgraph:draw')).filter((d) =>
    outer.some((o) => d.start >= o.start && d.start + d.duration <= o.start + o.duration),
  );
  const sum = (list: { duration: number }[]) => list.reduce((t, d) => t + d.duration, 0);
  return sum(outer) - sum(draws);
}

/** Runs `action` in the page and returns the page's own work it caused (see `workSince`). */
async function actionWork(page: Page, action: () => Promise<void>): Promise<number> {
  await settled(page);
  const t0 = await page.evaluate(() => performance.now());
  await action();
  await settled(page);
  await page.waitForTimeout(150);
  await settled(page);
  return workSince(page, t0);
}

/** A legend row hides a kind and shows it again: a full restyle each, `MIN_RUNS` times. */
async function restyles(page: Page): Promise<number[]> {
  const times: number[] = [];
  const row = page.locator('[data-filter="hiddenKinds"][data-value="person"]');
  // A restyle at 100k keeps the page busy for long under software WebGL: the phase's budget, not
  // the click's own 30 s, bounds the wait.
  const click = () => row.click({ timeout: BUDGET_MS.restyle });
  for (let i = 0; i < MIN_RUNS; i++) times.push(await actionWork(page, click));
  if (times.length % 2 === 1) await click();
  return times;
}

/** The canvas loses focus, `MIN_RUNS` times (focused again, untimed, before each). */
async function blurs(page: Page): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < MIN_RUNS; i++) {
    await page.evaluate(() => document.getElementById('sigma-container')?.focus());
    await settled(page);
    times.push(
      await actionWork(page, () =>
        page.evaluate(() => document.getElementById('sigma-container')?.blur()),
      ),
    );
  }
  return times;
}

/** One step of the wheel, in and out alternately, `MIN_RUNS` times; back to the view it had. */
async function zooms(page: Page): Promise<number[]> {
  const times: number[] = [];
  const box = await page.locator('#sigma-container').boundingBox();
  if (!box) return times;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < MIN_RUNS; i++)
    times.push(await actionWork(page, () => page.mouse.wheel(0, i % 2 === 0 ? -120 : 120)));
  // An odd count zoomed in once more than out: the phases after it start from the overview.
  if (MIN_RUNS % 2 === 1) await page.mouse.wheel(0, 120);
  await page.waitForTimeout(500);
  return times;
}

/**
 * Clicks on the canvas until a node is selected. Splits the click's main-thread time into the
 * page's own work (the view update: panels, reducers, labels; `chipgraph:update` without the draws
 * inside it) and sigma's draws that follow (their JavaScript time; under software WebGL the
 * rasterising happens later, in the GPU process). Sigma finds the node under the pointer by reading
 * pixels back from WebGL, which waits for any drawing still queued: on a large graph a click can
 * take many seconds to arrive, so each waits for the page to have handled it.
 */
async function clickSelection(page: Page): Promise<{ work: number; draw: number } | null> {
  const box = await page.locator('#sigma-container').boundingBox();
  if (!box) return null;
  for (let i = 0; i < 40; i++) {
    const x = box.x + box.width * (0.3 + (0.4 * ((i * 7) % 10)) / 10);
    const y = box.y + box.height * (0.3 + (0.4 * ((i * 3) % 10)) / 10);
    const draws = (await marks(page, 'chipgraph:draw')).length;
    const updates = (await marks(page, 'chipgraph:update')).length;
    await page.mouse.click(x, y);
    // Runs after the click's own tasks: the selection, if any, is made by then.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    if ((await page.locator('body').getAttribute('data-details')) !== 'shown') continue;
    await settled(page);
    await page.waitForTimeout(200);
    const update = (await marks(page, 'chipgraph:update')).slice(updates);
    const drawn = (await marks(page, 'chipgraph:draw')).slice(draws);
    const sum = (list: { duration: number }[]) => list.reduce((t, d) => t + d.duration, 0);
    const drawInUpdate = sum(
      drawn.filter((d) =>
        update.some((u) => d.start >= u.start && d.start <= u.start + u.duration),
      ),
    );
    // Clear it again for the next run (Escape clears the selection).
    await page.keyboard.press('Escape');
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    await settled(page);
    return { work: sum(update) - drawInUpdate, draw: sum(drawn) };
  }
  return null;
}

/** Types into the search box; per keystroke, the time until the suggestions changed. */
async function keystrokes(page: Page, text: string): Promise<number[]> {
  await page.click('#search-input');
  const times: number[] = [];
  for (const char of text) {
    const before = await benchState(page);
    await page.keyboard.type(char);
    await page.waitForTimeout(250);
    const after = await benchState(page);
    const key = after.keys[before.keys.length];
    const shown = after.suggestions.slice(before.suggestions.length).find((s) => s.count > 0);
    if (key !== undefined && shown) times.push(shown.at - key);
  }
  await page.fill('#search-input', '');
  return times;
}

/** Layout iterations per second, in `MIN_RUNS` windows of a second each after a warm-up. */
async function layoutRate(page: Page, start: () => Promise<void>): Promise<number[]> {
  await start();
  await page.waitForTimeout(1000);
  const rates: number[] = [];
  for (let i = 0; i < MIN_RUNS; i++) {
    const from = (await marks(page, 'chipgraph:layout-step')).length;
    const t0 = await page.evaluate(() => performance.now());
    await page.waitForTimeout(1000);
    const steps = (await marks(page, 'chipgraph:layout-step')).length - from;
    const t1 = await page.evaluate(() => performance.now());
    rates.push((steps * 1000) / (t1 - t0));
  }
  return rates;
}

/**
 * Each browser phase's time budget (ms). Under software WebGL a large graph can keep a page busy
 * for minutes; a phase past its budget is reported as timed out (and fails its goal) and the
 * bench goes on, so that RESULTS.md always gets its browser rows.
 */
export const BUDGET_MS = {
  import: 300_000,
  settle: 180_000,
  click: 300_000,
  keystroke: 120_000,
  pan: 300_000,
  blur: 300_000,
  zoom: 300_000,
  restyle: 600_000,
  layout: 60_000,
} as const;

const TIMED_OUT = Symbol('timed out');

/** Runs a phase, or gives up on it after `budget` ms (its page is closed by the caller). */
async function withinBudget<T>(budget: number, work: () => Promise<T>): Promise<T | typeof TIMED_OUT> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), budget);
  });
  // A phase that fails (a click the busy page never took) is reported as not finished, its error
  // logged, and the bench goes on: one phase must not cost the whole run its results. A phase
  // given up on fails later, when its page closes: nothing to report then.
  const running = work().catch((error: unknown): typeof TIMED_OUT => {
    console.log(`  a phase failed: ${(error instanceof Error ? error.message : String(error)).split('\n')[0] ?? ''}`);
    return TIMED_OUT;
  });
  try {
    return await Promise.race([running, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function browserRows(
  sizes: readonly number[],
  log: (row: Row) => void,
): Promise<Row[]> {
  if (!existsSync(CHROMIUM_PATH)) {
    console.log(`  skipped: no Chromium at ${CHROMIUM_PATH}`);
    return [];
  }
  const browserSizes = sizes.filter((n) => n >= 10_000 && n !== 50_000);
  await buildPages(browserSizes);
  const harness = await startHarness();
  const rows: Row[] = [];
  const add = (row: Omit<Row, 'section'>) => {
    const full = { section: 'Browser', ...row };
    rows.push(full);
    log(full);
  };
  try {
    add({
      graph: 'article',
      measure: 'initial JavaScript (gzip)',
      unit: 'KB',
      ours: stat([initialScriptKb(join(DIST, 'index.html'))]),
      baseline: {
        name: 'bare sigma page',
        stat: stat([initialScriptKb(join(DIST, 'bench', 'index.html'))]),
      },
    });
    const ours: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < 7; i++) {
      if (i % 2 === 0) {
        ours.push(await firstFrame(harness, ''));
        bare.push(await firstFrame(harness, 'bench/index.html'));
      } else {
        bare.push(await firstFrame(harness, 'bench/index.html'));
        ours.push(await firstFrame(harness, ''));
      }
    }
    add({
      graph: 'article',
      measure: 'navigation → first frame',
      unit: 'ms',
      ours: stat(ours),
      baseline: { name: 'bare sigma page, same graph', stat: stat(bare) },
    });

    for (const n of browserSizes) {
      const graph = `synthetic ${n / 1000}k`;
      const file = join(DIST, 'bench-data', `synthetic-${n}.gexf`);
      const runs = MIN_RUNS;
      const ourImport: number[] = [];
      const ourLongest: number[] = [];
      const theirImport: number[] = [];
      const theirLongest: number[] = [];
      let kept: Awaited<ReturnType<Harness['open']>> | null = null;
      let importTimedOut = false;
      const theirRun = async () => {
        const theirs = await harness.open('bench/gexf.html', { init: INIT });
        const b = await withinBudget(BUDGET_MS.import, () => importFile(theirs.page, file));
        if (b !== TIMED_OUT) {
          theirImport.push(b.ms);
          theirLongest.push(b.longest);
        }
        await theirs.context.close();
      };
      for (let i = 0; i < runs && !importTimedOut; i++) {
        // Alternating which page imports first.
        if (i % 2 === 1) await theirRun();
        const mine = await harness.open('', { init: INIT });
        const a = await withinBudget(BUDGET_MS.import, () => importFile(mine.page, file));
        if (a === TIMED_OUT) importTimedOut = true;
        else {
          ourImport.push(a.ms);
          ourLongest.push(a.longest);
        }
        if (i === runs - 1 && a !== TIMED_OUT) kept = mine;
        else await mine.context.close();
        if (i % 2 === 0) await theirRun();
      }
      const timedOut = (measure: string, budget: number): Omit<Row, 'section'> => ({
        graph,
        measure,
        unit: 'ms',
        ours: stat([]),
        note: `not finished within its budget of ${budget / 1000} s (timed out, or failed: the bench log says which)`,
      });
      const gexfBaseline = (values: number[]) => ({
        name: 'graphology-gexf/browser + sigma',
        stat: stat(values),
      });
      if (importTimedOut) {
        add(timedOut('import GEXF (file → drawn graph)', BUDGET_MS.import));
        add(timedOut('longest main-thread task during import', BUDGET_MS.import));
      } else {
        add({
          graph,
          measure: 'import GEXF (file → drawn graph)',
          unit: 'ms',
          ours: stat(ourImport),
          baseline: gexfBaseline(theirImport),
        });
        add({
          graph,
          measure: 'longest main-thread task during import',
          unit: 'ms',
          ours: stat(ourLongest),
          baseline: gexfBaseline(theirLongest),
        });
      }
      if (kept) {
        const { page, context } = kept;
        // Software WebGL finishes drawing the imported graph long after sigma's draw call returns:
        // wait for the next animation frame so that the stall is not billed to the first click.
        await withinBudget(BUDGET_MS.settle, () => settled(page));
        const clicks = await withinBudget(BUDGET_MS.click, async () => {
          const results: { work: number; draw: number }[] = [];
          for (let i = 0; i < MIN_RUNS; i++) {
            const result = await clickSelection(page);
            if (result) results.push(result);
          }
          return results;
        });
        if (clicks === TIMED_OUT) {
          add(timedOut('click → selection (main thread, without draw)', BUDGET_MS.click));
        } else if (clicks.length > 0) {
          add({
            graph,
            measure: 'click → selection (main thread, without draw)',
            unit: 'ms',
            ours: stat(clicks.map((c) => c.work)),
          });
          add({
            graph,
            measure: 'click → selection: sigma’s draws (JavaScript time)',
            unit: 'ms',
            ours: stat(clicks.map((c) => c.draw)),
          });
        }
        // Each phase has its own budget: one that ran out leaves the page busy, not unusable.
        const keys = await withinBudget(BUDGET_MS.keystroke, () => keystrokes(page, 'Node 12'));
        if (keys === TIMED_OUT) add(timedOut('keystroke → suggestions', BUDGET_MS.keystroke));
        else if (keys.length > 0)
          add({ graph, measure: 'keystroke → suggestions', unit: 'ms', ours: stat(keys) });
        // Cheapest first, each phase with its own budget, so that one running out (a restyle
        // redraws 400k edges under software WebGL) leaves the others measured.
        const ourPan = await withinBudget(BUDGET_MS.pan, () => panFrames(page, '#sigma-container'));
        const phases = [
          ['canvas loses focus (main thread, without draw)', BUDGET_MS.blur, blurs],
          ['one zoom step (main thread, without draw)', BUDGET_MS.zoom, zooms],
          ['full restyle: hide a kind (main thread, without draw)', BUDGET_MS.restyle, restyles],
        ] as const;
        for (const [measure, budget, phase] of phases) {
          const times = await withinBudget(budget, () => phase(page));
          if (times === TIMED_OUT) add(timedOut(measure, budget));
          else add({ graph, measure, unit: 'ms', ours: stat(times) });
        }
        await context.close();
        // The explorer hides edges while moving on a graph of more than LARGE_GRAPH_EDGES edges:
        // the bare page does the same then.
        const hide = 4 * n > LARGE_GRAPH_EDGES ? '&hideEdgesOnMove=1' : '';
        const bareSigma = await harness.open(
          `bench/index.html?graph=../bench-data/synthetic-${n}.json${hide}`,
          { init: INIT, readyTimeout: BUDGET_MS.import },
        );
        const barePan = await withinBudget(BUDGET_MS.pan, async () => {
          await settled(bareSigma.page);
          return panFrames(bareSigma.page, '#graph');
        });
        await bareSigma.context.close();
        if (ourPan === TIMED_OUT) add(timedOut('frame work while panning', BUDGET_MS.pan));
        else {
          add({
            graph,
            measure: 'frame work while panning (draw + label plan)',
            unit: 'ms',
            ours: stat(ourPan.frames),
            baseline: {
              name: 'bare sigma page, same graph, edges hidden while moving too (draw)',
              stat: stat(barePan === TIMED_OUT ? [] : barePan.frames),
            },
          });
          add({
            graph,
            measure: 'label plan of a panning frame',
            unit: 'ms',
            ours: stat(ourPan.plans),
          });
        }
      }
      if (n === 10_000) {
        const mine = await harness.open('', { init: INIT });
        const a = await withinBudget(BUDGET_MS.import + BUDGET_MS.layout, async () => {
          await importFile(mine.page, file);
          await settled(mine.page);
          return layoutRate(mine.page, () => mine.page.click('#layout-toggle'));
        });
        await mine.context.close();
        const naive = await harness.open(
          `bench/index.html?graph=../bench-data/synthetic-${n}.json&layout=1`,
          { init: INIT },
        );
        const b = await withinBudget(BUDGET_MS.layout, () =>
          layoutRate(naive.page, () => Promise.resolve()),
        );
        await naive.context.close();
        if (a === TIMED_OUT)
          add({ ...timedOut('ForceAtlas2 while drawing', BUDGET_MS.layout), unit: 'it/s' });
        else
          add({
            graph,
            measure: 'ForceAtlas2 while drawing',
            unit: 'it/s',
            ours: stat(a),
            baseline: {
              name: 'FA2 worker on the drawn graph (its documented use)',
              stat: stat(b === TIMED_OUT ? [] : b),
            },
          });
      }
    }
  } finally {
    await harness.close();
  }
  return rows;
}
