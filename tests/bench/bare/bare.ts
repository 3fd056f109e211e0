/**
 * The baseline page of `npm run bench`: bare sigma drawing the same laid-out graph the explorer
 * draws (fetched as the same JSON; `?graph=` another one), nothing else. It marks its first frame
 * and its draws as the explorer does under the bench's switch; `?layout=1` runs graphology's
 * ForceAtlas2 worker on the drawn graph, as its documentation shows.
 */
import { MultiDirectedGraph } from 'graphology';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { SerializedGraph } from 'graphology-types';
import Sigma from 'sigma';

const params = new URLSearchParams(location.search);
const response = await fetch(params.get('graph') ?? './article-graph.json');
const graph = new MultiDirectedGraph();
graph.import((await response.json()) as SerializedGraph);
const container = document.getElementById('graph');
if (container) {
  // `?hideEdgesOnMove=1`: hides edges while the camera moves, as the explorer does on a large
  // graph, so that panning compares the same drawing.
  const sigma = new Sigma(graph, container, { hideEdgesOnMove: params.has('hideEdgesOnMove') });
  // Sigma draws in its constructor; the frame shows at the next animation frame, where the
  // explorer marks its own first frame (its labelled draw runs in that animation frame).
  requestAnimationFrame(() => performance.mark('chipgraph:first-frame'));
  sigma.on('beforeRender', () => performance.mark('chipgraph:draw-start'));
  sigma.on('afterRender', () => performance.measure('chipgraph:draw', 'chipgraph:draw-start'));
  if (params.has('layout')) {
    graph.on('eachNodeAttributesUpdated', () => performance.mark('chipgraph:layout-step'));
    new FA2Layout(graph, { settings: forceAtlas2.inferSettings(graph) }).start();
  }
  document.body.dataset['ready'] = 'true';
}
