/**
 * Commands load only what they need: no layout for what prints no positions, and the built graph
 * kept between runs of the bin for the same data and the same build, never for other data.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/cli/context';
import { folderCache, nodeEnvironment, type DerivedCache } from '../../src/cli/environment';
import {
  cachedBuild,
  cachedGraphText,
  graphCacheKey,
  readCachedGraph,
} from '../../src/cli/graph-cache';
import { buildGraph } from '../../src/graph/build';
import { DataError } from '../../src/model/errors';
import { parseGraphData } from '../../src/model/validate';
import { FIXTURES, SHIPPED_DATA, minimalWith, readDataDir } from '../helpers/data';

const folders: string[] = [];
/** A new temporary folder, removed after the tests. */
const freshFolder = () => {
  const created = mkdtempSync(join(tmpdir(), 'chipgraph-cache-'));
  folders.push(created);
  return created;
};
afterAll(() => {
  for (const created of folders) rmSync(created, { recursive: true, force: true });
});
const MINIMAL = join(FIXTURES, 'data', 'minimal');

/** A cache that records what is written to it. */
function recordingCache(version = 'build-1'): DerivedCache & { writes: string[] } {
  const stored = new Map<string, string>();
  const writes: string[] = [];
  return {
    version,
    writes,
    read: (name) => stored.get(name) ?? null,
    write(name, text) {
      writes.push(name);
      stored.set(name, text);
    },
  };
}

describe('loadGraph', () => {
  it('lays the graph out only for a command that writes positions', () => {
    const env = nodeEnvironment();
    const bare = loadGraph(env, undefined);
    expect(bare.everyNode((_n, a) => a.x === 0 && a.y === 0)).toBe(true);
    // The metrics the cards and stats print are there all the same.
    expect(bare.someNode((_n, a) => a.pagerank > 0 && a.degree > 0)).toBe(true);
    const laid = loadGraph(env, undefined, { positions: true });
    expect(laid.someNode((_n, a) => a.x !== 0 || a.y !== 0)).toBe(true);
    expect(laid.export().edges).toEqual(bare.export().edges);
  });
});

describe('readCachedGraph', () => {
  const files = readDataDir(MINIMAL);
  const graph = buildGraph(parseGraphData(files));
  const key = graphCacheKey(files, 'build-1');

  it('refuses nothing, garbage, another key and a graph graphology cannot import', () => {
    expect(readCachedGraph(null, key)).toBeNull();
    expect(readCachedGraph('', key)).toBeNull();
    expect(readCachedGraph('{"key":', key)).toBeNull();
    expect(readCachedGraph('[]', key)).toBeNull();
    expect(readCachedGraph(JSON.stringify({ key }), key)).toBeNull();
    expect(readCachedGraph(JSON.stringify({ key, graph: 'x' }), key)).toBeNull();
    expect(readCachedGraph(cachedGraphText(graph, 'other'), key)).toBeNull();
    const dangling = { key, graph: { nodes: [], edges: [{ source: 'a', target: 'b' }] } };
    expect(readCachedGraph(JSON.stringify(dangling), key)).toBeNull();
  });

  it('reads back the graph it kept, the same in every part', () => {
    const back = readCachedGraph(cachedGraphText(graph, key), key);
    expect(back?.export()).toEqual(graph.export());
  });
});

describe('graphCacheKey', () => {
  it('changes with any file’s text or name and with the build, not with the folder', () => {
    const files = readDataDir(MINIMAL);
    const key = graphCacheKey(files, 'build-1');
    expect(graphCacheKey(files, 'build-2')).not.toBe(key);
    const edited = minimalWith('entities.json', (v) => v['entities']?.reverse());
    expect(graphCacheKey(edited, 'build-1')).not.toBe(key);
    const renamed = files.map((f, i) => (i === 0 ? { ...f, path: `${f.path}.old.json` } : f));
    expect(graphCacheKey(renamed, 'build-1')).not.toBe(key);
    const moved = files.map((f) => ({ ...f, path: join('elsewhere', f.path) }));
    expect(graphCacheKey(moved, 'build-1')).toBe(key);
  });
});

describe('cachedBuild', () => {
  it('invalid data is never kept: it throws its problems on every run', () => {
    const cache = recordingCache();
    const broken = minimalWith('relations.json', (v) => {
      const first = v['relations']?.[0] as { target: string } | undefined;
      if (first) first.target = 'no-such-entity';
    });
    for (let run = 0; run < 2; run++)
      expect(() => cachedBuild(broken, MINIMAL, cache)).toThrow(DataError);
    expect(cache.writes).toEqual([]);
  });

  it('builds without a cache; with one, keeps the graph once and reads it back after', () => {
    const files = readDataDir(SHIPPED_DATA);
    const built = buildGraph(parseGraphData(files)).export();
    expect(cachedBuild(files, SHIPPED_DATA, null).export()).toEqual(built);
    const cache = recordingCache();
    expect(cachedBuild(files, SHIPPED_DATA, cache).export()).toEqual(built);
    expect(cachedBuild(files, SHIPPED_DATA, cache).export()).toEqual(built);
    expect(cache.writes).toHaveLength(1);
  });

  it('builds again for edited data, and for another build of kg', () => {
    const cache = recordingCache();
    const files = readDataDir(MINIMAL);
    const first = cachedBuild(files, MINIMAL, cache);
    const edited = minimalWith('entities.json', (v) => {
      const entity = v['entities']?.[0] as { label: string } | undefined;
      if (entity) entity.label = 'Renamed in place';
    });
    const second = cachedBuild(edited, MINIMAL, cache);
    expect(second.someNode((_n, a) => a.label === 'Renamed in place')).toBe(true);
    expect(first.someNode((_n, a) => a.label === 'Renamed in place')).toBe(false);
    expect(cache.writes).toHaveLength(2);
    const other: DerivedCache = {
      version: 'build-2',
      read: (name) => cache.read(name),
      write: (name, text) => cache.write(name, text),
    };
    cachedBuild(edited, MINIMAL, other);
    expect(cache.writes).toHaveLength(3);
  });
});

describe('folderCache', () => {
  it('reads nothing it has not written; a folder it cannot create is no error', () => {
    const folder = freshFolder();
    const blocked = join(folder, 'a-file');
    writeFileSync(blocked, 'not a folder');
    const cache = folderCache(join(blocked, 'cache'), 'v');
    expect(cache.read('graph.json')).toBeNull();
    expect(() => cache.write('graph.json', '{}')).not.toThrow();
    expect(cache.read('graph.json')).toBeNull();
  });

  it('writes whole files, leaving nothing half-written beside them', () => {
    const folder = join(freshFolder(), 'derived');
    const cache = folderCache(folder, 'v');
    cache.write('graph.json', 'first');
    cache.write('graph.json', 'second');
    expect(cache.read('graph.json')).toBe('second');
    expect(readdirSync(folder)).toEqual(['graph.json']);
  });
});
