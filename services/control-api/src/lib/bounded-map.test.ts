import { describe, expect, it } from 'vitest';
import { setBounded } from './bounded-map.js';

describe('setBounded', () => {
  it('keeps at most max entries, dropping the oldest insertion', () => {
    const cache = new Map<string, number>();
    for (const [i, key] of ['a', 'b', 'c', 'd'].entries()) setBounded(cache, key, i, 3);
    expect([...cache.entries()]).toEqual([
      ['b', 1],
      ['c', 2],
      ['d', 3],
    ]);
  });

  it('replaces a key it holds without dropping another', () => {
    const cache = new Map([
      ['a', 1],
      ['b', 2],
    ]);
    setBounded(cache, 'a', 10, 2);
    expect(Object.fromEntries(cache)).toEqual({ a: 10, b: 2 });
  });
});
