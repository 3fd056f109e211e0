/** Test helpers: read fixture and shipped data folders as `DataFile`s. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DataFile } from '../../src/model/validate';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SHIPPED_DATA = join(ROOT, 'graph-data');
export const FIXTURES = join(ROOT, 'tests', 'fixtures');

/** The `*.json` files of a folder, paths relative to the repo root. */
export function readDataDir(dir: string): DataFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({
      path: join(dir, name).slice(ROOT.length + 1),
      text: readFileSync(join(dir, name), 'utf8'),
    }));
}

/** The minimal valid fixture, with one file's JSON value changed by `edit`. */
export function minimalWith(
  file: 'sources.json' | 'entities.json' | 'relations.json',
  edit: (value: { [key: string]: unknown[] }) => void,
): DataFile[] {
  return readDataDir(join(FIXTURES, 'data', 'minimal')).map((f) => {
    if (!f.path.endsWith(`/${file}`)) return f;
    const value = JSON.parse(f.text) as { [key: string]: unknown[] };
    edit(value);
    return { path: f.path, text: JSON.stringify(value, null, 2) };
  });
}
