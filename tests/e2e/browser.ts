/**
 * Browser test harness: Debian's Chromium (`$CHROMIUM_PATH` or /usr/bin/chromium) driven by
 * playwright-core with a fresh profile, and Vite's preview server over the built `dist/`.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createServer, preview } from 'vite';

/** Screenshots the tests save for people to look at (git-ignored). */
export const ARTIFACTS = join(import.meta.dirname, 'artifacts');

/**
 * Where the browser tests build the site and serve it from: `dist/`, or `$CHIPGRAPH_OUT_DIR` so
 * that two checkouts' runs (or two people's) on one machine do not overwrite each other's build.
 */
export const OUT_DIR = process.env['CHIPGRAPH_OUT_DIR'] ?? 'dist';

/** Saves a screenshot of the page as `artifacts/<name>.png`. */
export function shot(page: Page, name: string): Promise<Buffer> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

/** The committed pictures of the docs (the README's screenshot), refreshed on request. */
export const DOCS_PICTURES = join(import.meta.dirname, '..', '..', 'docs');

/**
 * Saves the page as `docs/<name>.png` when `CHIPGRAPH_UPDATE_DOCS=1`: the README's picture is
 * committed, so an ordinary test run must not rewrite a tracked file; the artifact beside it
 * (`shot`) is always fresh.
 */
export async function docsShot(page: Page, name: string): Promise<void> {
  if (process.env['CHIPGRAPH_UPDATE_DOCS'] !== '1') return;
  await page.screenshot({ path: join(DOCS_PICTURES, `${name}.png`) });
}

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core's violations (WCAG 2.1 A/AA and best practice) on the page as it is. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (o: unknown) => Promise<unknown> } }).axe;
    return (await axe.run({
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
    })) as { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
  });
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface OpenOptions {
  readonly viewport?: { width: number; height: number };
  /** Extra same-origin files to serve: path below the site → body. */
  readonly files?: Record<string, string>;
  /** Let the test inject scripts despite the page's Content-Security-Policy (axe-core). */
  readonly bypassCSP?: boolean;
  /** A script run in the page before its own (the bench's timing switch and observers). */
  readonly init?: string;
  /** How long to wait for the page to say it is ready (ms). Default 20 s; the bench's large graphs need more. */
  readonly readyTimeout?: number;
}

export interface Harness {
  readonly browser: Browser;
  readonly baseUrl: string;
  /** A new page with console errors and failed requests recorded. */
  open(path?: string, options?: OpenOptions): Promise<OpenedPage>;
  close(): Promise<void>;
}

export interface OpenedPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Console errors, page errors and requests to other origins. */
  readonly problems: string[];
}

/** A server for the page: the built site (what users deploy) or the development server. */
interface Served {
  readonly address: () => AddressInfo | string | null;
  readonly close: () => Promise<void>;
}

/**
 * The development server (`npm start`) over a data folder: the page as a curator runs it, which
 * saves reviewed drafts into that folder.
 */
async function devServer(dataDir: string): Promise<Served> {
  // The config reads its data folder when it loads (vite.config.ts).
  process.env['CHIPGRAPH_DATA_DIR'] = dataDir;
  const server = await createServer({
    configLoader: 'runner',
    server: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'warn',
  });
  await server.listen();
  const http = server.httpServer;
  if (!http) throw new Error('the development server has no HTTP server');
  return { address: () => http.address(), close: () => server.close() };
}

/**
 * Starts the server and browser; `extraArgs` adds Chromium flags (e.g. to turn WebGL off);
 * `dev.dataDir` serves the development server over that data folder instead of the built site.
 */
export async function startHarness(
  extraArgs: readonly string[] = [],
  dev?: { readonly dataDir: string },
): Promise<Harness> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}. Install Debian's package ("apt-get install chromium", as .ci/run does) or set CHROMIUM_PATH.`,
    );
  }
  const server: Served =
    dev === undefined
      ? await preview({
          configLoader: 'runner',
          build: { outDir: OUT_DIR },
          preview: { port: 0, host: '127.0.0.1', strictPort: false },
          logLevel: 'warn',
        }).then((p) => ({
          address: () => p.httpServer.address(),
          close: () =>
            new Promise<void>((resolve, reject) =>
              p.httpServer.close((e) => (e ? reject(e) : resolve())),
            ),
        }))
      : await devServer(dev.dataDir);
  const address = server.address();
  if (address === null || typeof address === 'string')
    throw new Error('preview server has no port');
  const baseUrl = `http://127.0.0.1:${address.port}/`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...FLAGS, ...extraArgs],
  });
  return {
    browser,
    baseUrl,
    async open(path = '', options: OpenOptions = {}) {
      const context = await browser.newContext({
        acceptDownloads: true,
        viewport: options.viewport ?? { width: 1280, height: 800 },
        bypassCSP: options.bypassCSP ?? false,
      });
      for (const [file, body] of Object.entries(options.files ?? {})) {
        await context.route(new URL(file, baseUrl).href, (route) =>
          route.fulfill({ status: 200, body, contentType: 'application/xml' }),
        );
      }
      if (options.init !== undefined) await context.addInitScript(options.init);
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('request', (request) => {
        if (
          !request.url().startsWith(baseUrl) &&
          !request.url().startsWith('blob:') &&
          !request.url().startsWith('data:')
        ) {
          problems.push(`request left the site: ${request.url()}`);
        }
      });
      await page.goto(new URL(path, baseUrl).href);
      await page.waitForSelector('body[data-ready="true"]', {
        timeout: options.readyTimeout ?? 20_000,
      });
      return { page, context, problems };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
