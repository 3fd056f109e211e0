import {
  voiceText,
  citationsText,
  corroborationText,
  edgeWeight,
  graphHasCertainty,
  kindLabel,
  qualifierText,
  relationSentence,
} from '../../graph/describe';
import { claimsMadeBy, quotedClaims } from '../../graph/claims';
import { findEntity } from '../../graph/lookup';
import { cardSources, groupHeading, relationGroups } from '../../graph/relation-groups';
import type { KnowledgeGraph } from '../../graph/types';
import { DATA_OPTIONS, loadGraph, parseCommandArgs, positionals, type Command } from '../context';

export const showCommand: Command = {
  name: 'show',
  summary: "an entity's card: kind, aliases, description, every relation with its source",
  help: `Usage: kg show <entity> [--data DIR]

Prints the entity's kind, aliases and description, the sources the card cites (each named once,
in full), then every relation as a sentence, grouped by relation kind, with certainty, who
asserts it, date and citation (outlet, date, paragraph); then "Claims made (n)", what
the entity itself asserts, and for an outlet its "Quoted claims (n)", what the people quoted in it
assert. "kg perspectives <entity>" groups the relations by who asserts them. <entity> is an id, label or
alias, matched case- and accent-insensitively ("huawei", "华为", "Chip 4").

Exit: 0 ok, 1 invalid data, 2 unknown entity (with suggestions) or usage error.`,
  run(args, env) {
    const { values, positionals: rest } = parseCommandArgs('show', args, DATA_OPTIONS);
    const [query = ''] = positionals('show', rest, ['entity']);
    const graph = loadGraph(env, values.data);
    const id = findEntity(graph, query);
    const node = graph.getNodeAttributes(id);
    const lines = [
      `${node.label}  [${kindLabel(node.kind)}]  id: ${id}`,
      ...(node.aliases.length > 0 ? [`Also: ${node.aliases.join(', ')}`] : []),
      ...(node.date !== undefined ? [`Date: ${node.date}`] : []),
      node.description,
      ...(node.citations.length > 0
        ? [`Cited: ${citationsText(graph, node.citations, 'brief')}`]
        : []),
    ];
    // Every relation the card lists, for its one list of sources.
    const listed: string[] = [];
    const body: string[] = [''];
    // Grouped as the page's details panel groups them, under the same headings.
    const { groups } = relationGroups(graph, id, new Set(graph.edges(id)));
    if (groups.length === 0) body.push('No relations.');
    for (const group of groups) {
      body.push(`${groupHeading(graph, id, group)}:`);
      listed.push(...group.edges);
      for (const edge of group.edges) body.push(...relationLines(graph, edge, id));
    }
    const made = claimsMadeBy(graph, id);
    if (made.length > 0) {
      body.push('', `Claims made (${made.length}):`);
      listed.push(...made);
      for (const edge of made) body.push(...relationLines(graph, edge));
    }
    for (const { speaker, claims } of quotedClaims(graph, id)) {
      body.push(
        '',
        `Quoted claims (${claims.length}), by ${graph.getNodeAttribute(speaker, 'label')}:`,
      );
      listed.push(...claims);
      for (const edge of claims) body.push(...relationLines(graph, edge));
    }
    // Each source named once, in full; every claim cites it in brief (outlet, date, ¶n).
    const sources = cardSources(graph, id, listed);
    if (sources.length > 0)
      lines.push(
        `Source${sources.length === 1 ? '' : 's'}: ${sources.map((s) => s.name).join('; ')}`,
      );
    env.out([...lines, ...body].join('\n') + '\n');
    return 0;
  },
};

/**
 * A relation as three lines: sentence and provenance, claim, citation in brief (the card names
 * each source in full once, at its top).
 */
function relationLines(graph: KnowledgeGraph, edge: string, from?: string): string[] {
  const a = graph.getEdgeAttributes(edge);
  const qualifiers = qualifierText(graph, edge);
  const weight = edgeWeight(graph, edge);
  const meta = [
    // A graph that records no certainty would read "unrated" on every line.
    ...(graphHasCertainty(graph) ? [a.certainty ?? 'unrated'] : []),
    ...(voiceText(graph, edge) !== '' ? [voiceText(graph, edge)] : []),
    ...(a.date !== undefined ? [a.until ? `${a.date}–${a.until}` : a.date] : []),
    ...(weight !== undefined ? [`weight ${weight}`] : []),
    ...(qualifiers ? [qualifiers] : []),
  ];
  return [
    `  • ${relationSentence(graph, edge, from)}.${meta.length > 0 ? `  [${meta.join(' · ')}]` : ''}`,
    ...(a.claim !== '' ? [`    “${a.claim}”`] : []),
    `    ${[citationsText(graph, a.citations, 'brief'), `(relation ${edge})`].filter(Boolean).join('  ')}`,
    ...(a.corroboration ?? []).map((c) => `    ${corroborationText(graph, c)}`),
  ];
}
