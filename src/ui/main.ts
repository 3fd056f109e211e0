/**
 * The page's entry: loads the bundled article data through the same core pipeline as the CLI and
 * shows it; opens other people's graphs (file picker, drag-and-drop, `?file=`) and goes back.
 */
import './style.css';
import { config } from 'zod';
import type { KnowledgeGraph } from '../graph/types';
import { loadKnowledgeGraph } from '../load';
import { DataError, formatIssue } from '../model/errors';
import { bundledDataFiles } from './data';
import { byId, h, replaceChildren } from './dom';
import { mountExplorer, type Explorer } from './explorer';
import { createImporter } from './importer';
import { createNotices } from './panels/notices';

// The page's Content-Security-Policy forbids eval: zod must not even probe for it.
config({ jitless: true });

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
): void {
  current?.destroy();
  showOrigin(imported);
  current = mountExplorer(graph, notify, keep);
  document.body.dataset['graph'] = imported === null ? 'article' : 'imported';
  document.body.dataset['ready'] = 'true';
}

function backToArticle(): void {
  if (!article) return;
  window.history.pushState(null, '', location.pathname);
  show(article, null);
}

const importer = createImporter({
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
});

function wireImport(): void {
  const input = byId('file-input', HTMLInputElement);
  byId('open-file', HTMLButtonElement).addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) importer.openFile(file);
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
    importer.openFile(file);
  });
}

function start(): void {
  try {
    article = loadKnowledgeGraph(bundledDataFiles());
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    replaceChildren(
      byId('views', HTMLElement),
      h(
        'div',
        { className: 'data-errors', role: 'alert' },
        'The graph data is invalid:\n\n',
        error.issues.map((issue) => `${formatIssue(issue)}\n`),
      ),
    );
    return;
  }
  wireImport();
  const file = new URLSearchParams(location.search).get('file');
  show(article, null);
  if (file !== null) void importer.openUrl(file);
}

start();
