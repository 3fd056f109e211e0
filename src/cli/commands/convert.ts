import { countOf } from '../../model/text';
import { createImport } from '../../io/import';
import { formatIssue } from '../../model/errors';
import { HELP_OPTION, helpText, parseCommandArgs, positionals, type Command } from '../context';
import { FORMAT_HELP, FORMAT_OPTIONS, resolveFormat, serialize, writeFiles } from './export';

const OPTIONS = { ...HELP_OPTION, ...FORMAT_OPTIONS, strict: { type: 'boolean' } } as const;

export const convertCommand: Command = {
  name: 'convert',
  summary: "convert another tool's GEXF or graphology JSON to GEXF, JSON, GraphML, CSV or Cypher",
  options: OPTIONS,
  help: helpText({
    usage:
      'kg convert <FILE.gexf|FILE.json> --format gexf|json|graphml|csv|cypher [--gexf-version 1.3|1.2draft] [--dynamic] [--strict] [--out FILE]',
    about: `Reads a GEXF file (1.0, 1.1draft, 1.2draft, 1.3) or a graphology JSON export with the same
importer as the explorer, and writes it in the chosen format. The file's content decides which
it is (GEXF begins with "<", JSON with "{"); a file that is neither is refused by name. Entity
kinds come from a "kind" or "type" attribute when there is one; missing positions get the
deterministic layout. The graph is named by the file's base name; written as GEXF again it keeps
the file's own creator, description, keywords and last-modified date (a file without a creator
is credited "chipgraph (converted from FILE)").

Like Gephi, it creates the nodes that edges name but the file does not declare, and reports each
such repair on stderr as a warning (exit 0); --strict refuses such a file instead (exit 1).

A missing, malformed, unsupported, dangerous (XML entities) or oversized file exits 1 with a
message naming the problem and its line (a bare "&" is named where it stands).`,
    options: [
      ...FORMAT_HELP,
      ['--strict', 'refuse a file whose edges name nodes it does not declare'],
    ],
    exit: 'Exit codes: 0 ok (warnings on stderr), 1 unreadable or invalid file, 2 usage error.',
  }),
  run(args, env) {
    const { values, positionals: rest } = parseCommandArgs('convert', args, OPTIONS);
    const [file = ''] = positionals('convert', rest, ['file']);
    const choice = resolveFormat(values);
    // Read in pieces into the streaming importer: the file's text is never whole in memory.
    const reading = createImport(file, { strict: values.strict === true });
    for (const chunk of env.readTextChunks(file)) reading.write(chunk);
    const { graph, warnings } = reading.close();
    for (const warning of warnings) env.err(`kg convert: warning: ${formatIssue(warning)}\n`);
    writeFiles(env, serialize(graph, choice), values.out);
    if (values.out !== undefined)
      env.err(
        `wrote ${countOf(graph.order, 'node')} and ${countOf(graph.size, 'edge')} to ${values.out}\n`,
      );
    return 0;
  },
};
