import { egoNetwork } from '../../query/neighbourhood';
import { kindLabel, relationSentence } from '../../graph/describe';
import { findEntity } from '../../graph/lookup';
import {
  DATA_HELP,
  DATA_OPTIONS,
  ENTITY_EXIT,
  helpText,
  integerOption,
  loadGraph,
  parseCommandArgs,
  positionals,
  type Command,
} from '../context';

const OPTIONS = {
  ...DATA_OPTIONS,
  depth: { type: 'string' },
  json: { type: 'boolean' },
} as const;

export const neighborsCommand: Command = {
  name: 'neighbors',
  summary: 'the entities within N hops of an entity',
  options: OPTIONS,
  help: helpText({
    usage: 'kg neighbors <entity> [--depth N] [--json] [--data DIR]',
    about: `Lists the entities within N hops (default 1, edges followed in either direction), nearest first.
At depth 1 each neighbour comes with the relations that tie it to the entity.`,
    options: [
      ['--depth N', 'how many hops (1 to 10, default 1)'],
      ['--json', 'print {"entity", "depth", "neighbors": [{"id", "label", "kind", "depth"}]}'],
      DATA_HELP,
    ],
    exit: ENTITY_EXIT,
  }),
  run(args, env) {
    const { values, positionals: rest } = parseCommandArgs('neighbors', args, OPTIONS);
    const [query = ''] = positionals('neighbors', rest, ['entity']);
    const depth = integerOption('depth', values.depth, 1, 1, 10);
    const graph = loadGraph(env, values.data);
    const id = findEntity(graph, query);
    const found = egoNetwork(graph, id, depth).map((n) => ({
      id: n.id,
      label: graph.getNodeAttribute(n.id, 'label'),
      kind: graph.getNodeAttribute(n.id, 'kind'),
      depth: n.depth,
    }));
    if (values.json) {
      env.out(JSON.stringify({ entity: id, depth, neighbors: found }, null, 2) + '\n');
      return 0;
    }
    const label = graph.getNodeAttribute(id, 'label');
    const lines = [
      `${found.length} entities within ${depth} hop${depth === 1 ? '' : 's'} of ${label}:`,
    ];
    for (let d = 1; d <= depth; d++) {
      const ring = found.filter((n) => n.depth === d);
      if (ring.length === 0) continue;
      if (depth > 1) lines.push(`${d} hop${d === 1 ? '' : 's'}:`);
      for (const n of ring) {
        lines.push(`  ${n.label} (${kindLabel(n.kind)}, ${n.id})`);
        if (d === 1) {
          for (const edge of new Set([...graph.edges(id, n.id), ...graph.edges(n.id, id)])) {
            lines.push(`      ${relationSentence(graph, edge, id)}`);
          }
        }
      }
    }
    env.out(lines.join('\n') + '\n');
    return 0;
  },
};
