/**
 * `importGraphFile`: any file a user opens → a `KnowledgeGraph`, or a `DataError` that says what
 * is wrong and where. Shared by the page (file picker, drag-and-drop, `?file=`) and `kg convert`.
 */
import type { KnowledgeGraph } from '../graph/types';
import { DataError, UsageError, type DataIssue } from '../model/errors';
import { computeMetrics } from '../graph/metrics';
import { arrangeImported } from '../layout/imported';
import { applyLayout, layoutOptionsFor } from '../layout/layout';
import { createGexfReader, type GexfReader } from './gexf-read';
import { readGraphJson } from './json-read';
import type { ParsedGraph } from './normalize';

/** A graph read from a file, and the repairs made to read it (an import report). */
export interface ImportResult {
  readonly graph: KnowledgeGraph;
  /** One warning per kind of repair: what, how many, the first ids and lines. */
  readonly warnings: readonly DataIssue[];
  /** Every node came with a position in the file. */
  readonly positioned: boolean;
  /** Every node came with a size in the file. */
  readonly sized: boolean;
}

/** Import limits. */
export interface ImportOptions {
  /** Largest file accepted, in characters. Default 200 million (about 200 MB, the page's own limit in bytes). */
  readonly maxChars: number;
  /** Refuse a file that needs repairs (edges to undeclared nodes) instead of repairing it. Default false. */
  readonly strict: boolean;
  /**
   * Compute degree, PageRank (which sizes the nodes unless the file brings sizes) and
   * betweenness. Default true: the page shows them. Without, the nodes hold 0 for each.
   */
  readonly metrics: boolean;
  /**
   * When to compute the deterministic layout: `missing` (default, the page's way) when the file
   * brings no position for some node, `always` replacing the file's positions, `never` (nodes
   * without a position keep x = y = 0).
   */
  readonly layout: 'missing' | 'always' | 'never';
}

export const DEFAULT_IMPORT_OPTIONS: Readonly<ImportOptions> = Object.freeze({
  maxChars: 200_000_000,
  strict: false,
  metrics: true,
  layout: 'missing',
});

/** The format a file's first character says: XML starts with "<", JSON with "{" or "[". */
function sniffFormat(text: string): 'gexf' | 'json' | null {
  const start = text.trimStart()[0];
  return start === '<' ? 'gexf' : start === '{' || start === '[' ? 'json' : null;
}

/** The format a file's name says (null for any other extension). */
function formatByName(fileName: string): 'gexf' | 'json' | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.gexf') || lower.endsWith('.xml')) return 'gexf';
  if (lower.endsWith('.json')) return 'json';
  return null;
}

/**
 * The format of a file: what its content says when it has begun ("<" is XML, "{" or "[" JSON,
 * whatever the name: a `.json` file holding GEXF is read as GEXF), else what its name says;
 * null when neither says.
 */
export function detectFormat(fileName: string, text: string): 'gexf' | 'json' | null {
  return sniffFormat(text) ?? (text.trim() === '' ? formatByName(fileName) : null);
}

/**
 * The problem with a file that is neither GEXF nor JSON, by its name and by its first
 * characters (a README, notes, a CSV …).
 */
export function notAGraphFile(fileName: string, start: string): DataIssue {
  const extension = /\.[^./\\]+$/.exec(fileName)?.[0];
  const byName = formatByName(fileName);
  const opening = start.trimStart().split('\n')[0]?.slice(0, 24) ?? '';
  const begins = `its text begins "${opening}${opening.length === 24 ? '…' : ''}", where GEXF begins with "<" and JSON with "{"`;
  return {
    file: fileName,
    line: 1,
    message:
      byName === null
        ? `neither GEXF nor graphology JSON: ${extension === undefined ? 'its name has no extension' : `its name ends in "${extension}"`} and ${begins}`
        : `neither GEXF nor graphology JSON, whatever its name says: ${begins}`,
    hint: 'open a GEXF file or a graphology JSON export (kg export --format json writes one); a CSV goes through Gephi’s spreadsheet import first',
  };
}

/**
 * Known file signatures as they read once decoded as UTF-8 (each byte UTF-8 cannot read becomes
 * U+FFFD), so that a PNG renamed `.gexf` is named a PNG image rather than "not UTF-8 text … save
 * it as UTF-8", advice that cannot help.
 */
const SIGNATURES: readonly (readonly [RegExp | string, string])[] = [
  // Fixed prefixes with control characters are plain strings (a regular expression would hide them).
  ['\uFFFDPNG\r\n\u001a\n', 'a PNG image'],
  [/^\uFFFD{3,4}\0?[\s\S]{0,2}(?:JFIF|Exif)/, 'a JPEG image'],
  [/^GIF8[79]a/, 'a GIF image'],
  [/^RIFF[\s\S]{4}WEBP/, 'a WebP image'],
  ['%PDF-', 'a PDF document'],
  // Gephi's own project files (.gephi) are ZIP archives, as are Office documents.
  ['PK\u0003\u0004', 'a ZIP archive (a Gephi project or an Office document, say)'],
  ['\u001f\uFFFD\u0008', 'a gzip-compressed file'],
  ['SQLite format 3\0', 'an SQLite database'],
];

/** A UTF-16 byte-order mark (FF FE or FE FF, two unreadable bytes) then a character and a NUL. */
const UTF16_START = /^\uFFFD\uFFFD(?:[^\0]\0|\0[^\0])/;

/**
 * What a file that is not text at all is, from its first characters (as decoded from UTF-8):
 * a known binary format by its signature, any file with NUL bytes (which no GEXF or JSON text
 * holds) as "a binary file", UTF-16 text as such; null for text.
 * @param start - the start of the file (its first piece)
 */
export function binaryProblem(start: string): { message: string; hint: string } | null {
  const notGraph = (what: string) => ({
    message: `this is ${what}, not a GEXF or JSON graph file`,
    hint: 'open the graph file itself: a .gexf file or a graphology .json export',
  });
  for (const [signature, what] of SIGNATURES)
    if (typeof signature === 'string' ? start.startsWith(signature) : signature.test(start))
      return notGraph(what);
  if (UTF16_START.test(start))
    return {
      message: 'the file is UTF-16 text, not UTF-8',
      hint: 'save it as UTF-8 (Gephi, networkx and graphology write UTF-8)',
    };
  return start.includes('\0') ? notGraph('a binary file') : null;
}

/**
 * Reads a GEXF (1.0 to 1.3) or graphology JSON file.
 * @throws DataError for a malformed, unsupported or oversized file; UsageError for bad options
 */
export function importGraphFile(
  fileName: string,
  text: string,
  options: Partial<ImportOptions> = {},
): KnowledgeGraph {
  return importGraphFileWithReport(fileName, text, options).graph;
}

/**
 * Reads a file as `importGraphFile` does, and reports the repairs made to read it (`warnings`);
 * with `strict`, a file that needs any is refused instead.
 * @throws DataError for a malformed, unsupported, oversized (or, strictly, repaired) file
 */
export function importGraphFileWithReport(
  fileName: string,
  text: string,
  options: Partial<ImportOptions> = {},
): ImportResult {
  const reading = createImport(fileName, options);
  reading.write(text);
  return reading.close();
}

/** An import fed the file in pieces (a stream), with the same checks as a whole one. */
export interface StreamingImport {
  /** Reads the next piece of text. @throws DataError at the first fatal problem */
  write(chunk: string): void;
  /** Ends the file: the graph with its import report. @throws DataError */
  close(): ImportResult;
}

/**
 * Starts an import that is fed the file in pieces: GEXF is parsed as it arrives (the page's worker
 * streams a file this way, with progress); JSON, which has no streaming parser here, is collected.
 * @throws UsageError for bad options
 */
export function createImport(
  fileName: string,
  options: Partial<ImportOptions> = {},
): StreamingImport {
  const resolved = { ...DEFAULT_IMPORT_OPTIONS, ...options };
  const { maxChars } = resolved;
  if (!Number.isInteger(maxChars) || maxChars < 1)
    throw new UsageError(`maxChars must be a positive whole number, got ${String(maxChars)}`);
  if (!(['missing', 'always', 'never'] as const).includes(resolved.layout))
    throw new UsageError(
      `layout must be "missing", "always" or "never", got ${JSON.stringify(resolved.layout)}`,
    );
  let format: 'gexf' | 'json' | null = null;
  let chars = 0;
  let gexf: GexfReader | null = null;
  /** Text held until the format is known (leading white space), and all of a JSON file. */
  const held: string[] = [];
  const refuseBinary = (text: string) => {
    const problem = binaryProblem(text);
    if (problem) throw new DataError([{ file: fileName, ...problem }]);
  };
  const start = (first: string) => {
    // Before the format: a PNG named .gexf is a PNG, whatever its name says.
    refuseBinary(first);
    // The content decides, not the name: a README named on the command line is no graph.
    format = sniffFormat(first);
    if (format === null)
      throw new DataError(
        [notAGraphFile(fileName, first)],
        `${fileName} is neither GEXF nor graphology JSON`,
      );
    if (format === 'gexf') gexf = createGexfReader(fileName);
  };
  const feed = (chunk: string) => {
    if (gexf) gexf.write(chunk);
    else held.push(chunk);
  };
  return {
    write(chunk) {
      chars += chunk.length;
      if (chars > maxChars)
        throw new DataError([
          {
            file: fileName,
            message: `the file is too large (over ${(chars / 1e6).toFixed(1)} million characters; the limit is ${(maxChars / 1e6).toFixed(1)} million)`,
            hint: 'filter the graph in Gephi or networkx first',
          },
        ]);
      if (gexf !== null || (held.length > 0 && format === 'json')) {
        // NUL bytes further on (a text header glued to binary data) are still a binary file.
        if (chunk.includes('\0')) refuseBinary('\0');
        return feed(chunk);
      }
      const leading = held.join('') + chunk;
      if (leading.trim() === '') {
        held.push(chunk);
        return;
      }
      held.length = 0;
      start(leading);
      feed(leading);
    },
    close() {
      if (gexf === null && held.join('').trim() === '')
        throw new DataError([{ file: fileName, message: 'the file is empty' }]);
      if (gexf !== null) return finishImport(fileName, gexf.close(), resolved);
      const text = held.join('');
      // Bytes that are not UTF-8 arrive as U+FFFD (the reader decodes UTF-8): name the problem,
      // not the parser's symptom. (The GEXF reader checks each piece itself.)
      const replaced = text.indexOf('\uFFFD');
      if (replaced >= 0)
        throw new DataError([
          {
            file: fileName,
            line: text.slice(0, replaced).split('\n').length,
            message: 'the file is not UTF-8 text (it has bytes UTF-8 cannot read)',
            hint: 'save it as UTF-8 (Gephi, networkx and graphology write UTF-8)',
          },
        ]);
      return finishImport(fileName, readGraphJson(text, fileName), resolved);
    },
  };
}

/**
 * The last steps of every import, whole or streamed: `strict` refuses a file that needed repairs;
 * then metrics and a layout as the options ask (by default: metrics, and a layout unless the file
 * brought positions).
 * @throws DataError when `strict` and the file needed repairs
 */
export function finishImport(
  fileName: string,
  parsed: ParsedGraph,
  options: Pick<ImportOptions, 'strict' | 'metrics' | 'layout'>,
): ImportResult {
  const result = parsed;
  if (options.strict && result.warnings.length > 0)
    throw new DataError(
      result.warnings.map((w) => ({
        ...w,
        message: w.message.replace(/: created, as Gephi does$/, ''),
        hint: 'declare the missing nodes in the file, or open it without --strict',
      })),
      `${fileName} needs repairs and --strict refuses them`,
    );
  const { graph, warnings, positioned, sized } = parsed;
  if (options.metrics && options.layout === 'missing') arrangeImported(graph, parsed);
  else {
    // Asked for less (kg convert, kg path --file) or for a layout over the file's own.
    if (options.metrics) computeMetrics(graph, { size: !sized });
    if (options.layout === 'always' || (options.layout === 'missing' && !positioned))
      applyLayout(graph, layoutOptionsFor(graph.order));
  }
  return { graph, warnings, positioned, sized };
}
