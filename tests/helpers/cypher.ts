/**
 * A reader for the Cypher that `toCypher` writes (node CREATEs and MATCH … CREATE relationships,
 * property maps of strings, numbers, booleans and string lists), so tests read the script back.
 */
import { expect } from 'vitest';

export type Value = string | number | boolean | string[];

/** Parses `{`key`: value, …}` from `text` at `start`; returns the map and where it ended. */
function parseMap(text: string, start: number): [Record<string, Value>, number] {
  let i = start;
  const expect1 = (c: string) => {
    if (text[i] !== c) throw new Error(`expected ${c} at ${i}: ${text.slice(i, i + 20)}`);
    i++;
  };
  const skip = () => {
    while (text[i] === ' ') i++;
  };
  const string = (): string => {
    expect1("'");
    let out = '';
    while (text[i] !== "'") {
      if (i >= text.length) throw new Error('unterminated string');
      if (text[i] === '\\') {
        const n = text[i + 1];
        out += n === 'n' ? '\n' : n === 'r' ? '\r' : n === 't' ? '\t' : (n ?? '');
        i += 2;
      } else out += text[i++] ?? '';
    }
    i++;
    return out;
  };
  const value = (): Value => {
    skip();
    if (text[i] === "'") return string();
    if (text[i] === '[') {
      i++;
      const list: string[] = [];
      skip();
      while (text[i] !== ']') {
        skip();
        list.push(string());
        skip();
        if (text[i] === ',') i++;
      }
      i++;
      return list;
    }
    const m = /^(true|false|-?\d+(\.\d+)?(e[-+]?\d+)?)/.exec(text.slice(i));
    if (!m) throw new Error(`bad value at ${i}: ${text.slice(i, i + 20)}`);
    i += m[0].length;
    return m[0] === 'true' ? true : m[0] === 'false' ? false : Number(m[0]);
  };
  const map: Record<string, Value> = {};
  expect1('{');
  skip();
  while (text[i] !== '}') {
    let key: string;
    if (text[i] === '`') {
      const end = text.indexOf('`', i + 1);
      key = text.slice(i + 1, end);
      i = end + 1;
    } else {
      const bare = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i))?.[0] ?? '';
      if (bare === '') throw new Error(`expected a key at ${i}: ${text.slice(i, i + 20)}`);
      key = bare;
      i += bare.length;
    }
    expect1(':');
    map[key] = value();
    skip();
    if (text[i] === ',') i++;
    skip();
  }
  return [map, i + 1];
}

/** The nodes and relationships a script written by `toCypher` creates, with their properties. */
export function readCypher(script: string) {
  const nodes = new Map<string, { labels: string; props: Record<string, Value> }>();
  const rels: { from: string; to: string; type: string; props: Record<string, Value> }[] = [];
  for (const line of script.trim().split('\n')) {
    if (line.startsWith('//') || line.startsWith('CREATE CONSTRAINT')) continue;
    expect(line.endsWith(';'), line).toBe(true);
    const node = /^CREATE \(:Entity:`([^`]+)` /.exec(line);
    if (node) {
      const [props, end] = parseMap(line, node[0].length);
      expect(line.slice(end)).toBe(');');
      nodes.set(String(props['id']), { labels: node[1] ?? '', props });
      continue;
    }
    const match = /^MATCH \(a:Entity \{id: /.exec(line);
    if (!match) throw new Error(`unexpected statement: ${line.slice(0, 60)}`);
    const [a, afterA] = parseMap(line, line.indexOf('{'));
    const [b, afterB] = parseMap(line, line.indexOf('{', afterA));
    const rel = /^\) CREATE \(a\)-\[:`([^`]+)` /.exec(line.slice(afterB));
    if (!rel) throw new Error(`bad relationship: ${line.slice(afterB, afterB + 40)}`);
    const [props, end] = parseMap(line, afterB + rel[0].length);
    expect(line.slice(end)).toBe(']->(b);');
    rels.push({ from: String(a['id']), to: String(b['id']), type: rel[1] ?? '', props });
  }
  return { nodes, rels };
}
