import { checkGraphData } from '../../model/validate';
import { DataError } from '../../model/errors';
import { DATA_OPTIONS, parseCommandArgs, positionals, type Command } from '../context';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check the data files and report every problem',
  help: `Usage: kg validate [--data DIR]

Checks every data file (JSON syntax, schema, ids, references, relation domain and range,
duplicates, citations) and reports every problem at once, each with file, line or JSON path,
id and a fix.

Options:
  --data DIR   the data folder (default: the shipped graph-data/)

Exit: 0 valid, 1 invalid, 2 usage error.`,
  run(args, env) {
    const { values, positionals: rest } = parseCommandArgs('validate', args, DATA_OPTIONS);
    positionals('validate', rest, []);
    const dir = values.data ?? env.defaultDataDir;
    const files = env.readDataFiles(dir);
    const { data, issues } = checkGraphData(files);
    if (issues.length > 0)
      throw new DataError(
        issues,
        `invalid data: ${issues.length} problem${issues.length === 1 ? '' : 's'}`,
      );
    env.out(
      `ok: ${data.entities.length} entities, ${data.relations.length} relations, ${data.sources.length} source${data.sources.length === 1 ? '' : 's'} in ${files.length} files\n`,
    );
    return 0;
  },
};
