/**
 * The `kg` tool run as a child process (exit codes, streams) and in-process (more cases, faster).
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { nodeEnvironment } from '../../src/cli/environment';
import { ENTITY_KINDS, RELATION_KINDS } from '../../src/model/vocabulary';
import { FIXTURES, ROOT, SHIPPED_DATA } from '../helpers/data';
import { plural, shippedCounts } from './counts';
import { PROCESS_TIMEOUT_MS, tempFile } from '../helpers/gexf';
import { kgIn } from '../helpers/kg';

const run = promisify(execFile);

async function kg(...args: string[]) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', ...args],
      { cwd: ROOT, timeout: PROCESS_TIMEOUT_MS - 5_000 },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('kg as a child process', { timeout: PROCESS_TIMEOUT_MS }, () => {
  it('exits 1 naming the file and line of a truncated data file, without a stack trace', async () => {
    const r = await kg('validate', '--data', join(FIXTURES, 'data', 'truncated'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /tests\/fixtures\/data\/truncated\/entities\.json:5:\d+: invalid JSON/,
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 with suggestions for an unknown entity', async () => {
    const r = await kg('show', 'huawie');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Unknown entity "huawie". Did you mean "Huawei"?');
  });

  it('runs as the package bin (src/cli/kg.js)', async () => {
    const { stdout } = await run(process.execPath, ['src/cli/kg.js', 'validate'], { cwd: ROOT });
    expect(stdout).toMatch(/^ok: /);
  });

  it('validates the shipped data, counting what the data files hold', async () => {
    const r = await kg('validate');
    expect(r).toMatchObject({ code: 0, stderr: '' });
    // Counted from the files here, so adding a source, entity or relation breaks no test.
    const n = shippedCounts(SHIPPED_DATA);
    expect(r.stdout).toBe(
      `ok: ${plural(n.entities, 'entity', 'entities')}, ${plural(n.relations, 'curated relation')} + ${plural(n.statements, 'derived statement')}, ${plural(n.sources, 'source')} in ${plural(n.files, 'file')}\n`,
    );
  });

  it('exports graphology JSON to a file, every edge cited', async () => {
    const out = tempFile('graph.json', '');
    const r = await kg('export', '--format', 'json', '--out', out);
    expect(r.code).toBe(0);
    const json = JSON.parse(readFileSync(out, 'utf8')) as {
      options: { type: string; multi: boolean };
      nodes: { key: string; attributes: { x: number; y: number } }[];
      edges: {
        key: string;
        attributes: { citations: unknown[]; certainty: string; claim: string };
      }[];
    };
    expect(json.options).toMatchObject({ type: 'directed', multi: true });
    expect(json.nodes.find((n) => n.key === 'huawei')?.attributes).toHaveProperty('x');
    // Laid out: export is the command that writes positions (the others skip the layout).
    expect(json.nodes.some((n) => n.attributes.x !== 0 || n.attributes.y !== 0)).toBe(true);
    for (const edge of json.edges) {
      expect(edge.attributes.citations.length, edge.key).toBeGreaterThan(0);
      expect(edge.attributes.certainty, edge.key).toBeTruthy();
      expect(edge.attributes.claim, edge.key).toBeTruthy();
    }
  });
});

describe('kg usage', () => {
  it('exits 2 for an unknown command, a missing argument, a bad flag or option value', () => {
    expect(kgIn('frobnicate')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown command "frobnicate"') as unknown,
    });
    expect(kgIn('show').stderr).toMatch(/"kg show" takes <entity>, got none/);
    expect(kgIn('show').code).toBe(2);
    expect(kgIn('stats', '--colour')).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(
        /unknown option "--colour"\. Options: --data, --help, --top/,
      ) as unknown,
    });
    expect(kgIn('neighbors', 'huawei', '--depth', 'two')).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(
        /--depth must be a whole number from 1 to 10, got "two"/,
      ) as unknown,
    });
    expect(kgIn('export').stderr).toMatch(/--format must be one of: json, gexf/);
    // A missing data folder is a file problem (1), as a missing input file is.
    expect(kgIn('validate', '--data', '/no/such/folder')).toMatchObject({ code: 1 });
  });

  it('prints help for the tool and for each command', () => {
    expect(kgIn('--help')).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('Commands:') as unknown,
    });
    expect(kgIn()).toMatchObject({ code: 2 });
    for (const command of [
      'validate',
      'stats',
      'show',
      'neighbors',
      'path',
      'perspectives',
      'export',
      'convert',
      'schema',
    ]) {
      expect(kgIn(command, '--help').stdout).toMatch(new RegExp(`^Usage: kg ${command}`));
    }
  });
});

describe('kg path', () => {
  it('exits 2 with suggestions for an unknown entity, and for a bad option', () => {
    expect(kgIn('path', 'huawei', 'nvidai')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Did you mean "Nvidia"?') as unknown,
    });
    expect(kgIn('path', 'huawei')).toMatchObject({ code: 2 });
    // One entity (under one name or two) is no pair to connect.
    expect(kgIn('path', 'huawei', 'Huawei').code).toBe(2);
    expect(kgIn('path', 'huawei', '华为')).toMatchObject({
      code: 2,
      stdout: '',
      stderr:
        'kg path: From and to are the same entity (Huawei): name two different entities to find how they are connected.\n',
    });
    expect(kgIn('path', 'huawei', 'nvidia', '--relations', 'loves').stderr).toMatch(
      /unknown relation kind "loves"\. Kinds are: subsidiary-of/,
    );
    expect(kgIn('path', 'huawei', 'nvidia', '--as-of', 'July').stderr).toMatch(
      /^kg path: --as-of must be a date written YYYY, YYYY-MM or YYYY-MM-DD, got "July"\n$/,
    );
    expect(kgIn('path', 'huawei', 'nvidia', '--avoid', 'nobody').stderr).toMatch(
      /Unknown entity "nobody"/,
    );
  });

  it('--json prints {from, to, paths: [{nodes, edges, explanation}]} with the export’s edge keys', async () => {
    const r = await kg('path', 'Commerce Department', '海思', '--json', '--k', '3');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as {
      from: string;
      to: string;
      paths: {
        nodes: string[];
        edges: string[];
        explanation: string;
        why: string;
        steps: { evidence: string[] }[];
      }[];
    };
    expect(json.from).toBe('us-commerce-department');
    expect(json.to).toBe('hisilicon');
    expect(json.paths).toHaveLength(3);
    // Through the measure the department imposed (it has no voice of its own in the article).
    expect(json.paths[0]?.nodes).toEqual([
      'us-commerce-department',
      'us-export-controls',
      'huawei',
      'hisilicon',
    ]);
    expect(json.paths[0]?.explanation).toMatch(/; HiSilicon is a subsidiary of Huawei\.$/);
    expect(json.paths[0]?.why).toMatch(/^Best: 3 hops, evidence strength 1\.00/);
    // k paths are k different entity sequences.
    expect(new Set(json.paths.map((p) => p.nodes.join('>'))).size).toBe(3);
    const exported = JSON.parse(kgIn('export', '--format', 'json').stdout) as {
      edges: { key: string }[];
    };
    const keys = new Set(exported.edges.map((e) => e.key));
    for (const path of json.paths) {
      for (const edge of path.edges) expect(keys.has(edge)).toBe(true);
      for (const step of path.steps)
        for (const edge of step.evidence) expect(keys.has(edge)).toBe(true);
    }
  });

  it('answers through statements, with no detour through an outlet or a city', () => {
    const nodes = (...args: string[]) =>
      (
        JSON.parse(kgIn('path', ...args, '--json').stdout) as {
          paths: { nodes: string[]; edges: string[] }[];
        }
      ).paths.map((p) => p.nodes);
    const outletsAndPlaces = ['borna', 'global-times', 'tehran', 'shanghai', 'iran'];
    const semi = nodes('SemiAnalysis', 'CloudMatrix 384', '--k', '3');
    expect(semi[0]).toEqual(['semianalysis', 'dylan-patel', 'huawei', 'cloudmatrix-384']);
    // Among Patel's equally strong statements the hop reads the first curated: his Nvidia claim.
    expect(kgIn('path', 'SemiAnalysis', 'CloudMatrix 384', '--k', '1').stdout).toContain(
      '- Dylan Patel states that Huawei competes with Nvidia  [opinion',
    );
    const patel = nodes('Dylan Patel', 'Nvidia', '--k', '3');
    expect(patel[0]).toEqual(['dylan-patel', 'nvidia']);
    const analyst = nodes('borna-416--global-times-analyst', 'CloudMatrix 384', '--k', '3');
    expect(analyst[0]).toEqual(['borna-416--global-times-analyst', 'cloudmatrix-384']);
    for (const path of [...semi, ...patel, ...analyst])
      for (const node of path) expect(outletsAndPlaces).not.toContain(node);
    // The outlet is an end: provenance is needed, and asked for.
    const outlet = kgIn('path', 'Global Times', 'CloudMatrix 384');
    expect(outlet.stdout).toMatch(/No path .* add --with-provenance\./);
    expect(nodes('Global Times', 'CloudMatrix 384', '--with-provenance')[0]).toEqual([
      'global-times',
      'borna-416--global-times-analyst',
      'cloudmatrix-384',
    ]);
  });

  it('--by keeps to one perspective', () => {
    const json = JSON.parse(
      kgIn('path', 'huawei', 'nvidia', '--by', 'Dylan Patel', '--k', '5', '--json').stdout,
    ) as { paths: { steps: { evidence: string[] }[] }[] };
    const exported = JSON.parse(kgIn('export', '--format', 'json').stdout) as {
      edges: { key: string; attributes: { assertedBy: string[] } }[];
    };
    const by = new Map(exported.edges.map((e) => [e.key, e.attributes.assertedBy]));
    expect(json.paths.length).toBeGreaterThan(0);
    for (const path of json.paths)
      for (const step of path.steps)
        for (const edge of step.evidence) expect(by.get(edge)).toContain('dylan-patel');
    expect(kgIn('path', 'huawei', 'nvidia', '--by', 'nobody').code).toBe(2);
  });

  it('no path: exit 0, an empty list and a sentence', () => {
    const text = kgIn('path', 'japan', 'gemini', '--max-hops', '2');
    expect(text).toMatchObject({
      code: 0,
      stdout: 'No path from Japan to Gemini within 2 hops under these options.\n',
    });
    const json = JSON.parse(
      kgIn('path', 'japan', 'gemini', '--max-hops', '2', '--json').stdout,
    ) as { paths: unknown[]; message: string };
    expect(json.paths).toEqual([]);
    expect(json.message).toContain('No path');
  });

  it('text output numbers the paths, says why each ranks there, cites each hop, names chokepoints', () => {
    const r = kgIn('path', 'japan', 'huawei', '--k', '2');
    expect(r.stdout).toMatch(/^2 paths from Japan to Huawei:/);
    expect(r.stdout).toMatch(/\n1\. Japan → Chip 4 alliance → /);
    expect(r.stdout).toMatch(/\n {3}Why here: Best: \d hops, evidence strength/);
    expect(r.stdout).toMatch(/\n {3}Why here: \d hops?( and|,| like) /);
    expect(r.stdout).toContain(
      '- Japan is a member of Chip 4 alliance  [fact · asserted by BORNA · BORNA 2025-07-28 ¶9]',
    );
    expect(r.stdout).toContain(
      'Chokepoints (on every path within 6 hops, shown or not): Chip 4 alliance',
    );
  });

  it('honours --directed, --avoid, --relations and --as-of', () => {
    type Result = { paths: { nodes: string[]; steps: { evidence: string[] }[] }[] };
    const run = (args: string[]) => JSON.parse(kgIn('path', ...args, '--json').stdout) as Result;
    const ids = (args: string[]) => run(args).paths.map((p) => p.nodes.join('>'));
    expect(ids(['japan', 'huawei', '--directed'])).toEqual([]);
    // Without --avoid the best paths run through the United States; with it, none does.
    expect(ids(['japan', 'huawei', '--k', '5']).some((p) => p.includes('united-states'))).toBe(
      true,
    );
    const avoiding = ids(['japan', 'huawei', '--avoid', 'United States', '--k', '5']);
    expect(avoiding.length).toBeGreaterThan(0);
    for (const p of avoiding) expect(p).not.toContain('united-states');
    expect(ids(['huawei', 'ascend-910c', '--relations', 'subsidiary-of,develops'])).toEqual([
      'huawei>hisilicon>ascend-910c',
    ]);
    // As of 2020 the July 2025 unveiling is not yet evidence for Huawei → CloudMatrix 384; the
    // undated "develops" still is.
    const evidence = (args: string[]) =>
      run(['huawei', 'cloudmatrix-384', '--k', '1', ...args]).paths[0]?.steps[0]?.evidence ?? [];
    expect(evidence([])).toContain('huawei--unveils--cloudmatrix-384');
    expect(evidence(['--as-of', '2020'])).not.toContain('huawei--unveils--cloudmatrix-384');
    expect(evidence(['--as-of', '2020'])).toContain('huawei--develops--cloudmatrix-384');
  });

  /** An undirected GEXF file; edges as [source, target, weight or none]. */
  const gexfFile = (edges: readonly (readonly [string, string, number | null])[]) =>
    tempFile(
      'graph.gexf',
      `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="undirected"><nodes>
${['Seville', 'Hamburg', 'Aarhus', 'Turin'].map((l) => `<node id="${l.slice(0, 2).toLowerCase()}" label="${l}"/>`).join('')}
</nodes><edges>
${edges.map(([s, t, w], i) => `<edge id="e${i}" source="${s}" target="${t}"${w === null ? '' : ` weight="${w}"`}/>`).join('\n')}
</edges></graph></gexf>`,
    );

  it('--file: rejects a second graph, a missing file, and kinds the file does not have', () => {
    const file = gexfFile([['se', 'tu', 1]]);
    expect(kgIn('path', 'Seville', 'Turin', '--file', file, '--data', 'graph-data')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--file and --data') as unknown,
    });
    expect(kgIn('path', 'Seville', 'Turin', '--file', '/no/such/graph.gexf').code).toBe(1);
    expect(kgIn('path', 'Seville', 'Turin', '--file', file, '--relations', 'loves')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown relation kind "loves"') as unknown,
    });
    expect(kgIn('path', 'Seville', 'Atlantis', '--file', file).code).toBe(2);
  });

  it('--file: ranks a weighted graph’s paths by the strongest ties, and says so in weights', () => {
    // Through Aarhus (first by name) the ties weigh 3 and 30; through Hamburg 31 and 20.
    const file = gexfFile([
      ['se', 'aa', 3],
      ['aa', 'tu', 30],
      ['se', 'ha', 31],
      ['ha', 'tu', 20],
    ]);
    const r = kgIn('path', 'Seville', 'Turin', '--file', file);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^2 paths from Seville to Turin:\n\n1\. Seville → Hamburg → Turin\n/);
    expect(r.stdout).toContain(
      'Why here: Best: 2 hops; strongest ties: its weakest tie weighs 20 (of at most 31); tie strength 0.65',
    );
    expect(r.stdout).toContain('2. Seville → Aarhus → Turin');
    expect(r.stdout).toContain('- Seville is linked to Hamburg  [weight 31]');
    expect(r.stdout).not.toMatch(/evidence|unrated|certain/);
    const json = JSON.parse(kgIn('path', 'Seville', 'Turin', '--file', file, '--json').stdout) as {
      from: string;
      ranking: string;
      paths: {
        nodes: string[];
        edges: string[];
        explanation: string;
        steps: { weight: number }[];
      }[];
    };
    expect(json).toMatchObject({ from: 'se', to: 'tu', ranking: 'weight' });
    expect(json.paths.map((p) => p.nodes)).toEqual([
      ['se', 'ha', 'tu'],
      ['se', 'aa', 'tu'],
    ]);
    expect(json.paths[0]?.steps.map((s) => s.weight)).toEqual([31, 20]);
    expect(json.paths[0]?.explanation).toBe(
      'Seville is linked to Hamburg; Hamburg is linked to Turin.',
    );
  });

  it('--json names the ranking: evidence for the article, hops for an unweighted graph', () => {
    const ranking = (...args: string[]) =>
      (JSON.parse(kgIn('path', ...args, '--json').stdout) as { ranking: string }).ranking;
    expect(ranking('huawei', 'nvidia')).toBe('evidence');
    const file = gexfFile([
      ['se', 'aa', null],
      ['aa', 'tu', null],
      ['se', 'ha', null],
      ['ha', 'tu', null],
    ]);
    expect(ranking('Seville', 'Turin', '--file', file)).toBe('hops');
    const text = kgIn('path', 'Seville', 'Turin', '--file', file).stdout;
    expect(text).toContain('1. Seville → Aarhus → Turin\n   Why here: Best: 2 hops.\n');
    expect(text).toContain('- Seville is linked to Aarhus\n');
    expect(text).not.toMatch(/evidence|strength|unrated|\[/);
  });
});

describe('kg export --format gexf and kg convert', { timeout: PROCESS_TIMEOUT_MS }, () => {
  it('exports GraphML to stdout and CSV as two files, and says so when --out is missing', () => {
    expect(kgIn('export', '--format', 'graphml').stdout).toMatch(/^<\?xml[\s\S]*<graphml /);
    expect(kgIn('export', '--format', 'cypher').stdout).toMatch(
      /\nCREATE \(:Entity:`Company` \{`id`: 'huawei'/,
    );
    expect(kgIn('export', '--format', 'csv')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining(
        '--format csv writes two files: give --out PREFIX',
      ) as unknown,
    });
    const dir = dirname(tempFile('placeholder', ''));
    expect(kgIn('export', '--format', 'csv', '--out', join(dir, 'article')).code).toBe(0);
    expect(readFileSync(join(dir, 'article.nodes.csv'), 'utf8')).toMatch(/^Id,Label,kind,/);
    expect(readFileSync(join(dir, 'article.edges.csv'), 'utf8')).toMatch(/^Source,Target,Type,Id,/);
  });

  it('convert repairs edges to undeclared nodes with a warning; --strict refuses', () => {
    const file = join(FIXTURES, 'gexf', 'broken', 'unknown-node.gexf');
    const repaired = kgIn('convert', file, '--format', 'json');
    expect(repaired.code).toBe(0);
    expect(repaired.stderr).toMatch(
      /^kg convert: warning: .*edges name 1 node the file does not declare \("ghost" \(line 10\)\)/,
    );
    expect(
      (JSON.parse(repaired.stdout) as { nodes: { key: string }[] }).nodes.map((n) => n.key),
    ).toContain('ghost');
    const strict = kgIn('convert', file, '--format', 'json', '--strict');
    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe('');
    expect(strict.stderr).toMatch(/--strict refuses them/);
  });

  it('refuses a file with XML entities in one clear message, with no parser chatter', async () => {
    for (const name of ['billion-laughs.gexf', 'xxe.gexf']) {
      // A child process: whatever any parser prints would reach its stdout or stderr.
      const r = await kg('convert', join(FIXTURES, 'gexf', 'broken', name), '--format', 'json');
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(2); // the headline and the one problem
      expect(lines[1]).toMatch(/declares XML entities in a DOCTYPE.*Fix: remove the DOCTYPE/);
      expect(r.stderr).not.toMatch(/xmldom|entity not found/i);
    }
  });

  it('rejects a bad GEXF version or a GEXF option without gexf', () => {
    expect(kgIn('export', '--format', 'gexf', '--gexf-version', '2.0')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--gexf-version must be 1.3 or 1.2draft') as unknown,
    });
    expect(kgIn('export', '--format', 'json', '--dynamic').stderr).toContain(
      'go with --format gexf',
    );
  });

  it('exits 1 with the importer’s message for a broken file, 1 for a missing one', async () => {
    const r = await kg(
      'convert',
      join(FIXTURES, 'gexf', 'broken', 'missing-ids.gexf'),
      '--format',
      'json',
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/missing-ids\.gexf:6:7: a <node> has no id/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(kgIn('convert', '/no/such/file.gexf', '--format', 'json').code).toBe(1);
  });

  it('writes GEXF 1.3 and 1.2draft to stdout', () => {
    expect(kgIn('export', '--format', 'gexf').stdout).toMatch(
      /^<\?xml[^>]*>\n<gexf xmlns="http:\/\/gexf\.net\/1\.3"/,
    );
    const old = kgIn(
      'export',
      '--format',
      'gexf',
      '--gexf-version',
      '1.2draft',
      '--dynamic',
    ).stdout;
    expect(old).toContain('xmlns="http://www.gexf.net/1.2draft"');
    expect(old).toContain('mode="dynamic" timeformat="date"');
  });

  it('converts another tool’s GEXF to JSON and back to GEXF', () => {
    const json = JSON.parse(
      kgIn('convert', join(FIXTURES, 'gexf', 'gephi-1.1draft.gexf'), '--format', 'json').stdout,
    ) as { nodes: { key: string; attributes: { label: string } }[] };
    expect(json.nodes.map((n) => n.attributes.label)).toEqual(['Samsung', 'SK hynix']);
    expect(
      kgIn('convert', join(FIXTURES, 'gexf', 'networkx-2.8-1.2draft.gexf'), '--format', 'gexf')
        .stdout,
    ).toContain('label="TSMC"');
  });
});

describe('kg commands', () => {
  it('show --all: the card reads every relation as a sentence from the entity’s side, with citations', () => {
    const r = kgIn('show', 'Huawei', '--all');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Huawei {2}\[Company\] {2}id: huawei/);
    expect(r.stdout).toContain('Huawei owns HiSilicon.');
    expect(r.stdout).toMatch(/Huawei is targeted by U\.S\. .*export restrictions/);
    expect(r.stdout).toMatch(/\nSources: BORNA, “Chinese AI Targets .*”, 2025-07-28; /);
    expect(r.stdout).toContain('BORNA 2025-07-28 ¶4');
  });

  it('show: the card names each source once; each claim cites outlet, date and paragraph', () => {
    const title = 'Chinese AI Targets the Heart of Silicon Valley';
    for (const args of [[], ['--all']]) {
      const r = kgIn('show', 'Huawei', ...args).stdout;
      expect(r.split(title).length - 1).toBe(1);
      expect(r).toMatch(/BORNA 2025-07-28 ¶\d+/);
    }
    const all = kgIn('show', 'Huawei', '--all').stdout;
    // Every relation still cites its paragraphs, in brief: one citation line per relation.
    expect(all.match(/^ {4}\S.* \d{4}-\d{2}-\d{2} ¶\d+.*\(relation /gm)?.length).toBe(
      all.match(/^ {2}• /gm)?.length,
    );
    expect(all).toMatch(/^Owns:$/m);
  });

  it('show: a speaker’s "Claims made (n)", an outlet’s "Quoted claims (n)"', () => {
    const patel = kgIn('show', 'Dylan Patel', '--all').stdout;
    expect(patel).toMatch(/\nClaims made \((\d+)\):\n {2}• Huawei /);
    expect(patel).toContain('Huawei competes with Nvidia.');
    const globalTimes = kgIn('show', 'Global Times', '--all').stdout;
    expect(globalTimes).toMatch(/\nQuoted claims \(\d+\), by Unnamed Chinese analyst/);
    expect(kgIn('show', 'Nvidia').stdout).toMatch(
      /Nvidia is named in Dylan Patel’s claim that Huawei competes with Nvidia\./,
    );
  });

  it('show: a second source’s verdict under the relation it confirms or contests', () => {
    const r = kgIn('show', 'CloudMatrix 384', '--all').stdout;
    expect(r).toMatch(/Supported by IEEE ComSoc Technology Blog 2025-07-27 ¶2: .*April/);
    expect(r).toMatch(
      /Partly supported by IEEE ComSoc Technology Blog 2025-07-27 ¶4: .*energy efficiency/,
    );
    expect(r).toMatch(/Supported by IEEE ComSoc Technology Blog 2025-07-27 ¶1: /);
  });

  it('perspectives: an entity’s relations grouped by who asserts them', () => {
    const r = kgIn('perspectives', 'CloudMatrix 384');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\nAccording to BORNA \(\d+\):/);
    expect(r.stdout).toMatch(/\nAccording to Unnamed Chinese analyst \(Global Times\) \(\d+\):/);
    const json = JSON.parse(kgIn('perspectives', 'huawei', '--json').stdout) as {
      perspectives: { asserter: string; relations: { id: string }[] }[];
    };
    expect(json.perspectives.map((p) => p.asserter)).toEqual(
      expect.arrayContaining(['borna', 'dylan-patel']),
    );
    // The article never quotes the Commerce Department: it has no perspective.
    expect(json.perspectives.map((p) => p.asserter)).not.toContain('us-commerce-department');
    // General knowledge is its own voice, never the outlet's.
    expect(kgIn('perspectives', 'Shanghai').stdout).toMatch(
      /\nGeneral knowledge, not stated in the article \(1\):/,
    );
    expect(kgIn('perspectives', 'nobody').code).toBe(2);
  });

  it('neighbors: depth 1 lists direct ties, depth 2 reaches further', () => {
    const one = kgIn('neighbors', 'hisilicon', '--json');
    const two = kgIn('neighbors', 'hisilicon', '--depth', '2', '--json');
    const ids = (s: string) =>
      (JSON.parse(s) as { neighbors: { id: string }[] }).neighbors.map((n) => n.id);
    expect(ids(one.stdout).sort()).toEqual(['ascend-910c', 'ascend-series', 'huawei']);
    expect(ids(two.stdout)).toEqual(expect.arrayContaining(['nvidia', 'cloudmatrix-384', 'china']));
    expect(kgIn('neighbors', 'hisilicon').stdout).toContain('HiSilicon is a subsidiary of Huawei');
  });

  it('stats: counts by kind, components and hubs', () => {
    const r = kgIn('stats', '--top', '3');
    const n = shippedCounts(SHIPPED_DATA);
    expect(r.stdout.split('\n')[0]).toBe(
      `${plural(n.entities, 'entity', 'entities')}, ${plural(n.relations + n.statements, 'relation')} (${plural(n.relations, 'curated relation')} + ${plural(n.statements, 'derived statement')}), ${plural(n.sources, 'source')}`,
    );
    // One source is "1 source".
    expect(kgIn('stats', '--data', join(FIXTURES, 'data', 'minimal')).stdout).toMatch(
      /^\d+ entities, \d+ relations \(\d+ curated relations \+ 0 derived statements\), 1 source\n/,
    );
    expect(r.stdout).toMatch(/Company \(company\) +\d+/);
    expect(r.stdout).toMatch(/Hubs \(top 3 by PageRank\):\n {2}Huawei \(huawei\)/);
  });

  it('schema: prints the JSON Schema', () => {
    const r = kgIn('schema');
    expect(JSON.parse(r.stdout)).toMatchObject({ title: 'chipgraph data file' });
  });
});

describe('kg kinds', () => {
  it('refuses arguments it does not take', () => {
    expect(kgIn('kinds', 'company')).toMatchObject({ code: 2, stdout: '' });
  });

  it('lists every kind the validator accepts, and how each relation reads both ways', () => {
    const text = kgIn('kinds');
    expect(text.code).toBe(0);
    for (const [id, spec] of Object.entries(ENTITY_KINDS))
      expect(text.stdout).toMatch(
        new RegExp(`\\n  ${id} +${spec.label.replace(/[()]/g, '\\$&')}\\n`),
      );
    expect(text.stdout).toContain('  subsidiary-of: X is a subsidiary of Y; Y owns X\n');
    expect(text.stdout).toContain('  states (derived, never written): ');
    const json = JSON.parse(kgIn('kinds', '--json').stdout) as {
      relationKinds: { id: string; from: string[]; to: string[]; written: boolean }[];
    };
    expect(json.relationKinds.map((k) => k.id)).toEqual(Object.keys(RELATION_KINDS));
    expect(json.relationKinds.find((k) => k.id === 'member-of')).toMatchObject({
      from: ['country'],
      to: ['alliance'],
      written: true,
    });
  });
});

describe('nodeEnvironment().readTextChunks', () => {
  it('refuses a missing file, and joins to the whole text with characters cut between pieces', () => {
    const env = nodeEnvironment();
    expect(() => [...env.readTextChunks(join(ROOT, 'no-such-file.gexf'))]).toThrow(
      /^cannot read .*no-such-file\.gexf: no such file\n/,
    );
    // 2-byte and 4-byte characters across the 1 MB piece boundaries.
    const text = 'é华𝔸'.repeat(150_000);
    const path = tempFile('multibyte.txt', text);
    const chunks = [...env.readTextChunks(path)];
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(text);
  });
});

describe('kg show: how many sources back a relation', () => {
  it('gives the count of sources on a relation others support, and none on one source alone', () => {
    // The relation and its count come from the data, which grows: nothing here pins them.
    const relations = (
      JSON.parse(readFileSync(join(SHIPPED_DATA, 'relations.json'), 'utf8')) as {
        relations: {
          id: string;
          source: string;
          citations: { source: string }[];
          corroboration?: { source: string; stance: string }[];
        }[];
      }
    ).relations;
    const backed = relations.find(
      (r) => r.source === 'huawei' && (r.corroboration ?? []).some((c) => c.stance !== 'contests'),
    );
    expect(backed).toBeDefined();
    const count = new Set([
      ...(backed?.citations ?? []).map((c) => c.source),
      ...(backed?.corroboration ?? []).filter((c) => c.stance !== 'contests').map((c) => c.source),
    ]).size;
    const { code, stdout } = kgIn('show', 'Huawei', '--all');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    const at = lines.findIndex((l) => l.includes(`(relation ${backed?.id ?? ''})`));
    // A relation's provenance ("… · N sources · …") is on the line above its citation.
    expect(lines.slice(Math.max(0, at - 3), at).join(' ')).toContain(
      `· ${String(count)} sources ·`,
    );
    expect(lines.filter((l) => l.startsWith('  • ')).some((l) => !/sources/.test(l))).toBe(true);
  });
});
