/**
 * `toCsv`: the typed graph → two spreadsheet files, nodes and edges, with Gephi's spreadsheet
 * import headers (`Id`, `Label`; `Source`, `Target`, `Type`, `Id`, `Label`) and every citation as
 * text, for Excel, Kumu and Gephi's "Import spreadsheet".
 */
import { edgeIdsOf } from './edge-ids';
import { asserterLabels, citationsText, sourceSupport } from '../graph/describe';
import type { KnowledgeGraph } from '../graph/types';

/** A number as a spreadsheet reads it: safe to leave as it is even when it starts with - or +. */
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A cell that a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return, as OWASP's CSV-injection advice lists) gets a leading `'`, which spreadsheets
 * read as "text" and do not show; numbers such as `-12.5` are left alone. An imported graph's
 * labels come from anyone, and `=HYPERLINK(…)` in a label must not become a live link.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) && !NUMBER.test(value) ? `'${value}` : value;
}

/**
 * RFC 4180 CSV: a header line, CRLF line ends, fields quoted when they must be, formula-like
 * cells neutralised ({@link neutraliseFormula}).
 */
export function csvText(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const quote = (cell: string) => {
    const value = neutraliseFormula(cell);
    return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  };
  return [header, ...rows].map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}

const text = (value: unknown) =>
  value === undefined || value === null
    ? ''
    : typeof value === 'string'
      ? value
      : typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : JSON.stringify(value);

/** The graph as a nodes file and an edges file. */
export function toCsv(graph: KnowledgeGraph): { nodes: string; edges: string } {
  const nodes = csvText(
    [
      'Id',
      'Label',
      'kind',
      'aliases',
      'description',
      'date',
      'x',
      'y',
      'size',
      'color',
      'pagerank',
    ],
    graph.mapNodes((node, a) => [
      node,
      a.label,
      a.kind,
      a.aliases.join(' | '),
      a.description,
      text(a.date),
      text(a.x),
      text(a.y),
      text(a.size),
      a.color,
      text(a.pagerank),
    ]),
  );
  const edgeId = edgeIdsOf(graph);
  const edges = csvText(
    [
      'Source',
      'Target',
      'Type',
      'Id',
      'Label',
      'claim',
      'certainty',
      'assertedBy',
      'citations',
      'sources',
      'contestedBy',
      'date',
      'statementOf',
    ],
    graph.mapEdges((edge, a, source, target) => {
      const support = sourceSupport(graph, edge);
      return [
        source,
        target,
        a.undirected === true ? 'Undirected' : 'Directed',
        edgeId(edge),
        a.kind,
        a.claim,
        text(a.certainty),
        asserterLabels(graph, edge).join(' | '),
        citationsText(graph, a.citations, 'brief'),
        text(support.backing),
        text(support.contesting),
        text(a.date),
        text(a.statementOf),
      ];
    }),
  );
  return { nodes, edges };
}
