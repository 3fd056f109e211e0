/**
 * JSON written as the project formats it (its Prettier configuration), for `kg merge`: only that
 * command loads this module, and with it Prettier (kept out of the bin's bundle, see build.ts).
 */
import { format, resolveConfig } from 'prettier';

/**
 * A JSON value as text in the style of the file at `path`, or of `fallbackPath` when no style
 * applies there (a data folder outside the project).
 */
export async function formatJson(
  value: unknown,
  path: string,
  fallbackPath: string,
): Promise<string> {
  const options = (await resolveConfig(path)) ?? (await resolveConfig(fallbackPath)) ?? {};
  // From indented JSON: Prettier keeps an object expanded when its source was, as the data files
  // are written, so that only the added lines differ.
  return format(JSON.stringify(value, null, 2), { ...options, parser: 'json' });
}
