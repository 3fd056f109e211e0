import { countOf } from '../../model/text';
import { asserterLabels, citationsText, relationSentence } from '../../graph/describe';
import { perspectivesOn, perspectiveTitle } from '../../graph/claims';
import { findEntity } from '../../graph/lookup';
import {
  DATA_HELP,
  DATA_OPTIONS,
  ENTITY_EXIT,
  helpText,
  loadGraph,
  parseCommandArgs,
  positionals,
  type Command,
} from '../context';

const OPTIONS = { ...DATA_OPTIONS, json: { type: 'boolean' } } as const;

export const perspectivesCommand: Command = {
  name: 'perspectives',
  summary: "an entity's relations grouped by who asserts them (according to …)",
  options: OPTIONS,
  help: helpText({
    usage: 'kg perspectives <entity> [--json] [--data DIR]',
    about: `Lists every relation of the entity grouped by who asserts it: the outlet's own reporting, each
quoted analyst, an agency's stated grounds. A relation asserted by two appears under both. Use
it to compare who says what about an entity; "kg path … --by <asserter>" searches one
perspective.`,
    options: [
      [
        '--json',
        'print {"entity", "perspectives": [{"asserter", "label", "relations": [{"id",\n"sentence", "certainty", "claim"}]}]}',
      ],
      DATA_HELP,
    ],
    exit: ENTITY_EXIT,
  }),
  run(args, env) {
    const { values, positionals: rest } = parseCommandArgs('perspectives', args, OPTIONS);
    const [query = ''] = positionals('perspectives', rest, ['entity']);
    const graph = loadGraph(env, values.data);
    const id = findEntity(graph, query);
    const label = (who: string) =>
      graph.hasNode(who) ? graph.getNodeAttribute(who, 'label') : who || 'unattributed';
    const groups = perspectivesOn(graph, id);
    if (values.json) {
      const result = {
        entity: id,
        perspectives: groups.map(({ speaker, claims }) => ({
          asserter: speaker,
          label: label(speaker),
          relations: claims.map((edge) => ({
            id: edge,
            sentence: relationSentence(graph, edge, id),
            certainty: graph.getEdgeAttribute(edge, 'certainty') ?? null,
            claim: graph.getEdgeAttribute(edge, 'claim'),
          })),
        })),
      };
      env.out(JSON.stringify(result, null, 2) + '\n');
      return 0;
    }
    const lines = [
      `${label(id)}: ${groups.length === 0 ? 'no relations.' : `according to ${countOf(groups.length, 'asserter')}`}`,
    ];
    for (const { speaker, claims } of groups) {
      lines.push('', `${perspectiveTitle(graph, { speaker, claims })} (${claims.length}):`);
      for (const edge of claims) {
        const a = graph.getEdgeAttributes(edge);
        const others = asserterLabels(graph, edge).filter((l) => l !== label(speaker));
        lines.push(
          `  • ${relationSentence(graph, edge, id)}.  [${a.certainty ?? 'unrated'} · ${citationsText(graph, a.citations, 'brief')}${others.length > 0 ? ` · also ${others.join(', ')}` : ''}]`,
        );
      }
    }
    env.out(lines.join('\n') + '\n');
    return 0;
  },
};
