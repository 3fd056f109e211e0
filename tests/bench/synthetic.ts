/**
 * Seeded synthetic graphs for `npm run bench`: N nodes, 4 edges per node, attributes and viz data
 * as a Gephi export carries them (a kind, a modularity class, a score; colour, size and position;
 * edge weights), plus a relation kind and a certainty on each edge so that path filters have
 * something to filter. Written as GEXF 1.3 the way Gephi writes it and as graphology JSON.
 */
import type { AbstractGraph } from 'graphology-types';
import { seededRandom } from '../../src/layout/layout';

const CATEGORIES = ['company', 'government-agency', 'chip', 'person', 'country', 'event'];
const RELATIONS = ['develops', 'produces', 'competes-with', 'targets', 'works-for'];
const CERTAINTY = ['fact', 'reported', 'claim', 'opinion'];

export interface SyntheticGraph {
  readonly nodes: number;
  readonly edges: number;
  readonly gexf: string;
  readonly json: string;
}

/**
 * A reproducible random graph (same `n` and `seed`, same text).
 * @param n - number of nodes; edges are 4·n, half of them drawn towards low ids (a few hubs)
 */
export function syntheticGraph(n: number, seed = 1): SyntheticGraph {
  const rng = seededRandom(seed);
  const xml: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\n',
    '  <meta lastmodifieddate="2025-07-28"><creator>chipgraph bench</creator></meta>\n',
    '  <graph defaultedgetype="directed" mode="static">\n',
    '    <attributes class="node" mode="static">\n',
    '      <attribute id="kind" title="kind" type="string"/>\n',
    '      <attribute id="modularity_class" title="modularity_class" type="integer"/>\n',
    '      <attribute id="score" title="score" type="double"/>\n',
    '    </attributes>\n',
    '    <attributes class="edge" mode="static">\n',
    '      <attribute id="certainty" title="certainty" type="string"/>\n',
    '    </attributes>\n    <nodes>\n',
  ];
  const nodes: unknown[] = [];
  for (let i = 0; i < n; i++) {
    const category = CATEGORIES[i % CATEGORIES.length] ?? 'company';
    const cls = Math.floor(rng() * 12);
    const score = Math.round(rng() * 1e4) / 1e4;
    const x = Math.round((rng() * 2000 - 1000) * 100) / 100;
    const y = Math.round((rng() * 2000 - 1000) * 100) / 100;
    const size = Math.round((2 + rng() * 18) * 10) / 10;
    const [r, g, b] = [cls * 20, 255 - cls * 20, (cls * 53) % 256];
    xml.push(
      `      <node id="n${i}" label="Node ${i}">\n        <attvalues>\n          <attvalue for="kind" value="${category}"/>\n          <attvalue for="modularity_class" value="${cls}"/>\n          <attvalue for="score" value="${score}"/>\n        </attvalues>\n        <viz:size value="${size}"/>\n        <viz:position x="${x}" y="${y}" z="0.0"/>\n        <viz:color r="${r}" g="${g}" b="${b}"/>\n      </node>\n`,
    );
    nodes.push({
      key: `n${i}`,
      attributes: {
        label: `Node ${i}`,
        kind: category,
        modularity_class: cls,
        score,
        x,
        y,
        size,
        color: `rgb(${r},${g},${b})`,
      },
    });
  }
  xml.push('    </nodes>\n    <edges>\n');
  const edges: unknown[] = [];
  for (let e = 0; e < 4 * n; e++) {
    const s = Math.floor(rng() * n);
    // Half the edges go to low ids: a few hubs, as real networks have.
    let t = rng() < 0.5 ? Math.floor(rng() * rng() * n) : Math.floor(rng() * n);
    if (t === s) t = (t + 1) % n;
    const weight = Math.round((0.1 + rng()) * 100) / 100;
    const kind = RELATIONS[e % RELATIONS.length] ?? 'develops';
    const certainty = CERTAINTY[Math.floor(rng() * CERTAINTY.length)] ?? 'fact';
    xml.push(
      `      <edge id="e${e}" source="n${s}" target="n${t}" kind="${kind}" weight="${weight}">\n        <attvalues><attvalue for="certainty" value="${certainty}"/></attvalues>\n      </edge>\n`,
    );
    edges.push({
      key: `e${e}`,
      source: `n${s}`,
      target: `n${t}`,
      attributes: { kind, weight, certainty },
    });
  }
  xml.push('    </edges>\n  </graph>\n</gexf>\n');
  const json = JSON.stringify({
    attributes: { name: `synthetic-${n}` },
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    nodes,
    edges,
  });
  return { nodes: n, edges: 4 * n, gexf: xml.join(''), json };
}

/**
 * Seeded prose for the search bench: a `description` on every node and a `claim` on every edge,
 * a dozen words each from a vocabulary of a few thousand made-up words (an imported graph with
 * text, the forgiving search's worst case: it indexes every word).
 */
export function addSyntheticText(
  graph: AbstractGraph,
  seed = 2,
): readonly string[] {
  const rng = seededRandom(seed);
  const syllables = ['ka', 'lo', 'mi', 'tra', 'zen', 'por', 'qui', 'ves', 'dun', 'sha', 'rel', 'tox'];
  const syllable = () => syllables[Math.floor(rng() * syllables.length)] ?? 'ka';
  const vocabulary = [
    ...new Set(
      Array.from({ length: 6000 }, () =>
        Array.from({ length: 2 + Math.floor(rng() * 3) }, syllable).join(''),
      ),
    ),
  ];
  const word = () => vocabulary[Math.floor(rng() * vocabulary.length)] ?? 'ka';
  const sentence = () => Array.from({ length: 12 }, word).join(' ');
  graph.forEachNode((node) => graph.setNodeAttribute(node, 'description', `${sentence()}.`));
  graph.forEachEdge((edge) => graph.setEdgeAttribute(edge, 'claim', `${sentence()}.`));
  return vocabulary;
}
