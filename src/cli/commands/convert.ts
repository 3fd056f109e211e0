import { createImport } from '../../io/import';
import { formatIssue } from '../../model/errors';
import { parseCommandArgs, positionals, type Command } from '../context';
import { FORMAT_OPTIONS, resolveFormat, serialize, writeFiles } from './export';

export const convertCommand: Command = {
  name: 'convert',
  summary: "convert another tool's GEXF or graphology JSON to GEXF or JSON",
  help: `Usage: kg convert <FILE.gexf|FILE.json> --format gexf|json|graphml|csv|cypher [--gexf-version 1.3|1.2draft] [--dynamic] [--strict] [--out FILE]

Reads a GEXF file (1.0, 1.1draft, 1.2draft, 1.3) or a graphology JSON export with the same
importer as the explorer, and writes it in the chosen format. Entity kinds come from a "kind" or
"type" attribute when there is one; missing positions get the deterministic layout.

Like Gephi, it creates the nodes that edges name but the file does not declare, and reports each
such repair on stderr as a warning (exit 0); --strict refuses such a file instead (exit 1).

A malformed, unsupported, dangerous (XML entities) or oversized file exits 1 with the importer's
message (and the line when the parser knows it).`,
  run(args, env) {
    const { values, positionals: rest } = parseCommandArgs('convert', args, {
      ...FORMAT_OPTIONS,
      strict: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    });
    const [file = ''] = positionals('convert', rest, ['file']);
    const choice = resolveFormat(values);
    // Read in pieces into the streaming importer: the file's text is never whole in memory.
    const reading = createImport(file, { strict: values.strict === true });
    for (const chunk of env.readTextChunks(file)) reading.write(chunk);
    const { graph, warnings } = reading.close();
    for (const warning of warnings) env.err(`kg convert: warning: ${formatIssue(warning)}\n`);
    writeFiles(env, serialize(graph, choice), values.out);
    if (values.out !== undefined)
      env.err(`wrote ${graph.order} nodes and ${graph.size} edges to ${values.out}\n`);
    return 0;
  },
};
