/**
 * `createGexfReader`: a GEXF file (1.0 to 1.3; from Gephi, networkx, chipgraph …) →
 * a `KnowledgeGraph`, in one pass with saxes (a streaming, conformant XML parser that reports
 * lines and columns) and no intermediate DOM. It reads what graphology-gexf's parser reads, with
 * the same meaning (a differential test holds the two together), and checks as it goes: the root,
 * the version, ids, edge ends, entity declarations, each problem with its line. Text can be fed
 * in chunks, so a worker can stream a file and report progress.
 *
 * Why not graphology-gexf: it builds a DOM first (with its own copy of xmldom), which took 13.8 s
 * and most of 2.9 GB on a 50k-node file; then the graph had to be converted a second time.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { parseValue } from 'graphology-gexf/common/helpers.js';
import { MultiDirectedGraph } from 'graphology';
import type { KnowledgeGraph } from '../graph/types';
import { DataError, type DataIssue } from '../model/errors';
import { createAttributeMapper, graphAttributesFrom, num, type ParsedGraph } from './normalize';

/** GEXF versions this reader accepts (1.0 is Gephi's first: old namespace, no version). */
export const READABLE_GEXF_VERSIONS = ['1.0', '1.1', '1.2', '1.3'] as const;

/** The namespace of GEXF 1.0, whose files carry no version attribute. */
const GEXF_1_0_NAMESPACE = 'http://www.gephi.org/gexf';

const MAX_ISSUES = 20;

/** An entity or character reference: &amp; &#38; &#x26; &name; (names as XML allows, roughly). */
const REFERENCE = /^&(?:#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z_:][-\w.:]*);/;
/** The start of one, cut off by the end of a piece of the file. */
const PARTIAL_REFERENCE = /^&(?:#x?[0-9a-fA-F]*|[A-Za-z_:][-\w.:]*)?$/;

/** A GEXF reader fed text in pieces. */
export interface GexfReader {
  /** Parses the next piece of the file. @throws DataError at the first fatal problem */
  write(chunk: string): void;
  /** Ends the file and returns the graph (no metrics, no layout). @throws DataError */
  close(): ParsedGraph;
}

interface AttributeModel {
  readonly title: string;
  readonly type: string;
}

/** A node or edge being read: its XML attributes, then its attvalues and viz data. */
interface Item {
  readonly element: 'node' | 'edge';
  readonly tag: Readonly<Record<string, string>>;
  readonly data: Record<string, unknown>;
  readonly line: number;
  readonly column: number;
}

interface PendingEdge {
  readonly id: string | undefined;
  readonly source: string;
  readonly target: string;
  readonly undirected: boolean;
  readonly data: Record<string, unknown>;
  readonly line: number;
}

const localName = (name: string) => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

/** graphology-gexf's colour string: hex as written, else rgb()/rgba(). */
function vizColor(tag: Readonly<Record<string, string>>): string {
  const hex = tag['hex'];
  if (hex) return hex;
  const { r = '', g = '', b = '', a } = tag;
  return a ? `rgba(${r},${g},${b},${a})` : `rgb(${r},${g},${b})`;
}

/**
 * A reader for one file.
 * @param fileName - shown in messages; its base name names the graph
 */
export function createGexfReader(fileName: string): GexfReader {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const graph: KnowledgeGraph = new MultiDirectedGraph();
  const map = createAttributeMapper();
  const issues: DataIssue[] = [];
  const fail = (list: DataIssue[]): never => {
    throw new DataError(
      list.slice(0, MAX_ISSUES),
      `${fileName} is not a GEXF file chipgraph can open`,
    );
  };
  const issue = (entry: Omit<DataIssue, 'file'>) => {
    if (issues.length < MAX_ISSUES) issues.push({ file: fileName, ...entry });
  };

  const stack: string[] = [];
  const items: Item[] = [];
  const models = {
    node: new Map<string, AttributeModel>(),
    edge: new Map<string, AttributeModel>(),
  };
  const defaults = { node: {} as Record<string, unknown>, edge: {} as Record<string, unknown> };
  const meta: Record<string, unknown> = {};
  let modelClass: 'node' | 'edge' | null = null;
  let declaring: AttributeModel | null = null;
  let text: string | null = null;
  let sawGraph = false;
  let defaultEdgeType = 'undirected';
  let positioned = true;
  let sized = true;
  let linesFed = 1;
  const pending: PendingEdge[] = [];

  const addEdge = (edge: PendingEdge) => {
    const attributes = map.edge(edge.data, edge.undirected);
    if (edge.id === undefined) graph.addDirectedEdge(edge.source, edge.target, attributes);
    else if (graph.hasEdge(edge.id))
      issue({ line: edge.line, id: edge.id, message: `duplicate edge id "${edge.id}"` });
    else graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, attributes);
  };

  const finishNode = (item: Item) => {
    const id = item.tag['id'];
    if (id === undefined || id === '') {
      issue({
        line: item.line,
        column: item.column,
        message: 'a <node> has no id',
        hint: 'give every node a unique id',
      });
      return;
    }
    if (graph.hasNode(id)) {
      issue({ line: item.line, column: item.column, id, message: `duplicate node id "${id}"` });
      return;
    }
    const data = item.data;
    for (const key in defaults.node) if (!(key in data)) data[key] = defaults.node[key];
    if (num(data['x']) === undefined || num(data['y']) === undefined) positioned = false;
    if (num(data['size']) === undefined) sized = false;
    if (issues.length === 0) graph.addNode(id, map.node(id, data));
  };

  const finishEdge = (item: Item) => {
    const { source, target, id, type } = item.tag;
    let ok = true;
    for (const [end, value] of [
      ['source', source],
      ['target', target],
    ] as const) {
      if (value === undefined || value === '') {
        ok = false;
        issue({
          line: item.line,
          column: item.column,
          ...(id !== undefined && { id }),
          message: `an <edge> has no ${end}`,
        });
      }
    }
    if (!ok || source === undefined || target === undefined || issues.length > 0) return;
    const data = item.data;
    for (const key in defaults.edge) if (!(key in data)) data[key] = defaults.edge[key];
    const kind = type ?? defaultEdgeType;
    const edge: PendingEdge = {
      id: id === '' ? undefined : id,
      source,
      target,
      undirected: kind !== 'directed',
      data,
      line: item.line,
    };
    // Ends not seen yet may be declared later (or never: see close).
    if (graph.hasNode(source) && graph.hasNode(target)) addEdge(edge);
    else pending.push(edge);
  };

  parser.on('doctype', (doctype) => {
    // Entity declarations can expand without bound (a "billion laughs") or name local files
    // (XXE). GEXF needs none; saxes would not expand them, but the file is refused outright.
    if (/<!ENTITY/i.test(doctype))
      fail([
        {
          file: fileName,
          // saxes reports the end of the DOCTYPE; the issue names its first line.
          line: parser.line - (doctype.match(/\n/g)?.length ?? 0),
          message:
            'the file declares XML entities in a DOCTYPE (<!ENTITY …>), which can expand without bound or read local files; chipgraph does not open them',
          hint: 'remove the DOCTYPE (GEXF needs none) and open the file again',
        },
      ]);
  });

  // Where the current start tag begins ("<"), as the issues report it: saxes's own position is
  // past the tag's name by then.
  let tagLine = 1;
  let tagColumn = 1;
  parser.on('opentagstart', (tag) => {
    tagLine = parser.line;
    tagColumn = Math.max(1, parser.column - tag.name.length - 1);
  });
  const at = () => ({ line: tagLine, column: tagColumn });

  parser.on('opentag', (tag: SaxesTagPlain) => {
    const element = localName(tag.name);
    const attributes = tag.attributes;
    const parent = stack[stack.length - 1];
    stack.push(element);
    if (parent === undefined) {
      if (element !== 'gexf')
        fail([
          {
            file: fileName,
            ...at(),
            message: `the root element is <${tag.name}>, not <gexf>`,
            hint: 'open a GEXF file (or a graphology JSON export)',
          },
        ]);
      const version =
        attributes['version'] ??
        (attributes['xmlns']?.startsWith(GEXF_1_0_NAMESPACE) === true ? '1.0' : '');
      if (!(READABLE_GEXF_VERSIONS as readonly string[]).includes(version))
        fail([
          {
            file: fileName,
            ...at(),
            message: `unsupported GEXF version "${version}"`,
            hint: `chipgraph reads GEXF ${READABLE_GEXF_VERSIONS.join(', ')}`,
          },
        ]);
      return;
    }
    const item = items[items.length - 1];
    switch (element) {
      case 'node':
      case 'edge': {
        const data: Record<string, unknown> = {};
        const { label, weight, kind } = attributes;
        if (label) data['label'] = label;
        if (weight) data['weight'] = Number(weight);
        if (kind) data['kind'] = kind;
        items.push({ element, tag: attributes, data, ...at() });
        return;
      }
      case 'attvalue': {
        if (!item) return;
        const id = attributes['for'] ?? attributes['id'] ?? '';
        const model = models[item.element].get(id);
        // Undeclared attributes are kept as strings (graphology-gexf's allowUndeclaredAttributes).
        item.data[model?.title ?? id] = parseValue(
          model?.type ?? 'string',
          attributes['value'] ?? '',
        );
        return;
      }
      case 'color':
        if (item && (parent === 'node' || parent === 'edge') && !('color' in item.data))
          item.data['color'] = vizColor(attributes);
        return;
      case 'size':
      case 'thickness':
        if (item && (parent === 'node' || parent === 'edge') && !(element in item.data))
          item.data[element] = Number(attributes['value']);
        return;
      case 'shape':
        if (item && (parent === 'node' || parent === 'edge') && !('shape' in item.data))
          item.data['shape'] = attributes['value'];
        return;
      case 'position':
        if (item && (parent === 'node' || parent === 'edge') && !('x' in item.data)) {
          for (const axis of ['x', 'y', 'z'] as const) {
            const value = attributes[axis];
            if (value) item.data[axis] = Number(value);
          }
        }
        return;
      case 'graph':
        if (!sawGraph) {
          sawGraph = true;
          const type = attributes['defaultedgetype'];
          defaultEdgeType = type === undefined || type === 'mutual' ? 'undirected' : type;
        }
        return;
      case 'attributes':
        modelClass =
          attributes['class'] === 'node' ? 'node' : attributes['class'] === 'edge' ? 'edge' : null;
        return;
      case 'attribute': {
        if (modelClass === null) return;
        const id = attributes['id'] ?? attributes['for'] ?? '';
        // graphology-gexf's rule: numeric ids (Gephi's "0", "1" …) are known by their title.
        const title = Number.isNaN(Number(id)) ? id : (attributes['title'] ?? id);
        declaring = { title, type: attributes['type'] ?? 'string' };
        models[modelClass].set(id, declaring);
        return;
      }
      case 'default':
        if (declaring) text = '';
        return;
      case 'meta':
        if (attributes['lastmodifieddate'])
          meta['lastModifiedDate'] = attributes['lastmodifieddate'];
        return;
      default:
        if (parent === 'meta') text = '';
    }
  });

  parser.on('text', (chunk) => {
    if (text !== null) text += chunk;
  });

  parser.on('closetag', (tag) => {
    const element = localName(tag.name);
    stack.pop();
    const parent = stack[stack.length - 1];
    switch (element) {
      case 'node':
      case 'edge': {
        const item = items.pop();
        if (!item) return;
        if (element === 'node') finishNode(item);
        else finishEdge(item);
        return;
      }
      case 'attributes':
        modelClass = null;
        return;
      case 'attribute':
        declaring = null;
        return;
      case 'default':
        if (declaring && modelClass && text !== null)
          defaults[modelClass][declaring.title] = parseValue(declaring.type, text);
        text = null;
        return;
      default:
        if (parent === 'meta' && text !== null) {
          if (text.trim() !== '') meta[element.toLowerCase()] = text;
          text = null;
        }
    }
  });

  // A bare "&" (AT&T) starts an entity reference that saxes reads up to the next ";", often the
  // end of the file, and then reports an unclosed tag far below: the first bare "&" is kept, so
  // that a file that then fails is told where it broke, not where the parser gave up.
  let bareAmpersand: { line: number; column: number } | null = null;
  // The end of the previous piece when it ends inside a possible reference ("&am"), and where it is.
  let carried = '';
  let carriedAt = { line: 1, column: 1 };
  // Where the next piece begins.
  let next = { line: 1, column: 1 };
  const scanAmpersands = (chunk: string) => {
    const text = carried + chunk;
    const start = carried === '' ? next : carriedAt;
    carried = '';
    let line = start.line;
    // Index in `text` where the current line begins (negative: it began in an earlier piece).
    let lineStart = 1 - start.column;
    let counted = 0;
    const positionOf = (index: number) => {
      for (
        let j = text.indexOf('\n', counted);
        j >= 0 && j < index;
        j = text.indexOf('\n', j + 1)
      ) {
        line++;
        lineStart = j + 1;
      }
      counted = index;
      return { line, column: index - lineStart + 1 };
    };
    for (let i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
      if (REFERENCE.test(text.slice(i, i + 64))) continue;
      const at = positionOf(i);
      // Cut off by the end of the piece: decided when the next piece comes.
      if (text.length - i < 64 && PARTIAL_REFERENCE.test(text.slice(i))) {
        carried = text.slice(i);
        carriedAt = at;
        return;
      }
      bareAmpersand = at;
      return;
    }
    next = positionOf(text.length);
  };

  const malformed = (error: unknown, atEnd: boolean): never => {
    const message = (error instanceof Error ? error.message : String(error)).replace(
      /^[^:]*:?\d+:\d+: /,
      '',
    );
    const amp = bareAmpersand;
    if (
      amp !== null &&
      (atEnd ||
        amp.line < parser.line ||
        (amp.line === parser.line && amp.column <= parser.column + 1))
    )
      return fail([
        {
          file: fileName,
          ...amp,
          message:
            'malformed XML: unescaped &, write &amp; (in XML a bare "&" starts an entity reference such as &amp; or &lt;)',
          hint: 'write "&amp;" for each "&" in a name or value (AT&amp;T); the XML parser read on to the end of the file looking for its ";"',
        },
      ]);
    return fail([
      {
        file: fileName,
        line: parser.line,
        column: Math.max(1, parser.column),
        message: `malformed XML: ${message}`,
        hint: atEnd
          ? 'the file may be truncated: it ends before every element is closed'
          : 'fix the XML at this position (is it an XML file at all?)',
      },
    ]);
  };

  return {
    write(chunk) {
      // Bytes that are not UTF-8 arrive as U+FFFD (the reader decodes UTF-8): name the problem,
      // not the parser's symptom.
      const replaced = chunk.indexOf('\uFFFD');
      if (replaced >= 0) {
        let line = linesFed;
        for (let i = chunk.indexOf('\n'); i >= 0 && i < replaced; i = chunk.indexOf('\n', i + 1))
          line++;
        fail([
          {
            file: fileName,
            line,
            message: 'the file is not UTF-8 text (it has bytes UTF-8 cannot read)',
            hint: 'save it as UTF-8 (Gephi, networkx and graphology write UTF-8)',
          },
        ]);
      }
      for (let i = chunk.indexOf('\n'); i >= 0; i = chunk.indexOf('\n', i + 1)) linesFed++;
      if (bareAmpersand === null) scanAmpersands(chunk);
      try {
        parser.write(chunk);
      } catch (error) {
        if (error instanceof DataError) throw error;
        malformed(error, false);
      }
    },
    close() {
      if (carried !== '' && bareAmpersand === null) bareAmpersand = carriedAt;
      try {
        parser.close();
      } catch (error) {
        if (error instanceof DataError) throw error;
        malformed(error, true);
      }
      if (!sawGraph)
        fail([{ file: fileName, line: 1, message: 'the file has no <graph> element' }]);
      if (issues.length > 0) fail(issues);
      // Gephi, Gephi Lite and networkx create the nodes an edge names but the file omits; so do
      // we, and we say so.
      const missing = new Map<string, number>();
      for (const edge of pending)
        for (const end of [edge.source, edge.target])
          if (!graph.hasNode(end) && !missing.has(end)) missing.set(end, edge.line);
      for (const id of missing.keys()) {
        positioned = false;
        sized = false;
        graph.addNode(id, map.node(id, { ...defaults.node, label: id }));
      }
      for (const edge of pending) addEdge(edge);
      if (issues.length > 0) fail(issues);
      graph.replaceAttributes(graphAttributesFrom(meta, fileName));
      const warnings: DataIssue[] = [];
      if (missing.size > 0) {
        const examples = [...missing.entries()]
          .slice(0, 3)
          .map(([id, line]) => `"${id}" (line ${line})`);
        warnings.push({
          file: fileName,
          message: `edges name ${missing.size} node${missing.size === 1 ? '' : 's'} the file does not declare (${examples.join(', ')}${missing.size > 3 ? ', …' : ''}): created, as Gephi does`,
          hint: 'declare them in <nodes>, or open with --strict to refuse such files',
        });
      }
      return { graph, warnings, positioned: positioned && graph.order > 0, sized };
    },
  };
}
