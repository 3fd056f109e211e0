import { countOf } from '../../model/text';
import { createImport } from '../../io/import';
import { BETWEENNESS_MAX_WORK } from '../../graph/metrics';
import { UsageError, formatIssue } from '../../model/errors';
import { HELP_OPTION, helpText, parseCommandArgs, positionals, type Command } from '../context';
import { compactGraphJson, prettyGraphJson, trimPlaceholders } from '../placeholders';
import { FORMAT_HELP, FORMAT_OPTIONS, resolveFormat, serialize, writeFiles } from './export';

const OPTIONS = {
  ...HELP_OPTION,
  ...FORMAT_OPTIONS,
  strict: { type: 'boolean' },
  layout: { type: 'boolean' },
  metrics: { type: 'boolean' },
  pretty: { type: 'boolean' },
} as const;

export const convertCommand: Command = {
  name: 'convert',
  summary: "convert another tool's GEXF or graphology JSON to GEXF, JSON, GraphML, CSV or Cypher",
  options: OPTIONS,
  help: helpText({
    usage:
      'kg convert <FILE.gexf|FILE.json> --format gexf|json|graphml|csv|cypher [--gexf-version 1.3|1.2draft] [--dynamic] [--layout] [--metrics] [--pretty] [--strict] [--out FILE]',
    about: `Reads a GEXF file (1.0, 1.1draft, 1.2draft, 1.3) or a graphology JSON export with the same
importer as the explorer, and writes it in the chosen format. The file's content decides which
it is (GEXF begins with "<", JSON with "{"); a file that is neither is refused by name. Entity
kinds come from a "kind" or "type" attribute when there is one. The graph is named by the file's
base name; written as GEXF again it keeps the file's own creator, description, keywords and
last-modified date (a file without a creator is credited "chipgraph (converted from FILE)").

It writes what the file holds, and computes only what is asked: positions come from the file
unless --layout, centralities only with --metrics. JSON, GEXF and GraphML leave out what the
file did not give (no empty aliases, descriptions or citations, no label that only repeats the
id, no positions at 0, 0); csv and cypher have fixed columns, which stay empty or 0.

Like Gephi, it creates the nodes that edges name but the file does not declare, and reports each
such repair on stderr as a warning (exit 0); --strict refuses such a file instead (exit 1).

A missing, malformed, unsupported, dangerous (XML entities) or oversized file exits 1 with a
message naming the problem and its line (a bare "&" is named where it stands).`,
    options: [
      ...FORMAT_HELP,
      [
        '--layout',
        "lay the graph out (the explorer's deterministic layout), replacing\nthe file's positions; without it, positions are the file's or none",
      ],
      [
        '--metrics',
        `compute degree, PageRank and betweenness (betweenness left out above\n${BETWEENNESS_MAX_WORK / 1e6} million nodes × edges, where it would take minutes); PageRank\nsizes the nodes the file gives no size`,
      ],
      ['--pretty', 'indent the JSON (--format json); default one compact line'],
      ['--strict', 'refuse a file whose edges name nodes it does not declare'],
    ],
    exit: 'Exit codes: 0 ok (warnings on stderr), 1 unreadable or invalid file, 2 usage error.',
  }),
  run(args, env) {
    const { values, positionals: rest } = parseCommandArgs('convert', args, OPTIONS);
    const [file = ''] = positionals('convert', rest, ['file']);
    const choice = resolveFormat(values);
    if (values.pretty === true && choice.format !== 'json')
      throw new UsageError(`--pretty goes with --format json, not ${choice.format}`);
    const metrics = values.metrics === true;
    const layout = values.layout === true;
    // Read in pieces into the streaming importer: the file's text is never whole in memory.
    const reading = createImport(file, {
      strict: values.strict === true,
      metrics,
      layout: layout ? 'always' : 'never',
    });
    for (const chunk of env.readTextChunks(file)) reading.write(chunk);
    const { graph, warnings, positioned, sized } = reading.close();
    for (const warning of warnings) env.err(`kg convert: warning: ${formatIssue(warning)}\n`);
    const facts = { metrics, layout, positioned, sized };
    const { order, size } = graph;
    let files: { suffix: string; text: string }[];
    if (choice.format === 'json' && values.pretty !== true)
      files = [{ suffix: '', text: compactGraphJson(graph, facts) }];
    else if (choice.format === 'csv' || choice.format === 'cypher')
      // Fixed columns, which their writers fill from the typed attributes: nothing to leave out.
      files = serialize(graph, choice);
    else {
      trimPlaceholders(graph, facts);
      files =
        choice.format === 'json'
          ? [{ suffix: '', text: prettyGraphJson(graph) }]
          : serialize(graph, choice);
    }
    writeFiles(env, files, values.out);
    if (values.out !== undefined)
      env.err(`wrote ${countOf(order, 'node')} and ${countOf(size, 'edge')} to ${values.out}\n`);
    return 0;
  },
};
