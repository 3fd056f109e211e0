import { describe, expect, it } from 'vitest';
import { importGraphFile } from '../../src/io/import';
import { chosenPath, createPathResults } from '../../src/ui/path-cache';
import { runPathQuery } from '../../src/ui/path-results';
import { newPathQuery } from '../../src/ui/view-state';
import { diamond, typedGraph } from '../helpers/graphs';

const graph = diamond();

describe('runPathQuery', () => {
  it('turns bad options into an error message instead of throwing', () => {
    const results = runPathQuery(graph, { ...newPathQuery('a', 'd'), avoid: ['a'] });
    expect(results.error).toMatch(/cannot also be avoided/);
    expect(results.paths).toEqual([]);
  });

  it('answers a query from an entity to itself with a plain sentence and no path', () => {
    const results = runPathQuery(graph, newPathQuery('b', 'b'));
    expect(results.error).toBe(
      'From and to are the same entity (B): name two different entities to find how they are connected.',
    );
    expect(results.paths).toEqual([]);
  });

  it('suggests provenance only when it would find a path', () => {
    const g = typedGraph(
      [
        ['analyst', 'person'],
        ['city', 'place'],
        ['lone', 'company'],
      ],
      [
        ['analyst-news', 'quoted-in', 'analyst', 'news', 'fact'],
        ['news-city', 'based-in', 'news', 'city', 'fact'],
      ],
    );
    expect(runPathQuery(g, newPathQuery('analyst', 'city')).provenanceWouldHelp).toBe(true);
    expect(runPathQuery(g, newPathQuery('analyst', 'lone')).provenanceWouldHelp).toBe(false);
    expect(runPathQuery(graph, newPathQuery('a', 'h')).provenanceWouldHelp).toBe(false);
    expect(runPathQuery(graph, newPathQuery('a', 'd')).provenanceWouldHelp).toBe(false);
  });

  it('returns ranked paths with explanations', () => {
    const results = runPathQuery(graph, newPathQuery('a', 'd'));
    expect(results.paths.map((p) => p.edges.join(' '))).toEqual(['ab bd', 'ac cd', 'ae ef fd']);
    expect(results.explanations[0]?.text).toBe('A develops B; B develops D.');
    expect(results.reasons[0]).toMatch(/^Best: 2 hops/);
    expect(results.reasons[1]).toMatch(/weaker evidence/);
  });

  it('ranks a weighted imported graph by its ties and explains in weights, not evidence', () => {
    // Through "a" (first by name) the ties weigh 2 and 9; through "h" 9 and 5.
    const weighted = importGraphFile(
      'weighted.gexf',
      `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="undirected">
<nodes><node id="s"/><node id="a"/><node id="h"/><node id="t"/></nodes>
<edges><edge source="s" target="a" weight="2"/><edge source="a" target="t" weight="9"/>
<edge source="s" target="h" weight="9"/><edge source="h" target="t" weight="5"/></edges>
</graph></gexf>`,
    );
    const results = runPathQuery(weighted, newPathQuery('s', 't'));
    expect(results.paths.map((p) => p.nodes.join(' '))).toEqual(['s h t', 's a t']);
    expect(results.reasons[0]).toMatch(
      /^Best: 2 hops; strongest ties: its weakest tie weighs 5 \(of at most 9\)/,
    );
    expect(results.reasons[1]).toMatch(/weaker ties/);
    for (const reason of results.reasons) expect(reason).not.toMatch(/evidence|unrated/);
  });
});

describe('createPathResults', () => {
  it('recomputes only when the query changes, not when another result is chosen', () => {
    const results = createPathResults(graph, undefined, runPathQuery);
    const query = newPathQuery('a', 'd');
    const first = results(query);
    const chosen = results({ ...query, chosen: 2 });
    expect(chosen?.paths).toBe(first?.paths);
    expect(chosenPath(chosen)?.edges).toEqual(new Set(['ae', 'ef', 'fd']));
    expect(results({ ...query, k: 1 })?.paths).toHaveLength(1);
    // A perspective is part of the question: another one recomputes.
    const byNews = results(query, new Set(['news']));
    expect(byNews?.paths).not.toBe(first?.paths);
    expect(byNews?.by).toEqual(['news']);
    expect(results(null)).toBeNull();
  });

  it('answers null until the engine has loaded, then says so once and answers', async () => {
    let ready: () => void = () => undefined;
    const loaded = new Promise<void>((resolve) => (ready = resolve));
    let calls = 0;
    const results = createPathResults(graph, () => {
      calls++;
      ready();
    });
    const query = newPathQuery('a', 'd');
    expect(results(query)).toBeNull();
    expect(results(query)).toBeNull();
    await loaded;
    expect(calls).toBe(1);
    expect(results(query)?.paths.length).toBeGreaterThan(0);
  });
});
