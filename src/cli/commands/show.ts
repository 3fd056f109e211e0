import {
  asserterLabels,
  citationsText,
  corroborationText,
  kindLabel,
  qualifierText,
  relationSentence,
} from '../../graph/describe';
import { claimsMadeBy, quotedClaims } from '../../graph/claims';
import { findEntity } from '../../graph/lookup';
import type { KnowledgeGraph } from '../../graph/types';
import { RELATION_KINDS, STATEMENT_KIND } from '../../model/schema';
import { DATA_OPTIONS, loadGraph, parseCommandArgs, positionals, type Command } from '../context';

export const showCommand: Command = {
  name: 'show',
  summary: "an entity's card: kind, aliases, description, every relation with its source",
  help: `Usage: kg show <entity> [--data DIR]

Prints the entity's kind, aliases and description, then every relation as a sentence, grouped by
relation kind, with certainty, who asserts it, date and citation; then "Claims made (n)", what
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
      `Sources: ${citationsText(graph, node.citations)}`,
      '',
    ];
    const byKind = new Map<string, string[]>();
    graph.forEachEdge(id, (edge, attributes, source) => {
      // A speaker's own statement links repeat "Claims made" below.
      if (attributes.kind === STATEMENT_KIND && source === id) return;
      const list = byKind.get(attributes.kind) ?? [];
      list.push(edge);
      byKind.set(attributes.kind, list);
    });
    if (byKind.size === 0) lines.push('No relations.');
    for (const [kind, spec] of Object.entries(RELATION_KINDS)) {
      const edges = byKind.get(kind);
      if (!edges) continue;
      lines.push(`${spec.label}:`);
      for (const edge of edges) lines.push(...relationLines(graph, edge, id));
    }
    const made = claimsMadeBy(graph, id);
    if (made.length > 0) {
      lines.push('', `Claims made (${made.length}):`);
      for (const edge of made) lines.push(...relationLines(graph, edge));
    }
    for (const { speaker, claims } of quotedClaims(graph, id)) {
      lines.push(
        '',
        `Quoted claims (${claims.length}), by ${graph.getNodeAttribute(speaker, 'label')}:`,
      );
      for (const edge of claims) lines.push(...relationLines(graph, edge));
    }
    env.out(lines.join('\n') + '\n');
    return 0;
  },
};

/** A relation as three lines: sentence and provenance, claim, citation. */
function relationLines(graph: KnowledgeGraph, edge: string, from?: string): string[] {
  const a = graph.getEdgeAttributes(edge);
  const qualifiers = qualifierText(graph, edge);
  const meta = [
    a.certainty ?? 'unrated',
    `asserted by ${asserterLabels(graph, edge).join(', ')}${a.attribution ? ` (citing ${a.attribution})` : ''}`,
    ...(a.date !== undefined ? [a.until ? `${a.date}–${a.until}` : a.date] : []),
    ...(qualifiers ? [qualifiers] : []),
  ];
  return [
    `  • ${relationSentence(graph, edge, from)}.  [${meta.join(' · ')}]`,
    `    “${a.claim}”`,
    `    ${citationsText(graph, a.citations)}  (relation ${edge})`,
    ...(a.corroboration ?? []).map((c) => `    ${corroborationText(graph, c)}`),
  ];
}
