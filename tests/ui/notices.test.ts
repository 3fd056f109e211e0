import { describe, expect, it } from 'vitest';
import { MAX_VISIBLE_NOTICES, sameNotice, visibleNotices } from '../../src/ui/panels/notices';

describe('visibleNotices', () => {
  it('shows nothing when there is nothing, or no room', () => {
    expect(visibleNotices([])).toEqual([]);
    expect(visibleNotices(['a', 'b'], 0)).toEqual([false, false]);
    expect(visibleNotices(['a'], -1)).toEqual([false]);
  });

  it('shows at most two at once: the newest', () => {
    expect(MAX_VISIBLE_NOTICES).toBe(2);
    expect(visibleNotices(['a'])).toEqual([true]);
    expect(visibleNotices(['a', 'b', 'c', 'd'])).toEqual([false, false, true, true]);
  });
});

describe('sameNotice', () => {
  it('finds no earlier notice in an empty list or for a new text', () => {
    expect(sameNotice([], 'x')).toBe(-1);
    expect(sameNotice(['a', 'b'], 'c')).toBe(-1);
  });

  it('finds the notice a repeated text replaces', () => {
    expect(sameNotice(['a', 'b'], 'a')).toBe(0);
  });
});
