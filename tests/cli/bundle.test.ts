/**
 * The bin runs the compiled bundle, and never a stale one: a bundle older than any of its inputs
 * (or missing, or without its manifest) sends it to the TypeScript sources through tsx.
 */
import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { buildKg } from '../../src/cli/build';
import {
  BUNDLE_DIR,
  BUNDLE_FILE,
  DERIVED_DIR,
  MANIFEST_FILE,
  cacheFileFor,
  freshBundle,
} from '../../src/cli/bundle.js';
import { ROOT } from '../helpers/data';
import { PROCESS_TIMEOUT_MS } from '../helpers/gexf';

const run = promisify(execFile);
const folders: string[] = [];
/** A new temporary folder, removed after the tests. */
const folder = () => {
  const created = mkdtempSync(join(tmpdir(), 'chipgraph-bundle-'));
  folders.push(created);
  return created;
};
afterAll(() => {
  for (const created of folders) rmSync(created, { recursive: true, force: true });
});
const seconds = (ms: number) => ms / 1000;

/** A project folder holding one input and a bundle built at `builtAt` from the given inputs. */
function project(manifest: unknown, builtAt = Date.now()) {
  const root = folder();
  mkdirSync(join(root, BUNDLE_DIR), { recursive: true });
  writeFileSync(join(root, 'input.ts'), 'export {};');
  // Inputs modified a minute before the build.
  const before = seconds(builtAt - 60_000);
  utimesSync(join(root, 'input.ts'), before, before);
  writeFileSync(join(root, BUNDLE_DIR, BUNDLE_FILE), '');
  writeFileSync(
    join(root, BUNDLE_DIR, MANIFEST_FILE),
    typeof manifest === 'string' ? manifest : JSON.stringify(manifest),
  );
  return root;
}

describe('freshBundle', () => {
  it('refuses a missing bundle, a missing or malformed manifest, and a manifest of another shape', () => {
    expect(freshBundle(folder())).toBeNull();
    const noManifest = project({});
    rmSync(join(noManifest, BUNDLE_DIR, MANIFEST_FILE));
    expect(freshBundle(noManifest)).toBeNull();
    const now = Date.now();
    for (const manifest of [
      '{"builtAt": ',
      'null',
      '[]',
      {},
      { builtAt: String(now), inputs: ['input.ts'] },
      { builtAt: now, inputs: 'input.ts' },
      { builtAt: now, inputs: [] },
      { builtAt: now, inputs: ['input.ts', 7] },
    ])
      expect(freshBundle(project(manifest, now)), JSON.stringify(manifest)).toBeNull();
  });

  it('refuses a bundle one of whose inputs is missing or was changed after the build began', () => {
    const builtAt = Date.now();
    const missing = project({ builtAt, inputs: ['input.ts', 'gone.ts'] }, builtAt);
    expect(freshBundle(missing)).toBeNull();
    const edited = project({ builtAt, inputs: ['input.ts'] }, builtAt);
    const after = seconds(builtAt + 2_000);
    utimesSync(join(edited, 'input.ts'), after, after);
    expect(freshBundle(edited)).toBeNull();
  });

  it('runs a bundle built after every input changed, found in the folder given', () => {
    const builtAt = Date.now();
    const root = project({ builtAt, inputs: ['input.ts'] }, builtAt);
    expect(freshBundle(root)).toBe(join(root, BUNDLE_DIR, BUNDLE_FILE));
    expect(freshBundle(root, join(root, BUNDLE_DIR))).toBe(join(root, BUNDLE_DIR, BUNDLE_FILE));
    expect(freshBundle(root, 'elsewhere')).toBeNull();
  });
});

describe('buildKg', () => {
  it('refuses an empty folder name', async () => {
    await expect(buildKg(' ')).rejects.toThrow('the bundle folder must not be empty');
  });
});

/**
 * A copy of the project to build and run in: the sources and data copied (so that they can be
 * edited), the installed libraries linked one by one (so that its node_modules/.cache, where the
 * bundle goes, is its own).
 */
function projectCopy(): string {
  const root = folder();
  for (const part of ['src', 'graph-data', 'package.json', 'tsconfig.json'])
    cpSync(join(ROOT, part), join(root, part), { recursive: true });
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules')))
    if (name === '.package-lock.json')
      cpSync(join(ROOT, 'node_modules', name), join(root, 'node_modules', name));
    else if (name !== '.cache')
      symlinkSync(join(ROOT, 'node_modules', name), join(root, 'node_modules', name));
  return root;
}

describe('the kg bin in a copy of the project', { timeout: 4 * PROCESS_TIMEOUT_MS }, () => {
  it('runs the sources until built, then the bundle, and the sources again once they change', async () => {
    const root = projectCopy();
    const bin = join(root, 'src', 'cli', 'kg.js');
    const kg = async (...args: string[]) =>
      (await run(process.execPath, [bin, ...args], { cwd: root, timeout: PROCESS_TIMEOUT_MS }))
        .stdout;
    const derived = join(root, BUNDLE_DIR, DERIVED_DIR);
    const expected = await kg('path', 'Huawei', 'Nvidia');
    expect(expected).toMatch(/^3 paths from Huawei to Nvidia:/);
    // Only the bundle keeps the built graph: its folder says which of the two answered.
    expect(existsSync(derived)).toBe(false);

    const { bundle, inputs, id } = await run(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        `import('./src/cli/build.ts').then(async (m) => console.log(JSON.stringify(await m.buildKg())))`,
      ],
      { cwd: root, timeout: PROCESS_TIMEOUT_MS },
    ).then((r) => JSON.parse(r.stdout) as { bundle: string; inputs: string[]; id: string });
    expect(bundle).toBe(join(root, BUNDLE_DIR, BUNDLE_FILE));
    expect(inputs).toEqual(
      expect.arrayContaining([
        join('src', 'cli', 'start.ts'),
        join('src', 'model', 'schema.ts'),
        join('node_modules', '.package-lock.json'),
        'tsconfig.json',
      ]),
    );
    expect(readFileSync(bundle, 'utf8').startsWith(`// kg-build ${id}\n"use strict";`)).toBe(true);
    expect(existsSync(join(root, BUNDLE_DIR, cacheFileFor(id)))).toBe(true);
    expect(await kg('path', 'Huawei', 'Nvidia')).toBe(expected);
    expect(readdirSync(derived)).toHaveLength(1);
    // Read back from what it kept: the same answer.
    expect(await kg('path', 'Huawei', 'Nvidia')).toBe(expected);
    // The two libraries kept out of the bundle load when their command runs: ingest's language
    // library, and merge's formatter (a dynamic import of an outside module fails in the bin).
    const draft = join(root, 'draft.json');
    const wire = join(ROOT, 'tests', 'fixtures', 'ingest', 'wire.txt');
    await run(process.execPath, [bin, 'ingest', wire, '--out', draft], {
      cwd: root,
      timeout: PROCESS_TIMEOUT_MS,
    });
    const reviewed = JSON.parse(readFileSync(draft, 'utf8')) as {
      source: Record<string, unknown>;
      entities: Record<string, unknown>[];
    };
    reviewed.source['outlet'] = 'borna';
    for (const e of reviewed.entities)
      if (e['label'] === 'Maria Lopez') e['description'] = 'An analyst named in the story.';
    writeFileSync(draft, JSON.stringify(reviewed));
    const data = join(root, 'merged-data');
    cpSync(join(root, 'graph-data'), data, { recursive: true });
    const merged = await run(process.execPath, [bin, 'merge', draft, '--data', data], {
      cwd: root,
      timeout: PROCESS_TIMEOUT_MS,
    });
    expect(merged.stderr).toMatch(/^added: 1 source, 1 entity/);
    expect(readFileSync(join(data, 'entities.json'), 'utf8')).toContain('"id": "maria-lopez"');

    // The bundle's code cache accepted by V8, as the bin loads it.
    const loaded = await run(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { loadBundle } from ${JSON.stringify(join(root, 'src', 'cli', 'bundle.js'))}; const r = loadBundle(${JSON.stringify(bundle)}); console.log(JSON.stringify({ cached: r.cached, id: r.id, start: typeof r.exports.start }));`,
      ],
      { cwd: root, timeout: PROCESS_TIMEOUT_MS },
    );
    expect(JSON.parse(loaded.stdout)).toEqual({ cached: true, id, start: 'function' });

    // An edit to a source the bundle was built from: the bin answers with the edit at once.
    const kinds = join(root, 'src', 'cli', 'commands', 'kinds.ts');
    writeFileSync(
      kinds,
      readFileSync(kinds, 'utf8').replace(/summary: '[^']*'/, "summary: 'edited after the build'"),
    );
    rmSync(derived, { recursive: true });
    expect(await kg('--help')).toContain('edited after the build');
    expect(await kg('path', 'Huawei', 'Nvidia')).toBe(expected);
    expect(existsSync(derived)).toBe(false);
  });
});
