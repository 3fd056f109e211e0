import { describe, expect, it } from 'vitest';
import { sourceMentions, sourceTally } from '../../src/graph/contributions';
import { smallGraph } from '../helpers/graphs';

describe('sourceMentions and sourceTally', () => {
  it('bad input: an unknown source speaks to nothing', () => {
    const g = smallGraph(['a', 'b'], [['a--develops--b', 'a', 'b']]);
    expect(sourceMentions(g, 'no-such-source')).toEqual([]);
    expect(sourceTally([])).toEqual({ cites: 0, supports: 0, contests: 0 });
  });

  it('lists what a source is cited for and what it supports or contests, by paragraph', () => {
    const g = smallGraph(
      ['a', 'b', 'c'],
      [
        ['a--develops--b', 'a', 'b'],
        ['a--develops--c', 'a', 'c'],
      ],
    );
    g.setEdgeAttribute('a--develops--b', 'corroboration', [
      { source: 'other', paragraph: 2, stance: 'partly-supports', note: 'In part.' },
    ]);
    g.setEdgeAttribute('a--develops--c', 'corroboration', [
      { source: 'other', paragraph: 4, stance: 'contests', note: 'Not so.' },
      { source: 'third', paragraph: 1, stance: 'supports', note: 'Yes.' },
    ]);
    const other = sourceMentions(g, 'other');
    expect(other).toEqual([
      { edge: 'a--develops--b', paragraph: 2, role: 'supports' },
      { edge: 'a--develops--c', paragraph: 4, role: 'contests' },
    ]);
    expect(sourceTally(other)).toEqual({ cites: 0, supports: 1, contests: 1 });
    // The fixture's own document is cited for both relations (each at ¶1).
    expect(sourceTally(sourceMentions(g, 'doc'))).toEqual({ cites: 2, supports: 0, contests: 0 });
  });
});
