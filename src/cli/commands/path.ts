import { citationsText } from '../../graph/describe';
import { createEntityIndex, findEntity } from '../../graph/lookup';
import type { KnowledgeGraph } from '../../graph/types';
import { createImport } from '../../io/import';
import { UsageError, formatIssue } from '../../model/errors';
import {
  ENTITY_KIND_IDS,
  RELATION_KIND_IDS,
  isEntityKind,
  isPartialDate,
  isRelationKind,
} from '../../model/schema';
import { chokepoints } from '../../query/chokepoints';
import type { CliEnvironment } from '../environment';
import { explainPath, rankReasons, type HopEvidence } from '../../query/explain';
import { sameEntityMessage } from '../../query/options';
import {
  DEFAULT_PATH_OPTIONS,
  allShortestPaths,
  findPaths,
  pathRanking,
  provenanceWouldConnect,
} from '../../query/paths';
import {
  DATA_HELP,
  DATA_OPTIONS,
  didYouMean,
  helpText,
  integerOption,
  loadGraph,
  parseCommandArgs,
  positionals,
  type Command,
} from '../context';

/**
 * Another tool's graph (GEXF or graphology JSON), read in pieces by the explorer's importer as
 * `kg convert` reads it; its repairs are reported as warnings.
 */
function importedGraph(env: CliEnvironment, file: string): KnowledgeGraph {
  // Paths need neither positions nor centralities: no layout, no metrics (seconds on a big file).
  const reading = createImport(file, { metrics: false, layout: 'never' });
  for (const chunk of env.readTextChunks(file)) reading.write(chunk);
  const { graph, warnings } = reading.close();
  for (const warning of warnings) env.err(`kg path: warning: ${formatIssue(warning)}\n`);
  return graph;
}

const csv = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

const OPTIONS = {
  ...DATA_OPTIONS,
  k: { type: 'string' },
  'all-shortest': { type: 'boolean' },
  'max-hops': { type: 'string' },
  relations: { type: 'string' },
  avoid: { type: 'string' },
  'avoid-kinds': { type: 'string' },
  directed: { type: 'boolean' },
  'as-of': { type: 'string' },
  'with-provenance': { type: 'boolean' },
  by: { type: 'string' },
  json: { type: 'boolean' },
  file: { type: 'string' },
} as const;

export const pathCommand: Command = {
  name: 'path',
  summary: 'how two entities are connected: ranked paths, each hop explained and cited',
  options: OPTIONS,
  help: helpText({
    usage: 'kg path <from> <to> [options]',
    about: `Finds the k best simple paths between two entities (each a different sequence of entities),
ranked by hops, then by whether they pass through a shared topic (a field both sides are tied
to, ranked after direct ties), then by evidence strength (the product of each hop's certainty
weight). A graph read with --file whose relations record no certainty ranks by its edge weights
instead, where they vary (strongest ties: the product of each tie's weight ÷ the heaviest; a tie
without a weight counts as the lightest), and by hops alone where it has neither. Explains each
hop as a sentence in the relation's true direction, with certainty (or weight), asserter and
citation, lists any further relations between the same two entities, says why each path ranks
where it does, and names the chokepoints: entities on every path under the same options. A
speaker's statements are links too ("Dylan Patel states that …"); provenance relations (quoted
in, filed from) and general knowledge (a city's country) are left out unless --with-provenance.`,
    options: [
      ['--k N', `how many paths (1 to 50, default ${DEFAULT_PATH_OPTIONS.k})`],
      ['--all-shortest', 'every path of the minimum length instead (up to 100)'],
      [
        '--max-hops N',
        `longest path considered (1 to 20, default ${DEFAULT_PATH_OPTIONS.maxHops})`,
      ],
      ['--relations a,b', 'use only these relation kinds (e.g. subsidiary-of,develops)'],
      ['--avoid x,y', 'entities the paths must not pass through (ids, labels or aliases)'],
      ['--avoid-kinds a,b', 'entity kinds the paths must not pass through (e.g. country,event)'],
      ['--directed', 'follow relations only in their direction (default: either way)'],
      ['--as-of DATE', 'only relations dated on or before YYYY[-MM[-DD]] (undated ones count)'],
      [
        '--with-provenance',
        'also follow provenance (who was quoted where, where a story was filed) and general knowledge',
      ],
      ['--by x,y', 'perspective: only relations asserted by these (e.g. "Dylan Patel,BORNA")'],
      [
        '--json',
        'print {"from", "to", "ranking", "paths": [{"nodes", "edges",\n"explanation", …}]}; ranking (evidence, weight or hops) names what\nranks paths of equal length; stdout holds the JSON alone',
      ],
      DATA_HELP,
      [
        '--file FILE',
        "another tool's graph instead (GEXF or graphology JSON, as kg convert reads)",
      ],
    ],
    exit: `Exit codes: 0 ok, also when there is no path (an empty list and a sentence saying so);
1 invalid data or file; 2 usage error, unknown entity, or <from> and <to> naming the same entity.`,
  }),
  run(args, env) {
    const { values, positionals: rest } = parseCommandArgs('path', args, OPTIONS);
    if (values.file !== undefined && values.data !== undefined)
      throw new UsageError('--file and --data name two graphs: give one');
    // An imported graph brings its own kinds: the engine checks them against the graph.
    const imported = values.file !== undefined;
    const [fromName = '', toName = ''] = positionals('path', rest, ['from', 'to']);
    const k = integerOption('k', values.k, DEFAULT_PATH_OPTIONS.k, 1, 50);
    const maxHops = integerOption(
      'max-hops',
      values['max-hops'],
      DEFAULT_PATH_OPTIONS.maxHops,
      1,
      20,
    );
    const relations = csv(values.relations);
    const badRelation = imported ? undefined : relations.find((r) => !isRelationKind(r));
    if (badRelation !== undefined)
      throw new UsageError(
        `--relations: unknown relation kind "${badRelation}"${didYouMean(badRelation, RELATION_KIND_IDS) || '.'} Kinds are: ${RELATION_KIND_IDS.join(', ')}`,
      );
    const avoidKinds = csv(values['avoid-kinds']);
    const badKind = imported ? undefined : avoidKinds.find((r) => !isEntityKind(r));
    if (badKind !== undefined)
      throw new UsageError(
        `--avoid-kinds: unknown entity kind "${badKind}"${didYouMean(badKind, ENTITY_KIND_IDS) || '.'} Kinds are: ${ENTITY_KIND_IDS.join(', ')}`,
      );
    // Checked here, so the message names the option as the user typed it.
    const asOf = values['as-of'];
    if (asOf !== undefined && !isPartialDate(asOf))
      throw new UsageError(
        `--as-of must be a date written YYYY, YYYY-MM or YYYY-MM-DD, got "${asOf}"`,
      );
    if (values.by !== undefined && csv(values.by).length === 0)
      throw new UsageError('--by must name at least one asserter (an id, label or alias)');
    if (values.relations !== undefined && relations.length === 0)
      throw new UsageError('--relations must name at least one relation kind');

    const graph =
      values.file === undefined ? loadGraph(env, values.data) : importedGraph(env, values.file);
    const index = createEntityIndex(graph);
    const from = findEntity(graph, fromName, index);
    const to = findEntity(graph, toName, index);
    // "huawei" and "华为" name one entity: a path needs two, so this is a usage error (exit 2).
    if (from === to) throw new UsageError(sameEntityMessage(graph.getNodeAttribute(from, 'label')));
    const options = {
      k,
      maxHops,
      relations:
        relations.length === 0 ? null : imported ? relations : relations.filter(isRelationKind),
      avoid: csv(values.avoid).map((name) => findEntity(graph, name, index)),
      avoidKinds: imported ? avoidKinds : avoidKinds.filter(isEntityKind),
      directed: values.directed === true,
      asOf: values['as-of'] ?? null,
      withProvenance: values['with-provenance'] === true,
      by:
        values.by === undefined
          ? null
          : csv(values.by).map((name) => findEntity(graph, name, index)),
    };
    const paths = values['all-shortest']
      ? allShortestPaths(graph, from, to, options)
      : findPaths(graph, from, to, options);
    const reasons = rankReasons(graph, paths);
    const explained = paths.map((path, i) => ({
      path,
      explanation: explainPath(graph, path),
      why: reasons[i] ?? '',
    }));
    const label = (id: string) => graph.getNodeAttribute(id, 'label');
    // When only provenance would connect them, say so rather than a bare "no path".
    const provenanceHelps = paths.length === 0 && provenanceWouldConnect(graph, from, to, options);
    const none = `No path from ${label(from)} to ${label(to)} within ${maxHops} hops under these options.${provenanceHelps ? ' They are connected only through provenance (who was quoted where): add --with-provenance.' : ''}`;
    const choke = paths.length > 0 ? chokepoints(graph, from, to, options) : [];
    const ranking = pathRanking(graph);

    if (values.json) {
      const result = {
        from,
        to,
        // What ranked paths of equal length (added after from and to; the rest is unchanged).
        ranking,
        paths: explained.map(({ path, explanation, why }) => ({
          nodes: path.nodes,
          edges: path.edges,
          explanation: explanation.text,
          hops: path.hops,
          strength: Number(path.strength.toFixed(4)),
          topicHubs: path.topicHubs,
          why,
          steps: explanation.hops.map((hop) => ({
            edge: hop.edge,
            from: hop.from,
            to: hop.to,
            sentence: hop.sentence,
            certainty: hop.certainty,
            weight: hop.weight,
            assertedBy: hop.assertedBy,
            citations: hop.citations,
            evidence: hop.evidence.map((e) => e.edge),
          })),
        })),
        chokepoints: choke,
        ...(paths.length === 0 && { message: none }),
      };
      env.out(JSON.stringify(result, null, 2) + '\n');
      return 0;
    }
    if (paths.length === 0) {
      env.out(none + '\n');
      return 0;
    }
    const lines = [
      `${paths.length} path${paths.length === 1 ? '' : 's'} from ${label(from)} to ${label(to)}:`,
      '',
    ];
    // The article's relations always show certainty, asserter and citation; an imported graph's
    // show what they have (a weight, an asserter, a citation), and no bracket when nothing.
    const notes = (e: HopEvidence) => {
      if (ranking === 'evidence')
        return `  [${[e.certainty ?? 'unrated', e.voice, citationsText(graph, e.citations, 'brief')].filter(Boolean).join(' · ')}]`;
      const parts = [
        e.certainty ?? '',
        e.weight !== undefined ? `weight ${e.weight}` : ranking === 'weight' ? 'no weight' : '',
        e.voice,
        citationsText(graph, e.citations, 'brief'),
      ].filter(Boolean);
      return parts.length === 0 ? '' : `  [${parts.join(' · ')}]`;
    };
    explained.forEach(({ path, explanation, why }, i) => {
      lines.push(`${i + 1}. ${path.nodes.map(label).join(' → ')}`);
      lines.push(`   Why here: ${why}`);
      for (const hop of explanation.hops) {
        for (const [j, e] of hop.evidence.entries())
          lines.push(`   ${j === 0 ? '-' : '  also:'} ${e.sentence}${notes(e)}`);
      }
      lines.push('');
    });
    // Computed over every path within the hop limit, not only those printed (--k).
    if (choke.length > 0)
      lines.push(
        `Chokepoints (on every path within ${maxHops} hops, shown or not): ${choke.map(label).join(', ')}`,
      );
    env.out(lines.join('\n').trimEnd() + '\n');
    return 0;
  },
};
