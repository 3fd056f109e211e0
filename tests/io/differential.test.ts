/**
 * Differential test: every GEXF fixture (and every file in `$CHIPGRAPH_GEXF_SAMPLES`, a folder a
 * user may point at real files such as Gephi's arctic.gexf or graphology-gexf's test resources,
 * which are public test data the repo may not copy) opens with the same nodes, edges, directions,
 * labels and positions as graphology-gexf's parser reads, and the same counts networkx reads
 * where networkx opens the file at all.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import type { AbstractGraph } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { importGraphFileWithReport } from '../../src/io/import';
import { FIXTURES } from '../helpers/data';
import { networkxVersion, PROCESS_TIMEOUT_MS, python } from '../helpers/gexf';

const fixtureDir = join(FIXTURES, 'gexf');
const samplesDir = process.env['CHIPGRAPH_GEXF_SAMPLES'];
const files = [
  ...readdirSync(fixtureDir)
    .filter((f) => f.endsWith('.gexf'))
    .map((f) => join(fixtureDir, f)),
  // Edges to undeclared nodes: created by all three readers.
  join(fixtureDir, 'broken', 'unknown-node.gexf'),
  ...(samplesDir === undefined
    ? []
    : readdirSync(samplesDir)
        .filter((f) => f.endsWith('.gexf'))
        .map((f) => join(samplesDir, f))),
];
if (samplesDir === undefined)
  console.info(
    'Differential GEXF test: fixtures only (set CHIPGRAPH_GEXF_SAMPLES to a folder of real .gexf files to add them).',
  );

/** What two readers must agree on: ids, each edge's ends and direction (as a multiset), labels, positions. */
function summary(graph: AbstractGraph) {
  return {
    nodes: graph.mapNodes((node, a) => ({
      id: node,
      label: typeof a['label'] === 'string' && a['label'] !== '' ? a['label'] : node,
      ...(typeof a['x'] === 'number' && { x: a['x'], y: a['y'] as unknown }),
    })),
    edges: graph
      .mapEdges((_e, a, s, t, _sa, _ta, undirected) =>
        undirected || a['undirected'] === true ? [s, t].sort().join(' – ') : `${s} → ${t}`,
      )
      .sort(),
  };
}

const byId = (list: { id: string }[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
const NETWORKX = networkxVersion('/usr/bin/python3') ?? networkxVersion('python3');
const interpreter = networkxVersion('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

describe.each(files.map((f) => [f.split('/').pop() ?? f, f]))(
  '%s',
  { timeout: PROCESS_TIMEOUT_MS },
  (_name, path) => {
    const text = readFileSync(path, 'utf8');

    it('opens with graphology-gexf’s nodes, edges, directions, labels and positions', () => {
      const ours = importGraphFileWithReport(path.split('/').pop() ?? 'file.gexf', text);
      const theirs = parseGexf(MultiGraph, text, {
        addMissingNodes: true,
        allowUndeclaredAttributes: true,
      });
      const a = summary(ours.graph);
      const b = summary(theirs);
      expect(a.edges).toEqual(b.edges);
      // Positions are ours only when the file gives every node one; labels default to the id.
      const positioned = theirs.everyNode((_n, attr) => typeof attr['x'] === 'number');
      const strip = (n: { id: string; label: string }) => ({ id: n.id, label: n.label });
      expect(byId(positioned ? a.nodes : a.nodes.map(strip))).toEqual(
        byId(positioned ? b.nodes : b.nodes.map(strip)),
      );
    });

    it.runIf(NETWORKX !== null)(
      `opens with networkx ${NETWORKX ?? ''}’s counts where networkx opens it`,
      () => {
        const out = python(
          interpreter,
          `import sys, json, networkx as nx
try:
    g = nx.read_gexf(sys.argv[1])
    print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "multi": g.is_multigraph()}))
except Exception as e:
    print(json.dumps({"refused": str(e)}))`,
          path,
        );
        const nx: unknown = JSON.parse(out);
        const { graph } = importGraphFileWithReport('file.gexf', text);
        if (typeof nx === 'object' && nx !== null && 'refused' in nx) {
          // networkx refuses GEXF 1.0's namespace and mixed graphs: graphology-gexf is the referee.
          expect(graph.order).toBeGreaterThan(0);
          return;
        }
        const counts = nx as { nodes: number; edges: number; multi: boolean };
        expect(graph.order).toBe(counts.nodes);
        // A simple networkx graph folds parallel edges into one; compare distinct pairs then.
        const pairs = new Set(
          graph.mapEdges((_e, a, s, t) => (a.undirected === true ? [s, t].sort() : [s, t]).join()),
        );
        expect(counts.multi ? graph.size : pairs.size).toBe(counts.edges);
      },
    );
  },
);
