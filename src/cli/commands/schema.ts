import { toJsonSchema } from '../../model/schema';
import { emit, parseCommandArgs, positionals, type Command } from '../context';

export const schemaCommand: Command = {
  name: 'schema',
  summary: 'print the JSON Schema of the data files (for editors)',
  help: `Usage: kg schema [--out FILE]

Prints the JSON Schema that graph-data/*.json files follow ("$schema" in each file points at
graph-data/schema/chipgraph.schema.json). "npm run schema" regenerates that file.`,
  run(args, env) {
    const { values, positionals: rest } = parseCommandArgs('schema', args, {
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    positionals('schema', rest, []);
    emit(env, JSON.stringify(toJsonSchema(), null, 2) + '\n', values.out);
    return 0;
  },
};
