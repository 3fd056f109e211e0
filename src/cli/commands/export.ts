import { UsageError } from '../../model/errors';
import {
  DATA_OPTIONS,
  emit,
  loadGraph,
  parseCommandArgs,
  positionals,
  type Command,
} from '../context';

const FORMATS = ['json'] as const;

export const exportCommand: Command = {
  name: 'export',
  summary: 'write the graph (graphology JSON) to stdout or a file',
  help: `Usage: kg export --format json [--out FILE] [--data DIR]

Writes the whole graph with every attribute and the layout's x/y.
  json   graphology's serialization (graph.export()): {attributes, options, nodes, edges};
         edge keys are relation ids.

Options:
  --format F   ${FORMATS.join(' | ')} (required)
  --out FILE   write to FILE instead of stdout
  --data DIR   the data folder (default: the shipped graph-data/)`,
  run(args, env) {
    const { values, positionals: rest } = parseCommandArgs('export', args, {
      ...DATA_OPTIONS,
      format: { type: 'string' },
      out: { type: 'string' },
    });
    positionals('export', rest, []);
    if (values.format === undefined || !(FORMATS as readonly string[]).includes(values.format)) {
      throw new UsageError(
        `--format must be one of: ${FORMATS.join(', ')}${values.format === undefined ? '' : `; got "${values.format}"`}`,
      );
    }
    const graph = loadGraph(env, values.data);
    emit(env, JSON.stringify(graph.export(), null, 2) + '\n', values.out);
    if (values.out !== undefined)
      env.err(`wrote ${graph.order} nodes and ${graph.size} edges to ${values.out}\n`);
    return 0;
  },
};
