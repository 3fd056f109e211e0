import { toGraphJson } from '../../io/json-write';
import { GEXF_VERSIONS, toGexf, type GexfVersion } from '../../io/gexf-write';
import { UsageError } from '../../model/errors';
import type { KnowledgeGraph } from '../../graph/types';
import {
  DATA_OPTIONS,
  emit,
  loadGraph,
  parseCommandArgs,
  positionals,
  type Command,
} from '../context';

export const FORMATS = ['json', 'gexf'] as const;

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

/** Serialises a graph in the chosen format. */
export function serialize(graph: KnowledgeGraph, choice: ReturnType<typeof resolveFormat>): string {
  return choice.format === 'json'
    ? JSON.stringify(toGraphJson(graph), null, 2) + '\n'
    : toGexf(graph, { version: choice.version, dynamic: choice.dynamic });
}

export const FORMAT_OPTIONS = {
  format: { type: 'string' },
  'gexf-version': { type: 'string' },
  dynamic: { type: 'boolean' },
  out: { type: 'string' },
} as const;

export const exportCommand: Command = {
  name: 'export',
  summary: 'write the graph as graphology JSON or GEXF, to stdout or a file',
  help: `Usage: kg export --format json|gexf [--gexf-version 1.3|1.2draft] [--dynamic] [--out FILE] [--data DIR]

Writes the whole graph with every attribute and the layout's x/y.
  json   graphology's serialization (graph.export()): {attributes, options, nodes, edges};
         edge keys are relation ids.
  gexf   GEXF for Gephi and networkx, valid against the official RELAX NG schemas: every
         attribute declared with its type, viz colour, size and position, the relation kind as
         the edge label.

Options:
  --format F            ${FORMATS.join(' | ')} (required)
  --gexf-version V      1.3 (default) or 1.2draft (networkx before 3.6 reads only 1.2draft)
  --dynamic             GEXF dynamic mode: dated relations and events get start (and end)
                        dates for Gephi's timeline (YYYY → YYYY-01-01)
  --out FILE            write to FILE instead of stdout
  --data DIR            the data folder (default: the shipped graph-data/)`,
  run(args, env) {
    const { values, positionals: rest } = parseCommandArgs('export', args, {
      ...DATA_OPTIONS,
      ...FORMAT_OPTIONS,
    });
    positionals('export', rest, []);
    const choice = resolveFormat(values);
    const graph = loadGraph(env, values.data);
    emit(env, serialize(graph, choice), values.out);
    if (values.out !== undefined)
      env.err(`wrote ${graph.order} nodes and ${graph.size} edges to ${values.out}\n`);
    return 0;
  },
};
