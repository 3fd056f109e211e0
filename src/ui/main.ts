/**
 * The page's entry: shows the article graph, which the build made with the same core pipeline as
 * the CLI (validated, built, laid out: see vite.config.ts), and opens other people's graphs (file
 * picker, drag-and-drop, `?file=`) and goes back.
 */
import './style.css';
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type {
  EdgeAttributes,
  GraphAttributes,
  KnowledgeGraph,
  NodeAttributes,
} from '../graph/types';
import { byId, h, replaceChildren } from './dom';
import { mountExplorer, type Explorer } from './explorer';
import type { Importer } from './importer';
import { createNotices } from './panels/notices';

/** The article graph, built with the site (vite.config.ts). */
const ARTICLE_GRAPH = './article-graph.json';

const notify = createNotices(byId('notices', HTMLElement));
let current: Explorer | null = null;
let article: KnowledgeGraph | null = null;

function showOrigin(imported: string | null): void {
  const origin = byId('graph-origin', HTMLElement);
  if (imported === null) {
    replaceChildren(origin);
    origin.hidden = true;
    return;
  }
  origin.hidden = false;
  replaceChildren(
    origin,
    h('span', {}, `Showing ${imported}`),
    h(
      'button',
      { type: 'button', id: 'back-to-article', onclick: () => backToArticle() },
      'Back to the article graph',
    ),
  );
}

function show(
  graph: KnowledgeGraph,
  imported: string | null,
  keep: Record<string, string> = {},
  readUrl = true,
): void {
  current?.destroy();
  showOrigin(imported);
  const explorer = mountExplorer(graph, notify, keep, readUrl);
  current = explorer;
  document.body.dataset['graph'] = imported === null ? 'article' : 'imported';
  // Ready once its side panels are mounted too (a new graph is not ready until then).
  delete document.body.dataset['ready'];
  void explorer.ready.then(() => {
    if (current === explorer) document.body.dataset['ready'] = 'true';
  });
}

function backToArticle(): void {
  if (!article) return;
  window.history.pushState(null, '', location.pathname);
  show(article, null);
}

/** The importer, loaded when a file is first opened (most visits open none). */
let importerLoad: Promise<Importer> | null = null;
const importer = (): Promise<Importer> =>
  (importerLoad ??= import('./importer').then(({ createImporter }) =>
    createImporter({
      notify,
      strict: () => byId('strict-import', HTMLInputElement).checked,
      status: byId('import-status', HTMLElement),
      onGraph: (graph, fileName, url) => {
        // A new graph starts with a clean view; a ?file= link keeps its file parameter.
        const keep: Record<string, string> = url === null ? {} : { file: url };
        const query = new URLSearchParams(keep).toString();
        if (url === null) window.history.pushState(null, '', location.pathname);
        else
          window.history.replaceState(
            null,
            '',
            `${location.pathname}${query ? `?${query}` : ''}${location.search.replace(/^\?/, '&').replace(/&?file=[^&]*/, '')}`,
          );
        show(graph, fileName, keep);
        notify(`Opened ${fileName}: ${graph.order} nodes, ${graph.size} edges.`);
      },
    }),
  ));

function wireImport(): void {
  const input = byId('file-input', HTMLInputElement);
  byId('open-file', HTMLButtonElement).addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void importer().then((i) => i.openFile(file));
    input.value = '';
  });
  document.addEventListener('dragover', (event) => {
    if (event.dataTransfer?.types.includes('Files')) {
      event.preventDefault();
      document.body.classList.add('dropping');
    }
  });
  document.addEventListener('dragleave', () => document.body.classList.remove('dropping'));
  document.addEventListener('drop', (event) => {
    document.body.classList.remove('dropping');
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    void importer().then((i) => i.openFile(file));
  });
}

/** Shows why the article graph could not be loaded (in development: the data files' problems). */
function showLoadError(lines: readonly string[]): void {
  replaceChildren(
    byId('views', HTMLElement),
    h(
      'div',
      { className: 'data-errors', role: 'alert' },
      'The graph data is invalid:\n\n',
      lines.map((line) => `${line}\n`),
    ),
  );
}

/** Our own build's output, checked for its shape before graphology reads it. */
function isSerializedGraph(
  value: unknown,
): value is SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes> {
  return (
    typeof value === 'object' &&
    value !== null &&
    'nodes' in value &&
    Array.isArray(value.nodes) &&
    'edges' in value &&
    Array.isArray(value.edges)
  );
}

async function start(): Promise<void> {
  let body: unknown;
  try {
    const response = await fetch(ARTICLE_GRAPH);
    body = await response.json();
  } catch (error) {
    showLoadError([
      `${ARTICLE_GRAPH} could not be loaded (${error instanceof Error ? error.message : String(error)}).`,
    ]);
    return;
  }
  if (!isSerializedGraph(body)) {
    const issues =
      typeof body === 'object' && body !== null && 'issues' in body && Array.isArray(body.issues)
        ? body.issues.map(String)
        : [`${ARTICLE_GRAPH} is not a graph.`];
    showLoadError(issues);
    return;
  }
  article = new MultiDirectedGraph();
  article.import(body);
  wireImport();
  const file = new URLSearchParams(location.search).get('file');
  // With a ?file= link, the link's view (a selection, filters) is the file's: the article shows
  // meanwhile in its default view, without reading ids it does not have.
  show(article, null, file === null ? {} : { file }, file === null);
  if (file !== null) void importer().then((i) => i.openUrl(file));
}

void start();
