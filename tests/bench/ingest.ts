/**
 * `kg ingest` on the seed article (issue 18): what its draft finds against the shipped graph,
 * starting from an empty one, and how long a 2,000-word article takes, in process and as the
 * command a user runs.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { proposeDraft } from '../../src/ingest/draft';
import { splitSourceText } from '../../src/ingest/paragraphs';
import { parseGraphData } from '../../src/model/validate';
import { SHIPPED_DATA, readDataDir } from '../helpers/data';
import { draftQuality } from '../helpers/ingest-quality';
import { SHARED_DIR } from '../helpers/shared';
import { kgRuns } from './cli';
import { MIN_RUNS, stat, time, type Row } from './stats';

const SECTION = 'kg ingest (seed article, empty graph)';

/** A text of at least `words` words: the article's paragraphs over again, under its header. */
function longText(article: string, words: number): string {
  const { paragraphs } = splitSourceText(article);
  const out: string[] = ['A long report', ''];
  let count = 0;
  for (let i = 0; count < words && paragraphs.length > 0; i++) {
    const p = paragraphs[i % paragraphs.length] ?? '';
    out.push(p, '');
    count += p.split(/\s+/).length;
  }
  return out.join('\n');
}

export function ingestRows(log: (row: Row) => void): Row[] {
  const path = join(SHARED_DIR, 'source-article.txt');
  if (!existsSync(path)) {
    console.log(`  skipped: no source article at ${path}`);
    return [];
  }
  const article = readFileSync(path, 'utf8');
  const shipped = parseGraphData(readDataDir(SHIPPED_DATA));
  const quality = draftQuality(proposeDraft(article, [], { source: 'borna-416' }), article, shipped);
  const once = (measure: string, unit: Row['unit'], value: number): Row => ({
    section: SECTION,
    graph: 'article',
    measure,
    unit,
    ours: stat([value]),
  });
  const rows: Row[] = [
    once(
      `named entities of the shipped graph found (of ${quality.named})`,
      '%',
      (100 * quality.found) / quality.named,
    ),
    once('proposals for one real entity, at most', 'count', quality.mostProposals),
    once(
      `related pairs of them found (of ${quality.pairs})`,
      '%',
      (100 * quality.pairsFound) / quality.pairs,
    ),
  ];
  const text = longText(article, 2000);
  const words = text.split(/\s+/).filter(Boolean).length;
  proposeDraft(text, []);
  const inProcess: number[] = [];
  for (let i = 0; i < MIN_RUNS; i++) inProcess.push(time(() => proposeDraft(text, [])));
  rows.push({
    section: SECTION,
    graph: `${words}-word text`,
    measure: 'draft proposed, in process (library loaded)',
    unit: 'ms',
    ours: stat(inProcess),
  });
  const dir = join(tmpdir(), 'chipgraph-bench');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'ingest-2000.txt');
  writeFileSync(file, text);
  const empty = join(dir, 'empty-data');
  mkdirSync(empty, { recursive: true });
  const runs = kgRuns(['ingest', file, '--data', empty, '--out', join(dir, 'ingest-draft.json')]);
  rows.push({
    section: SECTION,
    graph: `${words}-word text`,
    measure: 'kg ingest, wall time (Node start, library load, draft, file)',
    unit: 'ms',
    ours: stat(runs),
  });
  rows.forEach(log);
  return rows;
}
