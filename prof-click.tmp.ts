import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';
import { startHarness } from './tests/e2e/browser';
const harness = await startHarness();
const { page, context } = await harness.open('', {});
await page.setInputFiles('#file-input', '/work/main/dist/bench-data/synthetic-10000.gexf');
await page.waitForSelector('body[data-graph="imported"]', { timeout: 120000 });
await page.waitForTimeout(2000);
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
const mode = process.argv[2] ?? 'click';
const box = (await page.locator('#sigma-container').boundingBox())!;
if (mode === 'click') {
  for (let i = 0; i < 10; i++) { await page.mouse.click(box.x + box.width * (0.3 + i * 0.04), box.y + box.height * 0.5); await page.waitForTimeout(300); if (await page.locator('body').getAttribute('data-details') === 'shown') break; }
} else if (mode === 'pan') {
  const x = box.x + box.width / 2, y = box.y + box.height / 2;
  await page.mouse.move(x, y); await page.mouse.down(); for (let i = 1; i <= 10; i++) await page.mouse.move(x + i * 12, y + i * 6); await page.mouse.up();
} else if (mode === 'layout') {
  await page.click('#layout-toggle'); await page.waitForTimeout(4000);
}
await page.waitForTimeout(500);
const { profile } = await cdp.send('Profiler.stop') as any;
const maps = new Map<string, SourceMapConsumer | null>();
const consumer = (url: string) => {
  if (!maps.has(url)) {
    try { const file = join('/work/main/dist', new URL(url).pathname); maps.set(url, new SourceMapConsumer(JSON.parse(readFileSync(file + '.map', 'utf8')))); } catch { maps.set(url, null); }
  }
  return maps.get(url);
};
const self = new Map<string, number>();
const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
const dt = profile.timeDeltas; const counts = new Map<number, number>();
profile.samples.forEach((s: number, i: number) => counts.set(s, (counts.get(s) ?? 0) + (dt[i] ?? 0)));
for (const [id, t] of counts) {
  const n: any = byId.get(id); const cf = n.callFrame;
  let key = `${cf.functionName} ${cf.url.split('/').pop()}:${cf.lineNumber}`;
  const c = cf.url ? consumer(cf.url) : null;
  if (c) { const o = c.originalPositionFor({ line: cf.lineNumber + 1, column: cf.columnNumber }); if (o.source) key = `${o.name ?? cf.functionName} ${o.source.replace(/.*node_modules\//, '').replace(/.*\/src\//, 'src/')}:${o.line}`; }
  self.set(key, (self.get(key) ?? 0) + t);
}
[...self].sort((a, b) => b[1] - a[1]).slice(0, 30).forEach(([k, t]) => console.log(String(Math.round(t / 1000)).padStart(6), k));
await harness.close();
