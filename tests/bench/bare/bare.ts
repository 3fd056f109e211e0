/**
 * The baseline page of `npm run bench`: bare sigma drawing the same laid-out graph the explorer
 * draws (fetched as the same JSON), nothing else. It marks its first frame as the explorer does.
 */
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import Sigma from 'sigma';

const source = new URLSearchParams(location.search).get('graph') ?? './article-graph.json';
const response = await fetch(source);
const graph = new MultiDirectedGraph();
graph.import((await response.json()) as SerializedGraph);
const container = document.getElementById('graph');
if (container) {
  const sigma = new Sigma(graph, container);
  sigma.once('afterRender', () => {
    performance.mark('first-frame');
    document.body.dataset['ready'] = 'true';
  });
}
