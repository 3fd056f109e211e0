/**
 * A `kg` that pipes and forgives (issue 20, item 5): JSON alone on stdout however kg is started,
 * --version, "did you mean", plain messages for files, every problem at once, counts that say
 * what they count, a compact card, one help layout, a converted graph's own name and meta.
 * Each feature's first test is its bad input.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/run';
import { COMPACT_RELATIONS } from '../../src/cli/commands/show';
import { FIXTURES, ROOT, SHIPPED_DATA, minimalWith } from '../helpers/data';
import { PROCESS_TIMEOUT_MS, tempFile } from '../helpers/gexf';
import { plural, shippedCounts } from './counts';
import { kgIn } from '../helpers/kg';

const exec = promisify(execFile);

/** Runs a program in the repo; its exit code and both streams, whatever the exit code. */
async function spawn(file: string, args: readonly string[]) {
  try {
    const { stdout, stderr } = await exec(file, args, {
      cwd: ROOT,
      timeout: PROCESS_TIMEOUT_MS - 5_000,
      // npm and npx must not ask or update anything while the test runs.
      env: { ...process.env, npm_config_update_notifier: 'false', npm_config_yes: 'true' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    if (error instanceof Error && 'stdout' in error && 'stderr' in error && 'code' in error)
      return { code: error.code, stdout: String(error.stdout), stderr: String(error.stderr) };
    throw error;
  }
}

const packageVersion = (): unknown =>
  Reflect.get(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as object, 'version');

/** An undirected GEXF file whose edge names a node it does not declare (a warning, not an error). */
const repairedGexf = () =>
  tempFile(
    'repaired.gexf',
    `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="undirected"><nodes>
<node id="a" label="Alpha"/><node id="b" label="Beta"/>
</nodes><edges>
<edge id="e0" source="a" target="b"/><edge id="e1" source="b" target="ghost"/>
</edges></graph></gexf>`,
  );

describe('JSON alone on stdout, however kg is started', { timeout: PROCESS_TIMEOUT_MS }, () => {
  it('an error with --json leaves stdout empty: the message is on stderr', async () => {
    const r = await spawn(process.execPath, [
      'src/cli/kg.js',
      'path',
      'huawei',
      'nvidai',
      '--json',
    ]);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toContain('Did you mean "Nvidia"?');
  });

  it('a warning with --json goes to stderr; stdout still parses', async () => {
    const r = await spawn(process.execPath, [
      'src/cli/kg.js',
      'path',
      'Alpha',
      'ghost',
      '--file',
      repairedGexf(),
      '--json',
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^kg path: warning: .*does not declare/);
    expect(JSON.parse(r.stdout)).toMatchObject({ from: 'a', to: 'ghost' });
  });

  it('the bin, npx kg and npm run -s kg all print JSON that parses', async () => {
    const args = ['path', 'huawei', 'nvidia', '--json'];
    const runs = [
      await spawn(process.execPath, ['src/cli/kg.js', ...args]),
      await spawn('npx', ['--no-install', 'kg', ...args]),
      await spawn('npm', ['run', '-s', 'kg', '--', ...args]),
    ];
    for (const r of runs) {
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject({ from: 'huawei', to: 'nvidia' });
    }
  });

  it('kg --help suggests npx kg, not npm run (whose banner lands on stdout)', () => {
    const help = kgIn('--help').stdout;
    expect(help).toMatch(/^Usage: kg <command> \[options\] +\(in this repo: npx kg <command>/m);
    expect(help).not.toContain('npm run kg');
  });
});

describe('kg --version', () => {
  it('a mistyped --version is a usage error that names it', () => {
    expect(kgIn('--versoin')).toMatchObject({
      code: 2,
      stdout: '',
      stderr: expect.stringContaining(
        'unknown option "--versoin"; did you mean "--version"?',
      ) as unknown,
    });
  });

  it('--version and -v print the package.json version', () => {
    const version = packageVersion();
    expect(typeof version).toBe('string');
    expect(kgIn('--version')).toEqual({ code: 0, stdout: `${String(version)}\n`, stderr: '' });
    expect(kgIn('-v')).toEqual({ code: 0, stdout: `${String(version)}\n`, stderr: '' });
  });
});

describe('did you mean', () => {
  it('a mistyped command or option names the nearest, exit 2', () => {
    expect(kgIn('shwo')).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(
        /^kg: unknown command "shwo"; did you mean "show"\? /,
      ) as unknown,
    });
    expect(kgIn('perspective', 'huawei').stderr).toContain('did you mean "perspectives"?');
    expect(kgIn('neighbors', 'huawei', '--dept', '2')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining(
        'unknown option "--dept"; did you mean "--depth"?',
      ) as unknown,
    });
    expect(kgIn('path', 'huawei', 'nvidia', '--relations', 'develop').stderr).toContain(
      'unknown relation kind "develop"; did you mean "develops"?',
    );
    expect(kgIn('path', 'huawei', 'nvidia', '--avoid-kinds', 'contry').stderr).toContain(
      'unknown entity kind "contry"; did you mean "country"?',
    );
  });

  it('nothing close: no guess, the list instead', () => {
    const r = kgIn('frobnicate');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^kg: unknown command "frobnicate"\. Commands: validate, stats, /);
    expect(r.stderr).not.toContain('did you mean');
  });
});

describe('plain messages for files', () => {
  it('a missing file: "cannot read F: no such file" and what to do, exit 1', () => {
    const r = kgIn('convert', '/no/such/graph.gexf', '--format', 'json');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^kg convert: cannot read \/no\/such\/graph\.gexf: no such file\n/);
    expect(r.stderr).toMatch(/Fix: check the name and the folder/);
    expect(r.stderr).not.toMatch(/ENOENT|no such file or directory/);
    expect(kgIn('path', 'a', 'b', '--file', '/no/such/graph.gexf').stderr).toMatch(
      /^kg path: cannot read \/no\/such\/graph\.gexf: no such file\n/,
    );
    // Writing where no folder is: said as plainly.
    expect(kgIn('schema', '--out', '/no/such/folder/schema.json')).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(
        /^kg schema: cannot write \/no\/such\/folder\/schema\.json: no such file\n.*create the folder \/no\/such\/folder/,
      ) as unknown,
    });
  });

  it('a file that is neither GEXF nor JSON is named so, by its name and its content', () => {
    const r = kgIn('convert', 'README.md', '--format', 'json');
    expect(r).toMatchObject({ code: 1, stdout: '' });
    expect(r.stderr).toMatch(/^kg convert: README\.md is neither GEXF nor graphology JSON\n/);
    expect(r.stderr).toMatch(/its name ends in "\.md" and its text begins "#/);
    expect(r.stderr).not.toContain('problem in the data');
    // Content decides: a GEXF file named .json is read as GEXF.
    const gexf = readFileSync(join(FIXTURES, 'gexf', 'gephi-1.1draft.gexf'), 'utf8');
    expect(kgIn('convert', tempFile('mislabelled.json', gexf), '--format', 'json').code).toBe(0);
  });

  it('malformed XML is reported where it breaks: an unescaped & on line 3', () => {
    const file = tempFile(
      'amp.gexf',
      '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes>\n<node id="a" label="AT&T"/>\n<node id="b" label="B"/>\n</nodes><edges>\n<edge source="a" target="b"/>\n</edges></graph></gexf>\n',
    );
    const r = kgIn('convert', file, '--format', 'json');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${file}:3:23: malformed XML: unescaped &, write &amp;`);
    expect(r.stderr).not.toMatch(/unclosed tag|truncated/);
  });
});

describe('kg validate: every problem at once', () => {
  /** A data folder of the minimal fixture with one file changed. */
  const folder = (files: ReturnType<typeof minimalWith>) => {
    const dir = mkdtempSync(join(tmpdir(), 'chipgraph-data-'));
    for (const f of files) writeFileSync(join(dir, f.path.split('/').pop() ?? f.path), f.text);
    return dir;
  };

  it('a bad certainty no longer hides the relation’s other problems', () => {
    const dir = folder(
      minimalWith('relations.json', (v) => {
        const r = v['relations']?.[0];
        if (typeof r !== 'object' || r === null) throw new Error('fixture changed');
        Object.assign(r, { certainty: 'sure', target: 'nobody', source: 'ruritania' });
      }),
    );
    const r = kgIn('validate', '--data', dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^kg validate: invalid data: 3 problems\n/);
    expect(r.stderr).toMatch(
      /\$\.relations\[0\]\.certainty \(id "acme-chips--subsidiary-of--acme"\): not an allowed value/,
    );
    expect(r.stderr).toMatch(
      /\$\.relations\[0\]\.source \(id "acme-chips--subsidiary-of--acme"\): "subsidiary-of" cannot start from a country/,
    );
    expect(r.stderr).toMatch(
      /\$\.relations\[0\]\.target \(id "acme-chips--subsidiary-of--acme"\): unknown entity "nobody"\. Fix: add an entity/,
    );
  });

  it('a file that is not JSON says which checks it stopped', () => {
    const r = kgIn('validate', '--data', join(FIXTURES, 'data', 'truncated'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /\n {2}Note: references to ids .* were not checked: .*entities\.json is not a valid data file/,
    );
  });
});

describe('counts that say what they count', () => {
  it('no data folder: nothing to count, a file problem (exit 1) that says how to fix it', () => {
    for (const command of ['validate', 'stats'])
      expect(kgIn(command, '--data', '/no/such/folder')).toMatchObject({
        code: 1,
        stdout: '',
        stderr: expect.stringContaining('cannot read the data folder "/no/such/folder"') as unknown,
      });
  });

  it('validate and stats split relations alike: curated + derived statements, computed', () => {
    const n = shippedCounts(SHIPPED_DATA);
    const split = `${plural(n.relations, 'curated relation')} + ${plural(n.statements, 'derived statement')}`;
    expect(n.statements).toBeGreaterThan(0);
    expect(kgIn('validate').stdout).toContain(split);
    expect(kgIn('stats').stdout.split('\n')[0]).toContain(
      `${plural(n.relations + n.statements, 'relation')} (${split})`,
    );
  });
});

describe('kg show: compact by default', () => {
  it('a mistyped --all is a usage error naming it', () => {
    expect(kgIn('show', 'borna', '--al')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('did you mean "--all"?') as unknown,
    });
  });

  it('lists the most important relations, then how many more and how to see them', () => {
    type Card = {
      relations: { id: string; certainty: string | null }[];
      claimsMade: { id: string }[];
      quotedClaims: { relations: { id: string }[] }[];
    };
    const card = JSON.parse(kgIn('show', 'borna', '--json').stdout) as Card;
    const total =
      card.relations.length +
      card.claimsMade.length +
      card.quotedClaims.reduce((sum, q) => sum + q.relations.length, 0);
    const compact = kgIn('show', 'borna').stdout;
    expect(compact.trimEnd().split('\n').length).toBeLessThanOrEqual(40);
    const shown = compact.match(/^ {2}• /gm)?.length ?? 0;
    expect(shown).toBeLessThanOrEqual(COMPACT_RELATIONS);
    const more = [...compact.matchAll(/^ {2}… and (\d+) more \(kg show borna --all\)$/gm)].map(
      (m) => Number(m[1]),
    );
    expect(more.length).toBeGreaterThan(0);
    expect(shown + more.reduce((a, b) => a + b, 0)).toBe(total);
    // The full title of the source is named once, never on each line.
    expect(compact.split('Chinese AI Targets the Heart of Silicon Valley').length - 1).toBe(1);
    // Strongest certainty first.
    const order = ['fact', 'reported', 'claim', 'opinion', 'speculation'];
    const huawei = [...kgIn('show', 'huawei').stdout.matchAll(/^ {2}• .*\[(\w+) · /gm)].map((m) =>
      order.indexOf(m[1] ?? ''),
    );
    expect(huawei).toEqual([...huawei].sort((a, b) => a - b));
  });

  it('--all and --json list every relation', () => {
    const all = kgIn('show', 'borna', '--all').stdout;
    const card = JSON.parse(kgIn('show', 'borna', '--json').stdout) as {
      relations: { id: string }[];
      claimsMade: { id: string }[];
    };
    for (const { id } of [...card.relations, ...card.claimsMade])
      expect(all).toContain(`(relation ${id})`);
    expect(all).not.toContain('… and');
  });
});

describe('every command’s help: usage, options, exit codes', () => {
  it('an unknown command’s help is a usage error', () => {
    expect(kgIn('shwo', '--help').code).toBe(2);
  });

  it('lists each option on its own line and ends with the exit codes', () => {
    for (const command of COMMANDS) {
      const r = kgIn(command.name, '--help');
      expect(r.code).toBe(0);
      const help = r.stdout;
      expect(help, command.name).toMatch(new RegExp(`^Usage: kg ${command.name}`));
      expect(help, command.name).toMatch(/\n\nOptions:\n/);
      for (const option of Object.keys(command.options))
        expect(help, `${command.name} --${option}`).toMatch(new RegExp(`\\n {2}--${option}\\b`));
      expect(help.trimEnd().split('\n\n').pop(), command.name).toMatch(/^Exit codes: 0 /);
    }
  });
});

describe('wording', () => {
  it('names options as typed and uses a/an', () => {
    expect(kgIn('path', 'huawei', 'nvidia', '--as-of', 'July').stderr).toMatch(/--as-of must be/);
    expect(kgIn('path', 'huawei', 'nvidia', '--as-of', 'July').stderr).not.toMatch(/asOf/);
    expect(kgIn('path', 'huawei', 'nvidia', '--by', ',').stderr).toContain(
      '--by must name at least one asserter',
    );
  });
});

describe('kg convert: the graph’s own name and meta', () => {
  it('a file without meta is credited to chipgraph’s conversion, without chipgraph’s keywords', () => {
    const file = repairedGexf();
    const gexf = kgIn('convert', file, '--format', 'gexf').stdout;
    const base = file.split('/').pop() ?? '';
    expect(gexf).toContain(`<creator>chipgraph (converted from ${base})</creator>`);
    expect(gexf).not.toContain('<keywords>');
    const json = JSON.parse(kgIn('convert', file, '--format', 'json').stdout) as {
      attributes: Record<string, unknown>;
    };
    expect(json.attributes['name']).toBe(base.replace(/\.gexf$/, ''));
    expect(json.attributes['importedFrom']).toBe(base);
    // The importer's "Imported from FILE" is no description of the file's: not written.
    expect(json.attributes).not.toHaveProperty('description');
    expect(JSON.stringify(json.attributes)).not.toContain(tmpdir());
  });

  it('keeps the file’s creator, description and date when written as GEXF again', () => {
    const file = join(FIXTURES, 'gexf', 'gephi-1.1draft.gexf');
    const gexf = kgIn('convert', file, '--format', 'gexf').stdout;
    expect(gexf).toMatch(
      /<meta lastmodifieddate="2012-03-01">\s*<creator>Gephi 0\.8<\/creator>\s*<description>A small supply chain<\/description>\s*<\/meta>/,
    );
    // Through JSON and back, by a relative path: named by the base name, meta kept.
    const json = tempFile('supply.json', kgIn('convert', file, '--format', 'json').stdout);
    const back = kgIn('convert', json, '--format', 'gexf').stdout;
    expect(back).toContain('<creator>Gephi 0.8</creator>');
  });
});
