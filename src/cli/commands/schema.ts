import { toJsonSchema } from '../../model/schema';
import {
  HELP_OPTION,
  emit,
  helpText,
  parseCommandArgs,
  positionals,
  type Command,
} from '../context';

const OPTIONS = { ...HELP_OPTION, out: { type: 'string' } } as const;

export const schemaCommand: Command = {
  name: 'schema',
  summary: 'print the JSON Schema of the data files (for editors)',
  options: OPTIONS,
  help: helpText({
    usage: 'kg schema [--out FILE]',
    about: `Prints the JSON Schema that graph-data/*.json files follow ("$schema" in each file points at
graph-data/schema/chipgraph.schema.json). "npm run schema" regenerates that file.`,
    options: [['--out FILE', 'write to FILE instead of stdout']],
    exit: 'Exit codes: 0 ok, 1 cannot write the file, 2 usage error.',
  }),
  run(args, env) {
    const { values, positionals: rest } = parseCommandArgs('schema', args, OPTIONS);
    positionals('schema', rest, []);
    emit(env, JSON.stringify(toJsonSchema(), null, 2) + '\n', values.out);
    return 0;
  },
};
