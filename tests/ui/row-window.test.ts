import { describe, expect, it } from 'vitest';
import { offsetToShow, rowWindow } from '../../src/ui/row-window';

describe('rowWindow', () => {
  it('draws nothing for an empty table or a row height that is not positive', () => {
    expect(rowWindow(0, 500, 30, 0, 10)).toEqual({ first: 0, end: 0 });
    expect(rowWindow(0, 500, 0, 1000, 10)).toEqual({ first: 0, end: 0 });
    expect(rowWindow(0, 500, Number.NaN, 1000, 10)).toEqual({ first: 0, end: 0 });
  });

  it('draws the rows in view and a margin on each side', () => {
    // 30 px rows, 300 px in view from 3000 px: rows 100–109 are in view.
    expect(rowWindow(3000, 300, 30, 100_000, 5)).toEqual({ first: 95, end: 115 });
  });

  it('stays within the table at either end', () => {
    expect(rowWindow(0, 300, 30, 100_000, 5)).toEqual({ first: 0, end: 15 });
    expect(rowWindow(-50, 300, 30, 100_000, 5)).toEqual({ first: 0, end: 15 });
    expect(rowWindow(30 * 99_990, 300, 30, 100_000, 5)).toEqual({ first: 99_985, end: 100_000 });
    // Scrolled past the end (the table shrank under a filter): an empty window, not a negative one.
    expect(rowWindow(1e9, 300, 30, 20, 5)).toEqual({ first: 20, end: 20 });
    expect(rowWindow(0, 300, 30, 4, 5)).toEqual({ first: 0, end: 4 });
  });
});

describe('offsetToShow', () => {
  it('keeps the offset when the row is in view', () => {
    expect(offsetToShow(10, 270, 300, 30)).toBe(270);
  });

  it('scrolls up to a row above the view and down to one below it', () => {
    expect(offsetToShow(2, 270, 300, 30)).toBe(60);
    // Row 40 spans 1200–1230: the view must end at 1230.
    expect(offsetToShow(40, 270, 300, 30)).toBe(930);
  });
});
