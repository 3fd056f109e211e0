/**
 * The Node half of `npm run bench`: chipgraph's core against the libraries it builds on, on the
 * same graphs in the same process, runs interleaved so that load on the machine hits both alike.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { MultiGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { parse as parseGexf, write as writeGexf } from 'graphology-gexf';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import toUndirected from 'graphology-operators/to-undirected.js';
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import { buildGraph } from '../../src/graph/build';
import { createEntityIndex } from '../../src/graph/lookup';
import { computeMetrics } from '../../src/graph/metrics';
import { createSearchIndex } from '../../src/graph/search-index';
import type { KnowledgeGraph } from '../../src/graph/types';
import { toGexf } from '../../src/io/gexf-write';
import { importGraphFile } from '../../src/io/import';
import { toGraphJson } from '../../src/io/json-write';
import { layoutSettings, seededRandom } from '../../src/layout/layout';
import { loadKnowledgeGraph } from '../../src/load';
import { parseGraphData } from '../../src/model/validate';
import { findPaths } from '../../src/query/paths';
import { MIN_RUNS, stat, time, type Row, type Stat } from './stats';
import { addSyntheticText, syntheticGraph } from './synthetic';

const ROOT = join(import.meta.dirname, '..', '..');
export const BENCH_DIR = join(tmpdir(), 'chipgraph-bench');
const PYTHON = '/usr/bin/python3';

/** Runs of each measurement by graph size: never fewer than MIN_RUNS, so a median is one. */
const runsFor = (n: number) => (n <= 1000 ? 7 : MIN_RUNS);

function interleave(runs: number, ours: () => unknown, baseline: () => unknown): [Stat, Stat] {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Alternate which goes first, so neither always runs on a warmer (or fuller) heap.
    if (i % 2 === 0) {
      a.push(time(ours));
      b.push(time(baseline));
    } else {
      b.push(time(baseline));
      a.push(time(ours));
    }
  }
  return [stat(a), stat(b)];
}

/** One timing of each, the first going first on even `i`: [ours, baseline]. */
function interleaveOnce(i: number, ours: () => unknown, baseline: () => unknown): [number, number] {
  if (i % 2 === 0) {
    const a = time(ours);
    return [a, time(baseline)];
  }
  const b = time(baseline);
  return [time(ours), b];
}

interface NetworkxTimes {
  version: string;
  read: number[];
  write: number[];
  pagerank: number[];
  shortest: number[];
  k5: number[];
}

function networkx(
  path: string,
  pairs: readonly (readonly [string, string])[],
  runs: number,
  kShortest: boolean,
) {
  const script = join(ROOT, 'tests', 'bench', 'networkx_bench.py');
  const probe = spawnSync(PYTHON, ['-c', 'import networkx'], { encoding: 'utf8' });
  if (probe.status !== 0) return `skipped: networkx not found for ${PYTHON}`;
  const result = spawnSync(
    PYTHON,
    [script, path, JSON.stringify(pairs), String(runs), kShortest ? '1' : '0'],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  if (result.status !== 0) return `failed: ${result.stderr.trim().split('\n').pop() ?? ''}`;
  return JSON.parse(result.stdout) as NetworkxTimes;
}

/** Random node pairs (seeded). */
function pairsOf(graph: KnowledgeGraph, count: number, seed: number): [string, string][] {
  const ids = graph.nodes();
  const rng = seededRandom(seed);
  const pick = () => ids[Math.floor(rng() * ids.length)] ?? '';
  return Array.from({ length: count }, () => [pick(), pick()]);
}



/** Every Node measurement on one synthetic graph. */
export function syntheticRows(n: number, log: (row: Row) => void): Row[] {
  const runs = runsFor(n);
  const graphName = `synthetic ${n >= 1000 ? `${n / 1000}k` : n}`;
  const synthetic = syntheticGraph(n);
  mkdirSync(BENCH_DIR, { recursive: true });
  const gexfPath = join(BENCH_DIR, `synthetic-${n}.gexf`);
  writeFileSync(gexfPath, synthetic.gexf);
  const rows: Row[] = [];
  const add = (row: Omit<Row, 'section' | 'graph'>) => {
    const full = { section: 'Node', graph: graphName, ...row };
    rows.push(full);
    log(full);
  };

  const ours = importGraphFile('synthetic.gexf', synthetic.gexf);
  const raw = parseGexf(MultiGraph, synthetic.gexf);
  const pairs = pairsOf(ours, n >= 50_000 ? 40 : 100, 7);
  // networkx takes minutes per step at 100k nodes (and its k-shortest search far longer): it
  // runs up to 50k, and its k = 5 search up to 10k.
  const nx =
    n > 50_000
      ? 'skipped above 50k nodes (minutes per step)'
      : networkx(gexfPath, pairs, n >= 50_000 ? 1 : Math.min(runs, 3), n <= 10_000);
  const nxStat = (key: keyof Omit<NetworkxTimes, 'version'>): Stat | string =>
    typeof nx === 'string'
      ? nx
      : nx[key].length === 0
        ? 'skipped above 10k nodes (minutes per query)'
        : stat(nx[key]);

  let [a, b] = interleave(
    runs,
    () => importGraphFile('synthetic.gexf', synthetic.gexf),
    () => parseGexf(MultiGraph, synthetic.gexf),
  );
  add({
    measure: 'import GEXF (with metrics)',
    unit: 'ms',
    ours: a,
    baseline: { name: 'graphology-gexf parse', stat: b },
    networkx: nxStat('read'),
  });
  [a, b] = interleave(
    runs,
    () => importGraphFile('synthetic.json', synthetic.json),
    () => MultiGraph.from(JSON.parse(synthetic.json) as SerializedGraph),
  );
  add({
    measure: 'import JSON (with metrics)',
    unit: 'ms',
    ours: a,
    baseline: { name: 'JSON.parse + Graph.from', stat: b },
  });
  [a, b] = interleave(
    runs,
    () => toGexf(ours),
    () => writeGexf(raw),
  );
  add({
    measure: 'export GEXF',
    unit: 'ms',
    ours: a,
    baseline: { name: 'graphology-gexf write', stat: b },
    networkx: nxStat('write'),
  });
  [a, b] = interleave(
    runs,
    () => JSON.stringify(toGraphJson(ours)),
    () => JSON.stringify(raw.export()),
  );
  add({
    measure: 'export JSON',
    unit: 'ms',
    ours: a,
    baseline: { name: 'JSON.stringify(graph.export())', stat: b },
  });
  [a, b] = interleave(
    runs,
    () => computeMetrics(ours, { size: false }),
    () => pagerank(toUndirected(raw), { getEdgeWeight: null }),
  );
  add({
    measure: 'metrics (degree, PageRank; betweenness ≤ cap)',
    unit: 'ms',
    ours: a,
    baseline: { name: 'graphology-metrics PageRank on toUndirected', stat: b },
    networkx: nxStat('pagerank'),
  });
  const iterations = n <= 1000 ? 50 : n <= 10_000 ? 10 : 2;
  [a, b] = interleave(
    runs,
    () => forceAtlas2(ours, { iterations, settings: layoutSettings(ours) }),
    () => forceAtlas2(raw, { iterations, settings: forceAtlas2.inferSettings(raw) }),
  );
  const perSecond = (s: Stat): Stat => ({
    median: (1000 * iterations) / s.median,
    min: (1000 * iterations) / s.max,
    max: (1000 * iterations) / s.min,
    runs: s.runs,
  });
  add({
    measure: 'layout (ForceAtlas2 iterations)',
    unit: 'it/s',
    ours: perSecond(a),
    baseline: { name: 'ForceAtlas2, inferred settings', stat: perSecond(b) },
  });

  // Shortest path, following direction, no filters: the same question for both, alternating
  // which asks first.
  const ourShortest: number[] = [];
  const theirShortest: number[] = [];
  pairs.forEach(([s, t], i) => {
    const [x, y] = interleaveOnce(
      i,
      () => findPaths(ours, s, t, { k: 1, maxHops: 20, directed: true }),
      () => bidirectional(ours, s, t),
    );
    ourShortest.push(x);
    theirShortest.push(y);
  });
  add({
    measure: 'shortest path (directed, no filter)',
    unit: 'ms',
    ours: stat(ourShortest),
    baseline: { name: 'graphology bidirectional BFS', stat: stat(theirShortest) },
    networkx: nxStat('shortest'),
  });
  // With filters, graphology's BFS searches a filtered copy of the graph: built once (its own row,
  // as a view of the graph would be), then each query against it. Ours filters as it searches.
  const filter = {
    avoidKinds: ['person'],
    relations: ['develops', 'produces', 'competes-with', 'targets'],
  };
  let copy = new MultiGraph();
  const copyBuild: number[] = [];
  for (let i = 0; i < runs; i++)
    copyBuild.push(
      time(() => {
        copy = new MultiGraph();
        ours.forEachNode((node, attr) => {
          if (attr.kind !== 'person') copy.addNode(node);
        });
        ours.forEachEdge((_e, attr, source, target) => {
          if (filter.relations.includes(attr.kind) && copy.hasNode(source) && copy.hasNode(target))
            copy.addUndirectedEdge(source, target);
        });
      }),
    );
  add({
    measure: 'filtered copy for graphology (kind + relation filters), built once',
    unit: 'ms',
    ours: stat(copyBuild),
  });
  const filtered: number[] = [];
  const onCopy: number[] = [];
  // Ends that are persons are outside the copy: both answer pairs of the kept kinds.
  pairs
    .filter(([s, t]) => copy.hasNode(s) && copy.hasNode(t))
    .forEach(([s, t], i) => {
      const [x, y] = interleaveOnce(
        i,
        () => findPaths(ours, s, t, { k: 1, maxHops: 20, ...filter }),
        () => bidirectional(copy, s, t),
      );
      filtered.push(x);
      onCopy.push(y);
    });
  add({
    measure: 'shortest path (either way, kind + relation filters)',
    unit: 'ms',
    ours: stat(filtered),
    baseline: { name: 'graphology BFS on the filtered copy (copy built once, row above)', stat: stat(onCopy) },
  });
  const k5 = pairs
    .slice(0, 10)
    .map(([s, t]) => time(() => findPaths(ours, s, t, { k: 5, maxHops: 20, directed: true })));
  add({
    measure: 'k = 5 paths (directed)',
    unit: 'ms',
    ours: stat(k5),
    networkx: nxStat('k5'),
  });
  if (typeof nx !== 'string') console.log(`  (networkx ${nx.version})`);
  return rows;
}

/** The article graph: the pipeline and path queries. */
export function articleRows(log: (row: Row) => void): Row[] {
  const files = readdirSync(join(ROOT, 'graph-data'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({
      path: `graph-data/${f}`,
      text: readFileSync(join(ROOT, 'graph-data', f), 'utf8'),
    }));
  const graph = loadKnowledgeGraph(files);
  const serialized = JSON.stringify(graph.export());
  const rows: Row[] = [];
  const add = (row: Omit<Row, 'section' | 'graph'>) => {
    const full = { section: 'Node', graph: 'article', ...row };
    rows.push(full);
    log(full);
  };
  let [a, b] = interleave(
    15,
    () => loadKnowledgeGraph(files),
    () => MultiGraph.from(JSON.parse(serialized) as SerializedGraph),
  );
  add({
    measure: 'parse + validate + build + layout',
    unit: 'ms',
    ours: a,
    baseline: { name: 'loading the built graph (JSON.parse + Graph.from)', stat: b },
  });
  const data = parseGraphData(files);
  [a, b] = interleave(
    15,
    () => buildGraph(data),
    () => MultiGraph.from(JSON.parse(serialized) as SerializedGraph),
  );
  add({
    measure: 'build (validated data → graph)',
    unit: 'ms',
    ours: a,
    baseline: { name: 'JSON.parse + Graph.from', stat: b },
  });
  const pairs = pairsOf(graph, 300, 11);
  const k3: number[] = [];
  const bfs: number[] = [];
  pairs.forEach(([s, t], i) => {
    const [x, y] = interleaveOnce(
      i,
      () => findPaths(graph, s, t, { k: 3 }),
      () => bidirectional(graph, s, t),
    );
    k3.push(x);
    bfs.push(y);
  });
  add({
    measure: 'findPaths k = 3 (either way, evidence, ranking)',
    unit: 'ms',
    ours: stat(k3),
    baseline: { name: 'graphology bidirectional BFS (directed, nodes only)', stat: stat(bfs) },
  });
  return rows;
}

/** One import of a 200k-node graph: proof that nothing is quadratic or spreads 200k arguments. */
export function stressRow(log: (row: Row) => void): Row {
  const synthetic = syntheticGraph(200_000);
  // 219 million characters: above the importer's default limit, which exists for the page.
  const ms = time(() =>
    importGraphFile('synthetic.gexf', synthetic.gexf, { maxChars: 400_000_000 }),
  );
  const row: Row = {
    section: 'Node',
    graph: 'synthetic 200k',
    measure: 'import GEXF once (no crash, no quadratic step)',
    unit: 'ms',
    ours: stat([ms]),
  };
  log(row);
  return row;
}

/**
 * Entity search at one size: the forgiving index (MiniSearch over names, descriptions and claims,
 * on top of the literal name index) against the current lookup (the literal name index alone), on
 * a synthetic graph given a dozen words of description per node and of claim per edge.
 */
export function searchRows(n: number, log: (row: Row) => void): Row[] {
  const runs = Math.max(5, runsFor(n));
  const graphName = `synthetic ${n >= 1000 ? `${n / 1000}k` : n}`;
  const json = syntheticGraph(n).json;
  const bare = MultiGraph.from(JSON.parse(json) as SerializedGraph);
  const graph = MultiGraph.from(JSON.parse(json) as SerializedGraph);
  const vocabulary = addSyntheticText(graph);
  const rows: Row[] = [];
  const add = (row: Omit<Row, 'section' | 'graph'>) => {
    const full = { section: 'Node: entity search', graph: graphName, ...row };
    rows.push(full);
    log(full);
  };
  // A graph imported from Gephi usually has names only: MiniSearch then indexes just those.
  for (const [measure, g] of [
    ['index build, names only (MiniSearch + name index)', bare],
    ['index build with text (MiniSearch over names, descriptions, claims + name index)', graph],
  ] as const) {
    const [ours, base] = interleave(
      runs,
      () => createSearchIndex(g, createEntityIndex(g)),
      () => createEntityIndex(g),
    );
    add({ measure, unit: 'ms', ours, baseline: { name: 'current lookup: name index', stat: base } });
  }
  const names = createEntityIndex(graph);
  const forgiving = createSearchIndex(graph, names);
  const word = (i: number) => vocabulary[(i * 7919) % vocabulary.length] ?? 'ka';
  // What the literal index cannot answer in full (fewer than the page's 50), so the forgiving
  // search runs: a typo in a name, a word and a misspelt word of the text, two words, a prefix.
  const queries = [
    `nod ${Math.floor(n / 3)}`,
    word(1),
    `${word(2).slice(0, -1)}x`,
    `${word(3)} ${word(4)}`,
    word(5).slice(0, 4),
  ];
  const perQuery = (search: (q: string) => unknown) => () => {
    for (const q of queries) search(q);
  };
  const [a, b] = interleave(
    runs,
    perQuery((q) => forgiving.search(q, 50)),
    perQuery((q) => names.search(q, 50)),
  );
  const each = (s: Stat): Stat => ({
    median: s.median / queries.length,
    min: s.min / queries.length,
    max: s.max / queries.length,
    runs: s.runs,
  });
  add({
    measure: `query, literal then forgiving (mean of ${queries.length}: typo, words, prefix)`,
    unit: 'ms',
    ours: each(a),
    baseline: { name: 'current lookup: literal names only', stat: each(b) },
  });
  for (const q of queries)
    console.log(
      `    ${JSON.stringify(q)}: ${forgiving.search(q, 50).length} forgiving hits, ${names.search(q, 50).length} literal`,
    );
  return rows;
}
