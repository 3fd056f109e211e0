/**
 * Outside material the tests read (the source article, the official GEXF schemas): from
 * `$CHIPGRAPH_SHARED`, else the `shared` folder beside the project. Absent, its tests are skipped
 * with a notice naming what is missing, except under `CI=true`, where absence is a failure.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './data';

export const SHARED_DIR = process.env['CHIPGRAPH_SHARED'] ?? join(ROOT, '..', 'shared');
const CI = process.env['CI'] === 'true';

/**
 * The path of a shared file or folder, or null when it is absent (outside CI).
 * @throws Error under CI when it is absent
 */
export function sharedPath(relative: string, what: string): string | null {
  const path = join(SHARED_DIR, relative);
  if (existsSync(path)) return path;
  const message = `${what} not found at ${path} (set CHIPGRAPH_SHARED to the folder that holds it)`;
  if (CI) throw new Error(`Missing outside material under CI: ${message}.`);
  console.warn(`Skipping the tests that need ${message}.`);
  return null;
}
