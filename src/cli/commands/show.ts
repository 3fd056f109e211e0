import {
  voiceText,
  citationsText,
  corroborationText,
  supportText,
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
import { certaintyWeight } from '../../query/search';
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

/** How many relations the compact card lists, in all its sections together. */
export const COMPACT_RELATIONS = 12;

const OPTIONS = {
  ...DATA_OPTIONS,
  all: { type: 'boolean' },
  json: { type: 'boolean' },
} as const;

/** One titled list of relations on the card. */
interface Section {
  readonly title: string;
  readonly edges: readonly string[];
  /** The entity the sentences read from (its own relations), if any. */
  readonly from?: string;
}

export const showCommand: Command = {
  name: 'show',
  summary: "an entity's card: kind, aliases, description, its strongest relations with sources",
  options: OPTIONS,
  help: helpText({
    usage: 'kg show <entity> [--all] [--json] [--data DIR]',
    about: `Prints the entity's kind, aliases and description and the sources its card cites (each named
once, in full), then its relations as sentences with certainty, who asserts it and the citation
in brief (outlet, date, paragraph); then "Claims made (n)", what the entity itself asserts, and
for an outlet "Quoted claims (n)", what the people quoted in it assert.

By default the card is compact: the ${COMPACT_RELATIONS} most important relations in all, strongest
certainty first, then those whose other end is the most connected, and "… and N more" for the
rest. --all lists every relation, grouped by relation kind as the page's details panel groups
them, each with its claim, date, qualifiers, corroborations and relation id.
"kg perspectives <entity>" groups the relations by who asserts them. <entity> is an id, label
or alias, matched case- and accent-insensitively ("huawei", "华为", "Chip 4").`,
    options: [
      ['--all', 'list every relation, grouped by kind, with claims and relation ids'],
      [
        '--json',
        'print {"id", "label", "kind", "aliases", "description", "sources",\n"relations", "claimsMade", "quotedClaims"} with every relation',
      ],
      DATA_HELP,
    ],
    exit: ENTITY_EXIT,
  }),
  run(args, env) {
    const { values, positionals: rest } = parseCommandArgs('show', args, OPTIONS);
    const [query = ''] = positionals('show', rest, ['entity']);
    const graph = loadGraph(env, values.data);
    const id = findEntity(graph, query);
    const node = graph.getNodeAttributes(id);
    // Grouped as the page's details panel groups them, under the same headings.
    const { groups } = relationGroups(graph, id, new Set(graph.edges(id)));
    const own = groups.flatMap((group) => group.edges);
    const made = claimsMadeBy(graph, id);
    const quoted = quotedClaims(graph, id);
    // Each source named once, in full; every claim cites it in brief (outlet, date, ¶n).
    const sources = cardSources(graph, id, [...own, ...made, ...quoted.flatMap((q) => q.claims)]);

    if (values.json) {
      const relation = (edge: string, from?: string) => {
        const a = graph.getEdgeAttributes(edge);
        return {
          id: edge,
          sentence: relationSentence(graph, edge, from),
          kind: a.kind,
          certainty: a.certainty ?? null,
          assertedBy: a.assertedBy,
          claim: a.claim,
          citations: a.citations,
        };
      };
      const card = {
        id,
        label: node.label,
        kind: node.kind,
        aliases: node.aliases,
        description: node.description,
        sources: sources.map((s) => ({ id: s.id, name: s.name })),
        relations: own.map((edge) => relation(edge, id)),
        claimsMade: made.map((edge) => relation(edge)),
        quotedClaims: quoted.map(({ speaker, claims }) => ({
          speaker,
          relations: claims.map((edge) => relation(edge)),
        })),
      };
      env.out(JSON.stringify(card, null, 2) + '\n');
      return 0;
    }

    const lines = [
      `${node.label}  [${kindLabel(node.kind)}]  id: ${id}`,
      ...(node.aliases.length > 0 ? [`Also: ${node.aliases.join(', ')}`] : []),
      ...(node.date !== undefined ? [`Date: ${node.date}`] : []),
      node.description,
      ...(node.citations.length > 0
        ? [`Cited: ${citationsText(graph, node.citations, 'brief')}`]
        : []),
      ...(sources.length > 0
        ? [`Source${sources.length === 1 ? '' : 's'}: ${sources.map((s) => s.name).join('; ')}`]
        : []),
      '',
    ];
    const sections: Section[] = [
      ...(values.all
        ? groups.map((group) => ({
            title: `${groupHeading(graph, id, group)}:`,
            edges: group.edges,
            from: id,
          }))
        : own.length > 0
          ? [{ title: `Relations (${own.length}):`, edges: own, from: id }]
          : []),
      ...(made.length > 0 ? [{ title: `Claims made (${made.length}):`, edges: made }] : []),
      ...quoted.map(({ speaker, claims }) => ({
        title: `Quoted claims (${claims.length}), by ${graph.getNodeAttribute(speaker, 'label')}:`,
        edges: claims,
      })),
    ];
    if (own.length === 0) lines.push('No relations.');
    // A blank line before each section but the entity's own relations (as the page's card).
    const title = (section: Section) =>
      section.from === undefined ? ['', section.title] : [section.title];
    if (values.all) {
      for (const section of sections) {
        lines.push(...title(section));
        for (const edge of section.edges) lines.push(...relationLines(graph, edge, section.from));
      }
    } else {
      // Every section shows at least its first relation; the rest of the budget goes in order.
      let spare = COMPACT_RELATIONS - sections.length;
      for (const section of sections) {
        const ranked = rankEdges(graph, section.edges, section.from);
        const extra = Math.max(0, Math.min(spare, ranked.length - 1));
        spare -= extra;
        const shown = ranked.slice(0, 1 + extra);
        lines.push(...title(section));
        for (const edge of shown) lines.push(compactLine(graph, edge, section.from));
        const more = ranked.length - shown.length;
        if (more > 0)
          // The id, not what was typed: it needs no quoting in any shell.
          lines.push(`  … and ${more} more (kg show ${id} --all)`);
      }
    }
    env.out(lines.join('\n').trimEnd() + '\n');
    return 0;
  },
};

/**
 * The most important relations first: the strongest certainty, then the best-connected other
 * end (an entity's tie to a hub tells more than one to a leaf), then the order of the data.
 */
function rankEdges(graph: KnowledgeGraph, edges: readonly string[], from?: string): string[] {
  const degree = (node: string) => graph.getNodeAttribute(node, 'degree');
  const score = edges.map((edge, order) => {
    const [source, target] = graph.extremities(edge);
    const reach =
      from === undefined
        ? degree(source) + degree(target)
        : degree(source === from ? target : source);
    return {
      edge,
      order,
      strength: certaintyWeight(graph.getEdgeAttribute(edge, 'certainty')),
      reach,
    };
  });
  return score
    .sort((a, b) => b.strength - a.strength || b.reach - a.reach || a.order - b.order)
    .map((s) => s.edge);
}

/** A relation on one line: sentence, then certainty, backing, voice and citation in brief. */
function compactLine(graph: KnowledgeGraph, edge: string, from?: string): string {
  const a = graph.getEdgeAttributes(edge);
  const meta = [
    ...(graphHasCertainty(graph) ? [a.certainty ?? 'unrated'] : []),
    supportText(graph, edge),
    voiceText(graph, edge),
    citationsText(graph, a.citations, 'brief'),
  ].filter(Boolean);
  return `  • ${relationSentence(graph, edge, from)}.${meta.length > 0 ? `  [${meta.join(' · ')}]` : ''}`;
}

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
    ...(supportText(graph, edge) !== '' ? [supportText(graph, edge)] : []),
    ...(voiceText(graph, edge) !== '' ? [voiceText(graph, edge)] : []),
    ...(a.date !== undefined ? [a.until ? `${a.date}–${a.until}` : a.date] : []),
    ...(weight !== undefined ? [`weight ${weight}`] : []),
    ...(qualifiers ? [qualifiers] : []),
  ];
  return [
    `  • ${relationSentence(graph, edge, from)}.${meta.length > 0 ? `  [${meta.join(' · ')}]` : ''}`,
    // The claim is our paraphrase of the source, never its words: no quotation marks.
    ...(a.claim !== '' ? [`    Claim (paraphrased): ${a.claim}`] : []),
    `    ${[citationsText(graph, a.citations, 'brief'), `(relation ${edge})`].filter(Boolean).join('  ')}`,
    ...(a.corroboration ?? []).map((c) => `    ${corroborationText(graph, c)}`),
  ];
}
