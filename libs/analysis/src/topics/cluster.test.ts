import { describe, expect, it } from 'vitest';
import { chainPhrases, groupKeywords } from './cluster';

describe('chainPhrases', () => {
  it('chains overlapping bigrams into phrases', () => {
    expect(chainPhrases(['押金', '安平', '平农', '农贸', '退还'])).toEqual(['押金', '安平农贸', '退还']);
  });
});

describe('groupKeywords', () => {
  it('groups keywords around the most used one they travel with, without chaining through a shared word', () => {
    const byUse = ['市场', '押金', '安平', '管理', '停水', '桃源', '孤立'];
    const links = [
      ['市场', '押金'],
      ['安平', '市场'],
      ['押金', '安平'],
      // 管理 goes with 押金 but not with the leader 市场: it must not pull 停水 in.
      ['管理', '押金'],
      ['管理', '停水'],
      ['停水', '桃源'],
    ] as const;
    expect(groupKeywords(byUse, links)).toEqual([
      ['市场', '押金', '安平'],
      ['管理', '停水'],
    ]);
  });
});
