/**
 * The docs held to the code: the commands and options they name, the counts and formats they
 * quote, the files, links and relation ids they point to, the URL parameters they list, and the
 * README's examples, run as printed.
 */
import { exec } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/run';
import { ENTITY_KINDS, RELATION_KINDS } from '../../src/model/vocabulary';
import { DEFAULT_VIEW_STATE, toSearchParams } from '../../src/ui/view-state';
import { ROOT } from '../helpers/data';
import { PROCESS_TIMEOUT_MS } from '../helpers/gexf';

const DOCS = [
  'README.md',
  'docs/explorer.md',
  'docs/kg.md',
  'docs/formats.md',
  'docs/architecture.md',
  'docs/known-limitations.md',
  'graph-data/README.md',
] as const;
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const text = Object.fromEntries(DOCS.map((d) => [d, read(d)])) as Record<string, string>;
const all = DOCS.map((d) => text[d] ?? '').join('\n');

/** The `sh` code blocks of a Markdown text, one string per line of code. */
function shellLines(markdown: string): string[] {
  const blocks = [...markdown.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
  return blocks.flatMap((b) => b.split('\n')).filter((l) => l.trim() !== '');
}

describe('the docs agree with the code', () => {
  it('finds a broken doc: the checks below catch a missing file and an unknown option', () => {
    // The helpers' own bad input: a made-up path and option are reported, not passed.
    expect(missingPaths('see `src/nowhere.ts` and [x](docs/none.md)', 'README.md')).toEqual([
      'src/nowhere.ts',
      'docs/none.md',
    ]);
    expect(unknownOptions('`--no-such-option`')).toEqual(['--no-such-option']);
  });

  it('keeps the README to a first screen and a little more (at most 150 lines)', () => {
    expect(read('README.md').split('\n').length).toBeLessThanOrEqual(150);
  });

  it('documents every kg command and option, and names none the CLI lacks', () => {
    const kgDoc = text['docs/kg.md'] ?? '';
    for (const command of COMMANDS) {
      expect(kgDoc, `docs/kg.md has a section for ${command.name}`).toContain(
        `### \`kg ${command.name}`,
      );
      for (const option of Object.keys(command.options)) {
        if (option === 'help') continue;
        expect(kgDoc, `docs/kg.md names ${command.name} --${option}`).toContain(`--${option}`);
        expect(command.help, `kg ${command.name} --help lists --${option}`).toContain(
          `--${option}`,
        );
      }
    }
    expect(unknownOptions(all)).toEqual([]);
    // Every `kg <word>` the docs mention is a command.
    const names = new Set(COMMANDS.map((c) => c.name));
    const mentioned = [...all.matchAll(/\bkg ([a-z]+)\b/g)].map((m) => m[1] ?? '');
    expect(mentioned.filter((m) => !names.has(m) && m !== 'path' && m !== 'command')).toEqual([]);
  });

  it('quotes the kinds and formats the code has', () => {
    const entityKinds = Object.keys(ENTITY_KINDS).length;
    const relationKinds = Object.keys(RELATION_KINDS).length;
    for (const m of all.matchAll(/\*\*Entity kinds\*\* \((\d+)\)|(\d+) kinds of entity/g))
      expect(Number(m[1] ?? m[2])).toBe(entityKinds);
    for (const m of all.matchAll(/\*\*Relation kinds\*\* \((\d+)\)|(\d+) relation kinds/g))
      expect(Number(m[1] ?? m[2])).toBe(relationKinds);
    expect(all).toMatch(/\*\*Relation kinds\*\* \(\d+\)/);
    // The export formats: the formats table and the CLI's --format list are the same set.
    const exportCommand = COMMANDS.find((c) => c.name === 'export');
    const cliFormats = /--format (\S+)/.exec(exportCommand?.help ?? '')?.[1]?.split('|') ?? [];
    expect(cliFormats.length).toBeGreaterThan(0);
    const table = [...(text['docs/formats.md'] ?? '').matchAll(/\| `([a-z]+)` +\|/g)].map(
      (m) => m[1],
    );
    expect(new Set(table)).toEqual(new Set(cliFormats));
    const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'];
    expect(text['docs/formats.md']).toContain(`writes ${words[cliFormats.length] ?? ''} formats`);
  });

  it('points only to files that exist and relations that exist', () => {
    for (const doc of DOCS) expect(missingPaths(text[doc] ?? '', doc), doc).toEqual([]);
    const relations = new Set(
      (
        JSON.parse(read('graph-data/relations.json')) as { relations: { id: string }[] }
      ).relations.map((r) => r.id),
    );
    const named = [...all.matchAll(/`([a-z0-9-]+(?:--[a-z0-9-]+){2,3})`/g)].map((m) => m[1] ?? '');
    expect(named.length).toBeGreaterThan(10);
    // `source--kind--target` is the pattern the data README teaches, not an id.
    expect(named.filter((id) => !relations.has(id) && id !== 'source--kind--target')).toEqual([]);
  });

  it('lists exactly the URL parameters the page reads and writes', () => {
    const full = toSearchParams({
      ...DEFAULT_VIEW_STATE,
      selected: 'a',
      selectedEdge: 'e',
      hiddenKinds: new Set(['company']),
      hiddenRelations: new Set(['develops']),
      hiddenCertainties: new Set(['fact']),
      hiddenLayers: new Set(['provenance']),
      hiddenAsserters: new Set(['a']),
      by: new Set(['a']),
      asOf: 2020,
      hideUndated: true,
      colorBy: 'kind',
      sizeBy: 'degree',
      labels: DEFAULT_VIEW_STATE.labels === 'all' ? 'few' : 'all',
      labelSize: DEFAULT_VIEW_STATE.labelSize + 2,
      focus: 1,
      view: 'table',
      path: {
        from: 'a',
        to: 'b',
        k: 7,
        maxHops: 3,
        directed: true,
        relations: ['develops'],
        avoid: ['c'],
        asOf: '2020',
        withProvenance: true,
        chosen: 1,
      },
    });
    const written = new Set([...full.keys(), 'file']);
    const table = (text['docs/explorer.md'] ?? '').split('## URL parameters')[1] ?? '';
    const documented = new Set(
      [...table.matchAll(/^\| `([a-zA-Z]+)=/gm), ...table.matchAll(/&([a-zA-Z]+)=/g)].map(
        (m) => m[1],
      ),
    );
    for (const m of table.matchAll(/^\| `([a-zA-Z]+)=`, `([a-zA-Z]+)=`/gm)) documented.add(m[2]);
    expect(documented).toEqual(written);
  });
});

describe('the README examples', () => {
  const run = promisify(exec);
  const examples = ['README.md', 'docs/kg.md'].flatMap((doc) =>
    shellLines(text[doc] ?? '')
      .filter((l) => l.startsWith('npx kg '))
      .map((l) => ({ doc, line: l.replace(/\s+#.*$/, '') })),
  );

  it('are there to run', () => {
    expect(examples.length).toBeGreaterThan(8);
  });

  it.each(examples)(
    '$doc: $line runs as printed',
    async ({ line }) => {
      const { stdout, stderr } = await run(line, {
        cwd: ROOT,
        timeout: PROCESS_TIMEOUT_MS - 5_000,
      });
      expect(stdout.length + stderr.length).toBeGreaterThan(0);
      // A file the example writes is removed again.
      const out = /--out (\S+)/.exec(line)?.[1];
      if (out !== undefined) {
        expect(existsSync(join(ROOT, out))).toBe(true);
        rmSync(join(ROOT, out));
      }
    },
    PROCESS_TIMEOUT_MS,
  );

  it(
    'print what the README shows',
    async () => {
      const readme = text['README.md'] ?? '';
      const shown = /```sh\n(npx kg [^\n]+)\n```\n\n```text\n([\s\S]*?)```/.exec(readme);
      expect(shown).not.toBeNull();
      const [, command = '', output = ''] = shown ?? [];
      const { stdout } = await run(command, { cwd: ROOT, timeout: PROCESS_TIMEOUT_MS - 5_000 });
      const actual = stdout.split('\n');
      // Each shown line is printed, in the same order (the README abridges, so lines may be skipped).
      let at = 0;
      for (const line of output.trimEnd().split('\n')) {
        const found = actual.indexOf(line, at);
        expect(found, `printed: ${line}`).toBeGreaterThanOrEqual(0);
        at = found + 1;
      }
    },
    PROCESS_TIMEOUT_MS,
  );
});

/** File paths and relative links a doc names that do not exist (from the repo root or the doc). */
function missingPaths(markdown: string, doc: string): string[] {
  const inCode = [...markdown.matchAll(/`((?:src|tests|graph-data|docs|bench|\.ci)\/[^`\s*…]+)`/g)];
  const links = [...markdown.matchAll(/\]\(((?!https?:|#)[^)#\s]+)(?:#[^)]*)?\)/g)];
  return [...inCode, ...links]
    .map((m) => m[1] ?? '')
    .filter(
      (path) =>
        !existsSync(join(ROOT, path)) &&
        !existsSync(join(ROOT, dirname(doc), path)) &&
        // Folders the tools create: the build, the screenshots.
        !/^(dist|tests\/e2e\/artifacts)\/?$/.test(path),
    );
}

/** `--options` the docs name that no command accepts. */
function unknownOptions(markdown: string): string[] {
  const known = new Set(['--version', '--help']);
  for (const command of COMMANDS)
    for (const option of Object.keys(command.options)) known.add(`--${option}`);
  // An option is `--word` not inside a longer word, nor part of a relation id (`…--imposes--…`).
  const named = [...markdown.matchAll(/(?<![\w\-…])--([a-z][a-z0-9]*(?:-[a-z0-9]+)*)(?!-)/g)].map(
    (m) => `--${m[1] ?? ''}`,
  );
  // Flags of other tools named in the docs (Chromium's, jing's) are not kg's.
  const others = new Set(['--no-sandbox', '--relaxng', '--strictPort', '--host', '--port']);
  return [...new Set(named)].filter((o) => !known.has(o) && !others.has(o));
}
