/** The browser half of `npm run bench` (filled in below). */
import type { Row } from './stats';

export async function browserRows(
  _sizes: readonly number[],
  _log: (row: Row) => void,
): Promise<Row[]> {
  return [];
}
