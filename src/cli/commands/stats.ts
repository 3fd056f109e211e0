import { connectedComponents } from 'graphology-components';
import { CERTAINTIES, ENTITY_KINDS, RELATION_KINDS, UNRATED } from '../../model/schema';
import {
  DATA_OPTIONS,
  integerOption,
  loadGraph,
  parseCommandArgs,
  positionals,
  type Command,
} from '../context';

function table(rows: readonly (readonly [string, string | number])[]): string {
  const width = Math.max(...rows.map(([name]) => name.length));
  return rows.map(([name, value]) => `  ${name.padEnd(width)}  ${value}`).join('\n');
}

function countBy(values: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

export const statsCommand: Command = {
  name: 'stats',
  summary: 'counts by entity and relation kind, components, hubs',
  help: `Usage: kg stats [--top N] [--data DIR]

Prints counts by entity kind, relation kind and certainty, the connected components, and the
hubs ranked by PageRank (with degree and betweenness).

Options:
  --top N      how many hubs to list (default 8)
  --data DIR   the data folder (default: the shipped graph-data/)`,
  run(args, env) {
    const { values, positionals: rest } = parseCommandArgs('stats', args, {
      ...DATA_OPTIONS,
      top: { type: 'string' },
    });
    positionals('stats', rest, []);
    const top = integerOption('top', values.top, 8, 1, 1000);
    const graph = loadGraph(env, values.data);
    const kinds = countBy(graph.mapNodes((_n, a) => a.kind));
    const relations = countBy(graph.mapEdges((_e, a) => a.kind));
    const certainties = countBy(graph.mapEdges((_e, a) => a.certainty ?? UNRATED));
    const components = connectedComponents(graph).sort((a, b) => b.length - a.length);
    const hubs = graph
      .mapNodes((node, a) => ({ node, ...a }))
      .sort((a, b) => b.pagerank - a.pagerank)
      .slice(0, top);
    const lines = [
      `${graph.order} entit${graph.order === 1 ? 'y' : 'ies'}, ${graph.size} relation${graph.size === 1 ? '' : 's'}, ${graph.getAttribute('sources').length} source${graph.getAttribute('sources').length === 1 ? '' : 's'}`,
      '',
      'Entities by kind:',
      table(
        Object.entries(ENTITY_KINDS)
          .filter(([kind]) => kinds.has(kind))
          .map(([kind, spec]) => [`${spec.label} (${kind})`, kinds.get(kind) ?? 0]),
      ),
      '',
      'Relations by kind:',
      table(
        Object.entries(RELATION_KINDS)
          .filter(([kind]) => relations.has(kind))
          .map(([kind, spec]) => [`${spec.label} (${kind})`, relations.get(kind) ?? 0]),
      ),
      '',
      'Relations by certainty:',
      table(CERTAINTIES.map((c) => [c, certainties.get(c) ?? 0])),
      '',
      `Connected components: ${components.length} (sizes ${components.map((c) => c.length).join(', ')})`,
      '',
      `Hubs (top ${hubs.length} by PageRank):`,
      table(
        hubs.map((h) => [
          `${h.label} (${h.node})`,
          `degree ${h.degree}, pagerank ${h.pagerank.toFixed(3)}, betweenness ${h.betweenness.toFixed(3)}`,
        ]),
      ),
    ];
    env.out(lines.join('\n') + '\n');
    return 0;
  },
};
