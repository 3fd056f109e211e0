import { describe, expect, it } from 'vitest';
import {
  foldsFor,
  OPEN,
  parseFolds,
  serializeFolds,
  sideForKey,
  WIDE_START,
  withFold,
  type FoldPrefs,
} from '../../src/ui/columns';

describe('parseFolds (stored folds are outside data)', () => {
  it('reads back what serializeFolds wrote', () => {
    for (const folds of [
      OPEN,
      WIDE_START,
      { left: true, right: false },
      { left: false, right: true },
    ])
      expect(parseFolds(serializeFolds(folds))).toEqual(folds);
  });

  it('treats an absent, broken or foreign value as open', () => {
    for (const raw of [null, '', '{', 'null', '42', '"left"', '[true,true]', '{"left":"yes"}'])
      expect(parseFolds(raw)).toEqual(OPEN);
  });

  it('folds only what is stored as true, and ignores anything else in the value', () => {
    expect(parseFolds('{"left":true,"right":1,"extra":true}')).toEqual({
      left: true,
      right: false,
    });
  });
});

describe('folds per view', () => {
  const prefs: FoldPrefs = { graph: OPEN, wide: WIDE_START };

  it('the wide views start with both columns folded, the graph view with the reader’s choice', () => {
    expect(foldsFor(prefs, 'graph')).toEqual(OPEN);
    for (const view of ['table', 'sources', 'perspectives'] as const)
      expect(foldsFor(prefs, view)).toEqual(WIDE_START);
  });

  it('a fold in a wide view leaves the graph view’s choice alone, and the other way round', () => {
    const wide = withFold(prefs, 'table', 'right', false);
    expect(wide.graph).toEqual(OPEN);
    expect(foldsFor(wide, 'sources')).toEqual({ left: true, right: false });
    const graph = withFold(prefs, 'graph', 'left', true);
    expect(graph.graph).toEqual({ left: true, right: false });
    expect(graph.wide).toEqual(WIDE_START);
  });
});

describe('sideForKey', () => {
  it('maps [ to the legend and ] to the path finder and details, nothing else', () => {
    expect(sideForKey('[')).toBe('left');
    expect(sideForKey(']')).toBe('right');
    for (const key of ['{', '}', '/', 'Escape', 'l', '']) expect(sideForKey(key)).toBeNull();
  });
});
