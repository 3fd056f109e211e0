/**
 * The baseline of `kg convert` in `npm run bench`: what graphology-gexf alone does with the same
 * file, read → parse → graphology JSON written to disk. Usage: graphology-convert.ts IN OUT
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { MultiGraph } from 'graphology';
import { parse } from 'graphology-gexf';

const [input = '', output = ''] = process.argv.slice(2);
const graph = parse(MultiGraph, readFileSync(input, 'utf8'), {
  addMissingNodes: true,
  allowUndeclaredAttributes: true,
});
writeFileSync(output, JSON.stringify(graph.export()));
