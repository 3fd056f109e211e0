/** Validating GEXF files with the official RELAX NG schemas (jing, xmllint) and reading them with networkx. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedPath } from './shared';

export const SCHEMA_DIR =
  process.env['GEXF_SCHEMA_DIR'] ?? sharedPath('gexf-schema', 'the official GEXF schemas') ?? '';
const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
/** A validator can run: it is installed and the schemas are there. */
export const HAS_JING = has('jing') && SCHEMA_DIR !== '';
export const HAS_XMLLINT = has('xmllint') && SCHEMA_DIR !== '';
/** In CI the validators are installed by .ci/run: a missing one is a failure there, not a skip. */
export const CI = process.env['CI'] === 'true';

/** The Debian package behind each outside tool, for the notice that names what to install. */
const PACKAGES = { jing: 'jing', xmllint: 'libxml2-utils' } as const;
// Outside CI a missing tool skips its tests, and says so once, visibly, with the fix.
if (!CI)
  for (const [tool, debian] of Object.entries(PACKAGES))
    if (!has(tool))
      console.warn(
        `Skipping the tests that need ${tool}: install it with "sudo apt-get install ${debian}" (under CI=true they fail instead).`,
      );
/**
 * Time allowed to a test that starts a process (jing's JVM, Python, `kg` through tsx). Such a
 * start takes 1–3 s on a quiet 2-core machine and several times that when both cores are busy,
 * so Vitest's 5 s default fails there; nothing here asserts speed (that is `npm run bench`).
 */
export const PROCESS_TIMEOUT_MS = 60_000;
/** The same child processes are also killed after this long, so a hung one fails its test. */
const KILL_AFTER_MS = PROCESS_TIMEOUT_MS - 5_000;

/** One temporary folder per test process, removed when it exits. */
let folder: string | null = null;
let count = 0;

/** Writes text to a temporary file and returns its path. */
export function tempFile(name: string, text: string): string {
  if (folder === null) {
    const created = mkdtempSync(join(tmpdir(), 'chipgraph-'));
    folder = created;
    process.on('exit', () => rmSync(created, { recursive: true, force: true }));
  }
  const path = join(folder, `${count++}-${name}`);
  writeFileSync(path, text);
  return path;
}

/**
 * Validates with jing against the RELAX NG Compact schema; returns jing's complaints ('' if all
 * are valid). Several texts share one jing run (one JVM start, the slow part); each complaint
 * names its file, numbered in the order given (`0-graph.gexf`, …).
 */
export function jing(texts: string | readonly string[], version: '1.3' | '1.2draft'): string {
  const files = (typeof texts === 'string' ? [texts] : texts).map((text, i) =>
    tempFile(`${i}-graph.gexf`, text),
  );
  const result = spawnSync('jing', ['-c', join(SCHEMA_DIR, version, 'gexf.rnc'), ...files], {
    encoding: 'utf8',
    timeout: KILL_AFTER_MS,
  });
  const complaints = `${result.stdout}${result.stderr}`
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('[warning]'))
    .join('\n');
  return result.status === 0 ? '' : complaints || `jing exited ${String(result.status)}`;
}

/** Validates with xmllint against the RELAX NG (XML syntax) schema. */
export function xmllint(text: string, version: '1.3' | '1.2draft'): string {
  const file = tempFile('graph.gexf', text);
  const result = spawnSync(
    'xmllint',
    ['--noout', '--relaxng', join(SCHEMA_DIR, version, 'gexf.rng'), file],
    { encoding: 'utf8', timeout: KILL_AFTER_MS },
  );
  return result.status === 0 ? '' : result.stderr;
}

/** Runs a Python snippet with `path` as argv[1]; returns stdout. */
export function python(interpreter: string, code: string, path: string): string {
  return execFileSync(interpreter, ['-c', code, path], {
    encoding: 'utf8',
    timeout: KILL_AFTER_MS,
  });
}

/** Interpreters already reported as lacking networkx (one notice each). */
const reported = new Set<string>();

/** The networkx version an interpreter has, or null (with a notice naming the fix, once). */
export function networkxVersion(interpreter: string): string | null {
  const result = spawnSync(interpreter, ['-c', 'import networkx; print(networkx.__version__)'], {
    encoding: 'utf8',
    timeout: KILL_AFTER_MS,
  });
  if (result.status === 0) return result.stdout.trim();
  if (interpreter === '/usr/bin/python3' && !CI && !reported.has(interpreter)) {
    reported.add(interpreter);
    console.warn(
      'Skipping the tests that read GEXF with networkx: install it with "sudo apt-get install python3-networkx".',
    );
  }
  return null;
}
