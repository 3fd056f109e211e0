import { describe, expect, it } from 'vitest';
import { foldText, lineColumn } from '../../src/model/text';

describe('foldText', () => {
  it('folds empty and blank text to ""', () => {
    expect(foldText('')).toBe('');
    expect(foldText(' \t\n ')).toBe('');
  });
  it('ignores case, accents, width, curly quotes, dashes and extra spaces; keeps native scripts', () => {
    expect(foldText('  HUAWÉI  Technologies ')).toBe('huawei technologies');
    expect(foldText('ＨＵＡＷＥＩ')).toBe('huawei');
    expect(foldText('Huawei’s')).toBe("huawei's");
    expect(foldText('U.S.–China')).toBe('u.s.-china');
    expect(foldText('华为')).toBe('华为');
  });
});

describe('lineColumn', () => {
  it('clamps offsets past the end', () => {
    expect(lineColumn('ab', 99)).toEqual({ line: 1, column: 100 });
  });
  it('counts lines and columns from 1', () => {
    expect(lineColumn('ab\ncd\nef', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd\nef', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('ab\ncd\nef', 6)).toEqual({ line: 3, column: 1 });
  });
});
