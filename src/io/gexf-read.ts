/**
 * `fromGexf` / `readGexf`: a GEXF file (1.0 to 1.3; from Gephi, networkx, chipgraph …) → a
 * `KnowledgeGraph`. The XML is checked first with @xmldom/xmldom (which reports the line of a
 * syntax error), then the structure (root, ids, edge ends) so every problem names its line; the
 * conversion itself is graphology-gexf's parser.
 */
import { DOMParser, ParseError, type Element as XmlElement } from '@xmldom/xmldom';
import { MultiGraph } from 'graphology';
import { parse as parseGexfGraph } from 'graphology-gexf';
import type { KnowledgeGraph } from '../graph/types';
import { DataError, type DataIssue } from '../model/errors';
import { toKnowledgeGraph } from './normalize';

/** GEXF versions this reader accepts (1.0 is Gephi's first: old namespace, no version). */
export const READABLE_GEXF_VERSIONS = ['1.0', '1.1', '1.2', '1.3'] as const;

/** The namespace of GEXF 1.0, whose files carry no version attribute. */
const GEXF_1_0_NAMESPACE = 'http://www.gephi.org/gexf';

/** A graph read from a file, and the repairs made to read it (an import report). */
export interface ImportResult {
  readonly graph: KnowledgeGraph;
  /** One warning per kind of repair: what, how many, the first ids and lines. */
  readonly warnings: readonly DataIssue[];
}

const MAX_ISSUES = 20;

function lineOf(element: XmlElement): { line?: number; column?: number } {
  return {
    ...(element.lineNumber !== undefined && { line: element.lineNumber }),
    ...(element.columnNumber !== undefined && { column: element.columnNumber }),
  };
}

/** A numeric field of xmldom's locator (typed `any` upstream). */
function position(locator: unknown, key: 'lineNumber' | 'columnNumber'): number | undefined {
  if (typeof locator !== 'object' || locator === null || !(key in locator)) return undefined;
  const value: unknown = (locator as Record<string, unknown>)[key];
  return typeof value === 'number' ? value : undefined;
}

function elements(parent: XmlElement, name: string): XmlElement[] {
  return Array.from(parent.getElementsByTagName(name));
}

/**
 * Parses a GEXF document.
 * @param text - the file's text
 * @param fileName - shown in messages and used as the graph's name
 * @throws DataError naming each problem and its line
 */
export function fromGexf(text: string, fileName: string): KnowledgeGraph {
  return readGexf(text, fileName).graph;
}

/**
 * Parses a GEXF document as Gephi does: an edge naming a node the file does not declare creates
 * that node, and the result reports each such repair.
 * @throws DataError naming each problem and its line
 */
export function readGexf(text: string, fileName: string): ImportResult {
  const fail = (issues: DataIssue[]): never => {
    throw new DataError(
      issues.slice(0, MAX_ISSUES),
      `${fileName} is not a GEXF file chipgraph can open`,
    );
  };
  // Entity declarations can expand without bound (a "billion laughs") or name local files (XXE).
  // GEXF needs none, so a file that declares any is refused before an XML parser sees it.
  const doctype = /<!DOCTYPE[^>[]*\[[\s\S]*?<!ENTITY/i.exec(text);
  if (doctype) {
    const line = text.slice(0, doctype.index).split('\n').length;
    return fail([
      {
        file: fileName,
        line,
        message:
          'the file declares XML entities in a DOCTYPE (<!ENTITY …>), which can expand without bound or read local files; chipgraph does not open them',
        hint: 'remove the DOCTYPE (GEXF needs none) and open the file again',
      },
    ]);
  }
  let document;
  try {
    document = new DOMParser({
      // Any complaint refuses the file: a well-formed GEXF raises none, and a file xmldom merely
      // warns about would make graphology-gexf's own parser print its warnings to the console.
      onError: (_level, message) => {
        throw new Error(message);
      },
    }).parseFromString(text, 'application/xml');
  } catch (error) {
    const locator: unknown = error instanceof ParseError ? error.locator : undefined;
    const lineNumber = position(locator, 'lineNumber');
    const columnNumber = position(locator, 'columnNumber');
    const message =
      (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'malformed XML';
    return fail([
      {
        file: fileName,
        ...(lineNumber !== undefined && { line: lineNumber }),
        ...(columnNumber !== undefined && { column: columnNumber }),
        message: `malformed XML: ${message
          .replace(/^Reporting (fatalError|error|warning) "?|"? caused.*$/g, '')
          .replace(/^(element parse error: )?(Error: )?/, '')}`,
        hint: 'the file may be truncated or not XML at all',
      },
    ]);
  }
  const root = document.documentElement;
  if (!root || root.localName !== 'gexf') {
    return fail([
      {
        file: fileName,
        ...(root ? lineOf(root) : {}),
        message: `the root element is <${root?.nodeName ?? 'nothing'}>, not <gexf>`,
        hint: 'open a GEXF file (or a graphology JSON export)',
      },
    ]);
  }
  const version =
    root.getAttribute('version') ??
    (root.namespaceURI?.startsWith(GEXF_1_0_NAMESPACE) === true ? '1.0' : '');
  if (!(READABLE_GEXF_VERSIONS as readonly string[]).includes(version)) {
    return fail([
      {
        file: fileName,
        ...lineOf(root),
        message: `unsupported GEXF version "${version}"`,
        hint: `chipgraph reads GEXF ${READABLE_GEXF_VERSIONS.join(', ')}`,
      },
    ]);
  }
  const graphElement = elements(root, 'graph')[0];
  if (!graphElement)
    return fail([{ file: fileName, ...lineOf(root), message: 'the file has no <graph> element' }]);

  const issues: DataIssue[] = [];
  const ids = new Set<string>();
  /** Nodes named by edges but not declared, with the line of the first such edge. */
  const missing = new Map<string, number | undefined>();
  for (const node of elements(graphElement, 'node')) {
    const id = node.getAttribute('id');
    if (id === null || id === '')
      issues.push({
        file: fileName,
        ...lineOf(node),
        message: 'a <node> has no id',
        hint: 'give every node a unique id',
      });
    else if (ids.has(id))
      issues.push({ file: fileName, ...lineOf(node), id, message: `duplicate node id "${id}"` });
    else ids.add(id);
  }
  for (const edge of elements(graphElement, 'edge')) {
    for (const end of ['source', 'target'] as const) {
      const id = edge.getAttribute(end);
      const edgeId = edge.getAttribute('id') ?? undefined;
      if (id === null || id === '') {
        issues.push({
          file: fileName,
          ...lineOf(edge),
          ...(edgeId !== undefined && { id: edgeId }),
          message: `an <edge> has no ${end}`,
        });
      } else if (!ids.has(id) && !missing.has(id)) {
        missing.set(id, lineOf(edge).line);
      }
    }
  }
  if (issues.length > 0) return fail(issues);

  // Gephi, Gephi Lite and networkx create the nodes an edge names but the file omits; so do we,
  // declaring them before the parser reads the edges, and we say so.
  let source = text;
  const warnings: DataIssue[] = [];
  if (missing.size > 0) {
    const declared = [...missing.keys()]
      .map((id) => `<node id="${escapeXml(id)}" label="${escapeXml(id)}"/>`)
      .join('');
    const close = source.lastIndexOf('</nodes>');
    const edgesAt = source.search(/<edges[\s>]/);
    if (close >= 0) source = `${source.slice(0, close)}${declared}${source.slice(close)}`;
    else if (edgesAt >= 0)
      source = `${source.slice(0, edgesAt)}<nodes>${declared}</nodes>${source.slice(edgesAt)}`;
    const examples = [...missing.entries()]
      .slice(0, 3)
      .map(([id, line]) => `"${id}"${line === undefined ? '' : ` (line ${line})`}`);
    warnings.push({
      file: fileName,
      message: `edges name ${missing.size} node${missing.size === 1 ? '' : 's'} the file does not declare (${examples.join(', ')}${missing.size > 3 ? ', …' : ''}): created, as Gephi does`,
      hint: 'declare them in <nodes>, or open with --strict to refuse such files',
    });
  }

  let raw;
  try {
    raw = parseGexfGraph(MultiGraph, source, { allowUndeclaredAttributes: true });
  } catch (error) {
    return fail([
      { file: fileName, message: error instanceof Error ? error.message : String(error) },
    ]);
  }
  return { graph: toKnowledgeGraph(raw, fileName.replace(/\.[^.]*$/, '')), warnings };
}

const escapeXml = (value: string) => value.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
