/**
 * The curated data files, bundled into the page at build time (so the static site needs no
 * server and makes no request), in the same `DataFile` form the CLI reads from disk.
 */
import type { DataFile } from '../model/validate';

const RAW = import.meta.glob<string>('../../graph-data/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The bundled `graph-data/*.json` files, sorted by name as the CLI reads them. */
export function bundledDataFiles(): DataFile[] {
  return Object.entries(RAW)
    .map(([path, text]) => ({ path: path.replace(/^(\.\.\/)+/, ''), text }))
    .sort((a, b) => a.path.localeCompare(b.path));
}
