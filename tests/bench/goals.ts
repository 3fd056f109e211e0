/** The scale issue's goals, read off the measured rows. */
import type { Goal } from './report';
import { formatValue, ratio, type Row } from './stats';

/** The median of a 100k Node interaction row (or its baseline's), formatted; "?" when not run. */
function figure(rows: readonly Row[], measure: string, of: 'ours' | 'baseline' = 'ours'): string {
  const row = interaction(rows, measure);
  const value = of === 'ours' ? row?.ours.median : row?.baseline?.stat.median;
  return row && value !== undefined && row.ours.runs > 0 ? formatValue(value, row.unit) : '?';
}

type Notes = Readonly<Record<string, string>>;

/**
 * Why each goal is not met and what would close it (shown only when it is not met). Figures come
 * from the same run's rows, so a note never quotes an older run.
 */
function notMet(rows: readonly Row[]): Notes {
  const reducers = figure(rows, 'full restyle: every item');
  const copies = figure(rows, 'full restyle: every item', 'baseline');
  const visibility = figure(rows, 'filter change');
  const fa2 = find(rows, 'Browser', 'synthetic 10k', 'ForceAtlas2 while drawing');
  return {
    convert:
      'a CPU profile of one 4.5 s conversion (taken apart from the bench): the GEXF reader about 3.0 s (of which graphology’s own edge insertion, the same work the baseline does, about 1.0 s), garbage collection 0.6 s, writing the JSON 0.6 s. Both sides run compiled, without tsx. To close it: a GEXF reader that keeps typed columns instead of an attribute object per item (src/io/gexf-read.ts).',
    memory:
      'the file text, the graph and the JSON text are alive together. Streaming the file into the reader (the page’s worker already does) would drop the first.',
    browserImport:
      'the worker parses the file (the saxes pass and the attribute mapping are most of it), its answer crosses as graphology’s serialization (a structured clone) and is rebuilt on the page in slices, then sigma indexes and draws the whole graph in one task. To close it: typed columns in the worker and across, and a renderer that indexes incrementally.',
    longTask: `sigma v3 indexes and processes the whole graph in its constructor as one task (it has no incremental indexing), and the page’s mount (parallel-edge curvatures, ${figure(rows, 'parallel-edge curvatures')} at 100k in the Node rows; visibility, ${visibility}) runs in the same task. Under software WebGL that task then waits for the first frame to be rasterised; on a GPU that wait is gone. Needs a sigma change, or the mount split over several tasks.`,
    initialJs: 'sigma and graphology alone are 40 KB of it (the bare page).',
    firstFrame:
      'both pages are timed at the first frame after sigma’s first draw; the side panels already mount after it. What the explorer still does before it: two more WebGL programs to compile (bordered discs and curved edges for the article’s parallel edges; the bare page has sigma’s defaults), 26 KB more script, and the label plan of the first view. To close it: compile the curve program only when a curve is drawn, and plan the first labels in the frame after.',
    click: `a selection on a large graph fades everything outside the neighbourhood (the canvas issue asks it), so every node and edge is restyled: the reducers over 500k items take ${reducers} in the Node rows against ${copies} for sigma’s own copy of their attributes (the floor), and sigma then processes each item. To close it: a fade sigma can draw without a restyle (a program uniform), which sigma v3’s programs do not offer.`,
    restyle: `hiding a kind changes what is drawn of every node and edge, so all 500k items go through the reducers (${reducers} in the Node rows against ${copies} for sigma’s own copy of their attributes, the floor), visibility is computed again (${visibility}) and sigma processes each item. Under software WebGL each restyle is then followed by a redraw of 400k edges that takes seconds (not counted here). To close it: the same fade-without-restyle as the click, and visibility kept per kind.`,
    blur: 'losing focus restyles nothing: what is left is the page’s own bookkeeping around sigma’s frame.',
    zoom: 'a wheel step plans the labels once the camera rests (one plan; see the panning row for its cost) and restyles the nodes whose label changed.',
    panPlan:
      'the plan places up to 1,500 candidate names around up to 5,000 discs in view; it is a greedy search over twelve places per name.',
    tableOpen:
      'opening takes the shown entities’ and relations’ keys and reads the cells of the rows drawn only; a table of more than 20,000 rows opens in the graph’s order (sorting it is the row below). What remains is copying 500k keys out of the visibility sets.',
    tableSort: `sorting 100k distinct names with the locale collator is the floor: the baseline, the collator on every comparison, takes ${figure(rows, 'table sorted by name', 'baseline')}. A plain code-point comparison would be faster but order names wrongly across accents and cases.`,
    fa2: `under software WebGL both pages draw 10k nodes and 40k edges per frame far slower than the worker steps (ours ${fa2 ? formatValue(fa2.ours.median, 'it/s') : '?'}, the bare page ${fa2?.baseline ? formatValue(fa2.baseline.stat.median, 'it/s') : '?'}); on a GPU the draw is a few milliseconds.`,
    stress: 'the 200k import did not run.',
    kgPath: 'the bin starts a compiled bundle; what is left is Node’s own start and reading the kept graph.',
    ingestTime: `loading the language library (compromise) takes about a fifth of a second, and it tags every paragraph and each new name; the draft itself takes ${ingestRow(rows, 'draft proposed') ? formatValue(ingestRow(rows, 'draft proposed')?.ours.median ?? NaN, 'ms') : '?'} in process.`,
    ingestEntities: 'names the proper-name patterns and the language library both miss.',
    ingestPairs: 'relations the article states across sentences, which the draft proposes only within one.',
    ingestProposals: 'variants of a name that the grouping rules do not join.',
  };
}

/** Why a goal's row has no runs, when the bench could not take one. */
const NOT_MEASURED: Record<string, string> = {
  panPlan:
    'the pan found no empty spot to start on (a drag from a node moves that node); the bench zooms back out after its zoom steps and tries the margins too.',
};

function find(rows: readonly Row[], section: string, graph: string, measure: string) {
  return rows.find((r) => r.section === section && r.graph === graph && r.measure === measure);
}

/** A 100k row of the Node interactions, by the start of its measure (some name their counts). */
function interaction(rows: readonly Row[], measure: string): Row | undefined {
  return rows.find(
    (r) =>
      r.section === 'Node: interactions at scale' &&
      r.graph === 'synthetic 100k' &&
      r.measure.startsWith(measure),
  );
}

/**
 * A 100k browser row, or the row of its phase when that phase ran out of its time budget (the
 * rows measured in it are then missing, and the goal says why).
 */
function browserRow(rows: readonly Row[], measure: string, phase: string): Row | undefined {
  const row = find(rows, 'Browser', 'synthetic 100k', measure);
  if (row) return row;
  const timed = find(rows, 'Browser', 'synthetic 100k', phase);
  return timed?.note !== undefined ? timed : undefined;
}

/** A goal whose row ran out of its time budget: measured as the note says, not met. */
function timedOut(notes: Notes, key: string, goal: string, row: Row): Goal {
  return {
    goal,
    measured: row.note ?? 'no runs',
    met: false,
    note: `the phase ran out of its time budget; ${notes[key] ?? 'nothing was measured.'}`,
  };
}

function ratioGoal(
  notes: Notes,
  key: string, goal: string, row: Row | undefined, atLeast: number): Goal {
  if (row?.note !== undefined) return timedOut(notes, key, goal, row);
  const r = row ? ratio(row) : null;
  if (!row || r === null)
    return {
      goal,
      measured: 'not run',
      met: null,
      note: 'not run in this bench (see BENCH_SIZES / BENCH_ONLY).',
    };
  const met = r >= atLeast;
  return {
    goal,
    measured: `${r.toFixed(2)}× (${formatValue(row.ours.median, row.unit)} vs ${formatValue(row.baseline?.stat.median ?? NaN, row.unit)})`,
    met,
    ...(!met && { note: notes[key] }),
  };
}

/** A goal on how many times the baseline's time ours may take (at most `times`). */
function withinGoal(
  notes: Notes,
  key: string, goal: string, row: Row | undefined, times: number): Goal {
  if (row?.note !== undefined) return timedOut(notes, key, goal, row);
  const base = row?.baseline?.stat.median;
  if (!row || base === undefined || row.ours.runs === 0)
    return { goal, measured: 'not run', met: null, note: 'not run in this bench.' };
  const factor = row.ours.median / base;
  const met = factor <= times;
  return {
    goal,
    measured: `${factor.toFixed(2)}× (${formatValue(row.ours.median, row.unit)} vs ${formatValue(base, row.unit)})`,
    met,
    ...(!met && { note: notes[key] }),
  };
}

/** A goal on a value that must stay at most `bound` (a time), or reach at least it (a share found). */
function limitGoal(
  notes: Notes,
  key: string, goal: string, row: Row | undefined, bound: number, side: 'atMost' | 'atLeast' = 'atMost'): Goal {
  if (row?.note !== undefined) return timedOut(notes, key, goal, row);
  if (!row)
    return {
      goal,
      measured: 'not run',
      met: null,
      note: 'not run in this bench (see BENCH_SIZES / BENCH_ONLY).',
    };
  if (row.ours.runs === 0)
    return { goal, measured: 'no runs', met: null, note: NOT_MEASURED[key] ?? 'the row has no runs.' };
  const met = side === 'atMost' ? row.ours.median <= bound : row.ours.median >= bound;
  return {
    goal,
    measured: formatValue(row.ours.median, row.unit),
    met,
    ...(!met && { note: notes[key] }),
  };
}

/** An ingest row, by the start of its measure. */
const ingestRow = (rows: readonly Row[], measure: string) =>
  rows.find((r) => r.section.startsWith('kg ingest') && r.measure.startsWith(measure));

export function goalsOf(rows: readonly Row[]): Goal[] {
  const notes = notMet(rows);
  const fa2 = find(rows, 'Browser', 'synthetic 10k', 'ForceAtlas2 while drawing');
  const stress = find(
    rows,
    'Node',
    'synthetic 200k',
    'import GEXF once (no crash, no quadratic step)',
  );
  return [
    ratioGoal(
      notes,
      'convert',
      '`kg convert` of the 50k file ≥ 5× faster than graphology-gexf',
      find(rows, 'kg convert (processes)', 'synthetic 50k', 'GEXF → JSON, wall time'),
      5,
    ),
    limitGoal(
      notes,
      'memory',
      '`kg convert` of the 50k file: peak memory ≤ 1 GB',
      find(rows, 'kg convert (processes)', 'synthetic 50k', 'GEXF → JSON, peak memory'),
      1024,
    ),
    ratioGoal(
      notes,
      'browserImport',
      'page: 100k-node GEXF import ≥ 5× faster than graphology-gexf in the browser',
      find(rows, 'Browser', 'synthetic 100k', 'import GEXF (file → drawn graph)'),
      5,
    ),
    limitGoal(
      notes,
      'longTask',
      'page: no main-thread task over 50 ms during the 100k import',
      find(rows, 'Browser', 'synthetic 100k', 'longest main-thread task during import'),
      50,
    ),
    limitGoal(
      notes,
      'initialJs',
      'page: initial JavaScript ≤ 70 KB gzip',
      find(rows, 'Browser', 'article', 'initial JavaScript (gzip)'),
      70,
    ),
    ratioGoal(
      notes,
      'firstFrame',
      'page: first frame ≤ 1.2× the bare sigma page',
      find(rows, 'Browser', 'article', 'navigation → first frame'),
      1 / 1.2,
    ),
    limitGoal(
      notes,
      'click',
      'page at 100k: click → selection ≤ 50 ms of main-thread work besides the draw',
      find(rows, 'Browser', 'synthetic 100k', 'click → selection (main thread, without draw)'),
      50,
    ),
    limitGoal(
      notes,
      'keystroke',
      'page at 100k: keystroke → suggestions ≤ 50 ms',
      find(rows, 'Browser', 'synthetic 100k', 'keystroke → suggestions'),
      50,
    ),
    limitGoal(
      notes,
      'restyle',
      'page at 100k: a full restyle ≤ 300 ms of the page’s JavaScript besides the draw',
      browserRow(rows, 'full restyle: hide a kind (main thread, without draw)', 'full restyle: hide a kind (main thread, without draw)'),
      300,
    ),
    limitGoal(
      notes,
      'blur',
      'page at 100k: the canvas losing focus ≤ 50 ms',
      browserRow(rows, 'canvas loses focus (main thread, without draw)', 'full restyle: hide a kind (main thread, without draw)'),
      50,
    ),
    limitGoal(
      notes,
      'zoom',
      'page at 100k: a zoom step ≤ 50 ms besides the draw',
      browserRow(rows, 'one zoom step (main thread, without draw)', 'full restyle: hide a kind (main thread, without draw)'),
      50,
    ),
    limitGoal(
      notes,
      'panPlan',
      'page at 100k: a panning frame’s label plan ≤ 50 ms',
      browserRow(rows, 'label plan of a panning frame', 'frame work while panning'),
      50,
    ),
    limitGoal(
      notes,
      'perspectives',
      '100k: a 20k-relation hub’s perspectives ≤ 50 ms',
      interaction(rows, 'a hub’s perspectives'),
      50,
    ),
    limitGoal(
      notes,
      'tableOpen',
      '100k: the table opened ≤ 50 ms',
      interaction(rows, 'table opened'),
      50,
    ),
    limitGoal(
      notes,
      'tableSort',
      '100k: the table sorted by name ≤ 50 ms',
      interaction(rows, 'table sorted by name'),
      50,
    ),
    withinGoal(
      notes,
      'kgPath',
      '`kg path Huawei Nvidia` within 3× the wall time of `node -e 0`',
      rows.find((r) => r.measure.startsWith('kg path Huawei Nvidia')),
      3,
    ),
    limitGoal(
      notes,
      'ingestEntities',
      '`kg ingest` of the article into an empty graph finds ≥ 90% of the shipped graph’s named entities',
      ingestRow(rows, 'named entities'),
      90,
      'atLeast',
    ),
    limitGoal(
      notes,
      'ingestProposals',
      '`kg ingest`: at most 2 proposals per real entity',
      ingestRow(rows, 'proposals for one real entity'),
      2,
    ),
    limitGoal(
      notes,
      'ingestPairs',
      '`kg ingest` relates ≥ 75% of the shipped graph’s pairs of those entities',
      ingestRow(rows, 'related pairs'),
      75,
      'atLeast',
    ),
    limitGoal(
      notes,
      'ingestTime',
      '`kg ingest` of a 2,000-word article under 1 s',
      ingestRow(rows, 'kg ingest, wall time'),
      1000,
    ),
    fa2?.note !== undefined
      ? timedOut(notes, 'fa2', 'page: ForceAtlas2 at 10k ≥ 10 iterations/s while drawing', fa2)
      : fa2
      ? {
          goal: 'page: ForceAtlas2 at 10k ≥ 10 iterations/s while drawing',
          measured: formatValue(fa2.ours.median, 'it/s'),
          met: fa2.ours.median >= 10,
          ...(fa2.ours.median < 10 && { note: notes['fa2'] }),
        }
      : {
          goal: 'page: ForceAtlas2 at 10k ≥ 10 iterations/s while drawing',
          measured: 'not run',
          met: null,
        },
    stress
      ? {
          goal: '200k nodes: import completes',
          measured: formatValue(stress.ours.median, 'ms'),
          met: true,
        }
      : {
          goal: '200k nodes: import completes',
          measured: 'not run',
          met: null,
          note: notes['stress'],
        },
  ];
}
