/**
 * What a data folder holds, counted from its files (not through `kg`), so the CLI tests assert
 * the numbers the data gives rather than today's: adding a source, entity or relation to
 * graph-data/ breaks none of them.
 */
import { buildGraph } from '../../src/graph/build';
import { parseGraphData } from '../../src/model/validate';
import { readDataDir } from '../helpers/data';

/** Counts of a data folder: its files' lists, and the statement links the build derives. */
export function shippedCounts(dir: string): {
  files: number;
  sources: number;
  entities: number;
  relations: number;
  statements: number;
} {
  const files = readDataDir(dir);
  const lists = files.map((f) => {
    const value: unknown = JSON.parse(f.text);
    const list = (key: string): number => {
      if (typeof value !== 'object' || value === null) return 0;
      const items: unknown = Reflect.get(value, key);
      return Array.isArray(items) ? items.length : 0;
    };
    return { sources: list('sources'), entities: list('entities'), relations: list('relations') };
  });
  const sum = (key: 'sources' | 'entities' | 'relations') =>
    lists.reduce((total, l) => total + l[key], 0);
  // Statement links are derived from who asserts each relation: the build is their definition.
  const graph = buildGraph(parseGraphData(files));
  return {
    files: files.length,
    sources: sum('sources'),
    entities: sum('entities'),
    relations: sum('relations'),
    statements: graph.filterEdges((_e, a) => a.statementOf !== undefined).length,
  };
}

/** "1 source", "2 sources": as kg writes counts. */
export const plural = (n: number, one: string, many = `${one}s`): string =>
  `${n} ${n === 1 ? one : many}`;
