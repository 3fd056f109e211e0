/**
 * The baseline of the browser import in `npm run bench`: a file opened with graphology-gexf's
 * browser parser and drawn by bare sigma, on the main thread, as its documentation shows.
 */
import { MultiGraph } from 'graphology';
import { parse } from 'graphology-gexf/browser';
import Sigma from 'sigma';

const input = document.getElementById('file-input');
const container = document.getElementById('graph');
if (input instanceof HTMLInputElement && container) {
  input.addEventListener('change', () => {
    void input.files?.[0]?.text().then((text) => {
      const graph = parse(MultiGraph, text, { addMissingNodes: true });
      const sigma = new Sigma(graph, container);
      // Sigma draws in its constructor: this is its first frame.
      performance.mark('chipgraph:first-frame');
      sigma.refresh();
    });
  });
  document.body.dataset['ready'] = 'true';
}
