import { describe, expect, it } from 'vitest';
import { neutralizeCell } from './safe-cell';

describe('neutralizeCell', () => {
  it('turns formula-looking text into plain text', () => {
    for (const text of ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1']) expect(neutralizeCell(text)).toBe(`'${text}`);
  });
  it('leaves ordinary values alone', () => {
    expect(neutralizeCell('张三')).toBe('张三');
    expect(neutralizeCell(-5)).toBe(-5);
    expect(neutralizeCell(null)).toBeNull();
    expect(neutralizeCell(['a', 'b'])).toBe('a、b');
  });
});
