/**
 * `npm run bench`: speed of the core, each figure next to a baseline measured in the same run
 * (machines here are shared and noisy: compare ratios, not absolute times).
 *
 * - Article graph: the full pipeline (parse → build → layout) and path queries.
 * - Synthetic graph of 100k nodes / 400k edges: `findPaths` k = 1 and k = 5, against
 *   graphology-shortest-path's unweighted bidirectional search (no filters, node path only).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import type { KnowledgeGraph } from '../../src/graph/types';
import { seededRandom } from '../../src/layout/layout';
import { loadKnowledgeGraph } from '../../src/load';
import { CERTAINTIES, ENTITY_KIND_IDS } from '../../src/model/schema';
import { findPaths } from '../../src/query/paths';

const root = join(import.meta.dirname, '..', '..');
const files = readdirSync(join(root, 'graph-data'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({
    path: `graph-data/${f}`,
    text: readFileSync(join(root, 'graph-data', f), 'utf8'),
  }));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`);

// --- Article graph ---------------------------------------------------------------------------
const pipeline = Array.from({ length: 10 }, () => time(() => loadKnowledgeGraph(files)));
const article = loadKnowledgeGraph(files);
const ids = article.nodes();
const rng = seededRandom(7);
const pick = (list: readonly string[]) => list[Math.floor(rng() * list.length)] ?? '';
const articlePairs = Array.from({ length: 300 }, () => [pick(ids), pick(ids)] as const);
const articleK3 = articlePairs.map(([a, b]) => time(() => findPaths(article, a, b, { k: 3 })));
const articleBase = articlePairs.map(([a, b]) => time(() => bidirectional(article, a, b)));
console.log(`Article graph (${article.order} nodes, ${article.size} edges)`);
console.log(`  parse + build + layout      median ${fmt(median(pipeline))}`);
console.log(
  `  findPaths k=3               median ${fmt(median(articleK3))}   (baseline bidirectional BFS ${fmt(median(articleBase))}, ratio ${(median(articleK3) / median(articleBase)).toFixed(1)}×)`,
);

// --- Synthetic graph -------------------------------------------------------------------------
const N = 100_000;
const M = 400_000;
const big: KnowledgeGraph = new MultiDirectedGraph();
const buildStart = performance.now();
for (let i = 0; i < N; i++) {
  big.addNode(`n${i}`, {
    label: `n${i}`,
    kind: ENTITY_KIND_IDS[i % ENTITY_KIND_IDS.length] ?? 'company',
    aliases: [],
    description: '',
    citations: [],
    x: 0,
    y: 0,
    size: 1,
    color: '#000',
    degree: 0,
    pagerank: 0,
    betweenness: 0,
  });
}
for (let e = 0; e < M; e++) {
  const s = Math.floor(rng() * N);
  let t = Math.floor(rng() * N);
  if (t === s) t = (t + 1) % N;
  big.addDirectedEdgeWithKey(`e${e}`, `n${s}`, `n${t}`, {
    kind: 'develops',
    label: 'develops',
    claim: '',
    citations: [],
    certainty: CERTAINTIES[e % CERTAINTIES.length] ?? 'fact',
    assertedBy: [],
    size: 1,
    color: '#000',
  });
}
console.log(
  `\nSynthetic graph (${big.order} nodes, ${big.size} edges, built in ${fmt(performance.now() - buildStart)})`,
);
const bigIds = big.nodes();
const pairs = Array.from({ length: 200 }, () => [pick(bigIds), pick(bigIds)] as const);
// Interleave the two so that load on the machine hits both alike.
const shortest: number[] = [];
const baseline: number[] = [];
for (const [a, b] of pairs) {
  baseline.push(time(() => bidirectional(big, a, b)));
  shortest.push(time(() => findPaths(big, a, b, { k: 1, maxHops: 20 })));
}
const k5 = pairs
  .slice(0, 40)
  .map(([a, b]) => time(() => findPaths(big, a, b, { k: 5, maxHops: 20 })));
const copy = Array.from({ length: 5 }, () => time(() => big.copy()));
console.log(
  `  findPaths k=1 (shortest)    median ${fmt(median(shortest))}   (baseline bidirectional BFS ${fmt(median(baseline))}, ratio ${(median(shortest) / median(baseline)).toFixed(1)}×)`,
);
console.log(
  `  findPaths k=5               median ${fmt(median(k5))}   (ratio to baseline ${(median(k5) / median(baseline)).toFixed(0)}×)`,
);
console.log(
  `  copying the graph (what filtering by subgraph would cost per query) median ${fmt(median(copy))}`,
);
