import { countOf } from '../../model/text';
import { toCypher } from '../../io/cypher-write';
import { toCsv } from '../../io/csv-write';
import { toGraphml } from '../../io/graphml-write';
import { toGraphJson } from '../../io/json-write';
import { GEXF_VERSIONS, toGexf, type GexfVersion } from '../../io/gexf-write';
import { UsageError } from '../../model/errors';
import type { KnowledgeGraph } from '../../graph/types';
import {
  DATA_EXIT,
  DATA_HELP,
  DATA_OPTIONS,
  emit,
  helpText,
  loadGraph,
  parseCommandArgs,
  positionals,
  type Command,
} from '../context';

export const FORMATS = ['json', 'gexf', 'graphml', 'csv', 'cypher'] as const;

/** Validates `--format`, `--gexf-version` and `--dynamic` together. */
export function resolveFormat(values: {
  format?: string | undefined;
  'gexf-version'?: string | undefined;
  dynamic?: boolean | undefined;
}) {
  const { format } = values;
  if (format === undefined || !(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(
      `--format must be one of: ${FORMATS.join(', ')}${format === undefined ? '' : `; got "${format}"`}`,
    );
  }
  const version = values['gexf-version'] ?? '1.3';
  if (!(GEXF_VERSIONS as readonly string[]).includes(version)) {
    throw new UsageError(`--gexf-version must be ${GEXF_VERSIONS.join(' or ')}, got "${version}"`);
  }
  if (format !== 'gexf' && (values['gexf-version'] !== undefined || values.dynamic === true)) {
    throw new UsageError('--gexf-version and --dynamic go with --format gexf');
  }
  return {
    format: format as (typeof FORMATS)[number],
    version: version as GexfVersion,
    dynamic: values.dynamic === true,
  };
}

/**
 * Serialises a graph in the chosen format: the files to write, by suffix ('' for the one file of
 * most formats; CSV is a nodes file and an edges file).
 */
export function serialize(
  graph: KnowledgeGraph,
  choice: ReturnType<typeof resolveFormat>,
): { suffix: string; text: string }[] {
  switch (choice.format) {
    case 'json':
      return [{ suffix: '', text: JSON.stringify(toGraphJson(graph), null, 2) + '\n' }];
    case 'gexf':
      return [
        { suffix: '', text: toGexf(graph, { version: choice.version, dynamic: choice.dynamic }) },
      ];
    case 'graphml':
      return [{ suffix: '', text: toGraphml(graph) }];
    case 'cypher':
      return [{ suffix: '', text: toCypher(graph) }];
    case 'csv': {
      const { nodes, edges } = toCsv(graph);
      return [
        { suffix: '.nodes.csv', text: nodes },
        { suffix: '.edges.csv', text: edges },
      ];
    }
  }
}

/** Writes the serialised files: to stdout (one file only), or to --out (CSV: OUT.nodes.csv, OUT.edges.csv). */
export function writeFiles(
  env: Parameters<typeof emit>[0],
  files: { suffix: string; text: string }[],
  out: string | undefined,
): void {
  if (files.length > 1 && out === undefined)
    throw new UsageError(
      '--format csv writes two files: give --out PREFIX (PREFIX.nodes.csv, PREFIX.edges.csv)',
    );
  for (const file of files)
    emit(env, file.text, out === undefined ? undefined : `${out}${file.suffix}`);
}

export const FORMAT_OPTIONS = {
  format: { type: 'string' },
  'gexf-version': { type: 'string' },
  dynamic: { type: 'boolean' },
  out: { type: 'string' },
} as const;

/** The help lines of {@link FORMAT_OPTIONS}. */
export const FORMAT_HELP: readonly (readonly [string, string])[] = [
  ['--format F', `${FORMATS.join(' | ')} (required)`],
  ['--gexf-version V', '1.3 (default) or 1.2draft (networkx before 3.6 reads only 1.2draft)'],
  [
    '--dynamic',
    "GEXF dynamic mode: dated relations and events get start (and end)\ndates for Gephi's timeline (YYYY → YYYY-01-01)",
  ],
  ['--out FILE', 'write to FILE instead of stdout (csv: the prefix of its two files)'],
];

const OPTIONS = { ...DATA_OPTIONS, ...FORMAT_OPTIONS } as const;

export const exportCommand: Command = {
  name: 'export',
  summary: 'write the graph as graphology JSON, GEXF, GraphML, CSV or Cypher, to stdout or files',
  options: OPTIONS,
  help: helpText({
    usage:
      'kg export --format json|gexf|graphml|csv|cypher [--gexf-version 1.3|1.2draft] [--dynamic] [--out FILE] [--data DIR]',
    about: `Writes the whole graph with every attribute and the layout's x/y.
  json   graphology's serialization (graph.export()): {attributes, options, nodes, edges};
         edge keys are relation ids.
  gexf   GEXF for Gephi and networkx, valid against the official RELAX NG schemas: every
         attribute declared with its type, viz colour, size and position, the relation kind as
         the edge label.
  graphml  GraphML for networkx (read_graphml), yEd and Cytoscape: every attribute as a typed
         key; undirected edges marked directed="false".
  cypher a Cypher script for Neo4j (cypher-shell -f): entities as :Entity nodes labelled by
         kind, relations as relationships typed by kind, with claim, certainty, asserters and
         citations as properties.
  csv    two files for spreadsheets and Gephi's spreadsheet import: OUT.nodes.csv (Id, Label,
         kind, …) and OUT.edges.csv (Source, Target, Type, Id, Label, claim, certainty,
         assertedBy, citations, …); needs --out OUT.`,
    options: [...FORMAT_HELP, DATA_HELP],
    exit: DATA_EXIT.replace('invalid data', 'invalid data or cannot write the file'),
  }),
  run(args, env) {
    const { values, positionals: rest } = parseCommandArgs('export', args, OPTIONS);
    positionals('export', rest, []);
    const choice = resolveFormat(values);
    const graph = loadGraph(env, values.data, { positions: true });
    writeFiles(env, serialize(graph, choice), values.out);
    if (values.out !== undefined)
      env.err(
        `wrote ${countOf(graph.order, 'node')} and ${countOf(graph.size, 'edge')} to ${values.out}\n`,
      );
    return 0;
  },
};
