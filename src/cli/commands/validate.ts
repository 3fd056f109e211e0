import { countOf } from '../../model/text';
import { buildGraph } from '../../graph/build';
import { checkGraphData } from '../../model/validate';
import { DataError } from '../../model/errors';
import {
  DATA_HELP,
  DATA_OPTIONS,
  helpText,
  parseCommandArgs,
  positionals,
  type Command,
} from '../context';
import { relationCounts } from './stats';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check the data files and report every problem',
  options: DATA_OPTIONS,
  help: helpText({
    usage: 'kg validate [--data DIR]',
    about: `Checks every data file (JSON syntax, schema, ids, references, relation domain and range,
duplicates, citations) and reports every problem at once, each with file, line or JSON path,
id and a fix. An entity or relation with a bad field is still checked on its other fields; when
a file is not valid JSON, the checks it stops (references to ids it may hold) are named.
On success it prints one line: entities, curated relations + the statement links derived from
them (the relations "kg stats" counts), sources and files.`,
    options: [DATA_HELP],
    exit: 'Exit codes: 0 valid, 1 invalid data, 2 usage error (or no such data folder).',
  }),
  run(args, env) {
    const { values, positionals: rest } = parseCommandArgs('validate', args, DATA_OPTIONS);
    positionals('validate', rest, []);
    const dir = values.data ?? env.defaultDataDir;
    const files = env.readDataFiles(dir);
    const { data, issues, skipped } = checkGraphData(files);
    if (issues.length > 0) {
      const notes = skipped.map((s) => `\n  Note: ${s}.`).join('');
      throw new DataError(
        issues,
        `invalid data: ${countOf(issues.length, 'problem')}${notes === '' ? '' : `${notes}\n  Problems:`}`,
      );
    }
    // The statement links are derived when the graph is built: build it to count them.
    const { curated, derived } = relationCounts(buildGraph(data));
    env.out(
      `ok: ${countOf(data.entities.length, 'entity', 'entities')}, ${countOf(curated, 'curated relation')} + ${countOf(derived, 'derived statement')}, ${countOf(data.sources.length, 'source')} in ${countOf(files.length, 'file')}\n`,
    );
    return 0;
  },
};
