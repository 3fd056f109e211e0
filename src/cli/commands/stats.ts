import { countOf } from '../../model/text';
import { connectedComponents } from 'graphology-components';
import { CERTAINTIES, ENTITY_KINDS, RELATION_KINDS, UNRATED } from '../../model/schema';
import type { KnowledgeGraph } from '../../graph/types';
import {
  DATA_EXIT,
  DATA_HELP,
  DATA_OPTIONS,
  helpText,
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

/**
 * The graph's relations split as a reader counts them: the curated ones (the data files'
 * relations) and the statement links the build derives from who asserts them.
 */
export function relationCounts(graph: KnowledgeGraph): { curated: number; derived: number } {
  const derived = graph.filterEdges((_edge, a) => a.statementOf !== undefined).length;
  return { curated: graph.size - derived, derived };
}

const OPTIONS = { ...DATA_OPTIONS, top: { type: 'string' } } as const;

export const statsCommand: Command = {
  name: 'stats',
  summary: 'counts by entity and relation kind, components, hubs',
  options: OPTIONS,
  help: helpText({
    usage: 'kg stats [--top N] [--data DIR]',
    about: `Prints counts by entity kind, relation kind and certainty, the connected components, and the
hubs ranked by PageRank (with degree and betweenness). The first line splits the relations as
"kg validate" counts them: curated relations + the statement links derived from them.`,
    options: [['--top N', 'how many hubs to list (1 to 1000, default 8)'], DATA_HELP],
    exit: DATA_EXIT,
  }),
  run(args, env) {
    const { values, positionals: rest } = parseCommandArgs('stats', args, OPTIONS);
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
    const counts = relationCounts(graph);
    const lines = [
      `${countOf(graph.order, 'entity', 'entities')}, ${countOf(graph.size, 'relation')} (${countOf(counts.curated, 'curated relation')} + ${countOf(counts.derived, 'derived statement')}), ${countOf(graph.getAttribute('sources').length, 'source')}`,
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
