import { describe, expect, it } from 'vitest';
import { CursorBook, type CursorPage, queryKey, totalIfLast } from './cursor-pages';

/** Pages of a list of `total` numbers, `size` at a time, with cursors like the API's. */
function pagedSource(total: number, size: number) {
  const calls: (string | undefined)[] = [];
  const fetchPage = async (cursor: string | undefined): Promise<CursorPage<number>> => {
    calls.push(cursor);
    const start = cursor ? Number(cursor.slice(1)) : 0;
    const items = Array.from(
      { length: Math.max(0, Math.min(size, total - start)) },
      (_, i) => start + i,
    );
    const next = start + size;
    return { items, nextCursor: next < total ? `c${next}` : null };
  };
  return { calls, fetchPage };
}

describe('CursorBook', () => {
  it('opens page 1 without a cursor and hands the next cursor to page 2', async () => {
    const book = new CursorBook();
    const source = pagedSource(5, 2);
    const first = await book.readPage('q', 1, source.fetchPage);
    expect(first).toEqual({ items: [0, 1], hasNextPage: true, hasPreviousPage: false });
    const second = await book.readPage('q', 2, source.fetchPage);
    expect(second).toEqual({ items: [2, 3], hasNextPage: true, hasPreviousPage: true });
    const third = await book.readPage('q', 3, source.fetchPage);
    expect(third).toEqual({ items: [4], hasNextPage: false, hasPreviousPage: true });
    // One request per page: each page started from the cursor the previous one gave.
    expect(source.calls).toEqual([undefined, 'c2', 'c4']);
  });

  it('walks forward from the nearest known page when asked for a page it has not seen', async () => {
    const book = new CursorBook();
    const source = pagedSource(10, 3);
    const page = await book.readPage('q', 3, source.fetchPage);
    expect(page.items).toEqual([6, 7, 8]);
    expect(source.calls).toEqual([undefined, 'c3', 'c6']);
    // Going back to page 2 reuses its remembered cursor.
    await book.readPage('q', 2, source.fetchPage);
    expect(source.calls.at(-1)).toBe('c3');
  });

  it('answers an empty last page past the end instead of repeating the last one', async () => {
    const book = new CursorBook();
    const source = pagedSource(3, 2);
    expect(await book.readPage('q', 4, source.fetchPage)).toEqual({
      items: [],
      hasNextPage: false,
      hasPreviousPage: true,
    });
  });

  it('keeps the cursors of different queries apart', async () => {
    const book = new CursorBook();
    await book.readPage('a', 1, pagedSource(4, 2).fetchPage);
    const other = pagedSource(4, 2);
    await book.readPage('b', 2, other.fetchPage);
    expect(other.calls).toEqual([undefined, 'c2']);
    expect(book.cursorOf('a', 2)).toBe('c2');
    expect(book.cursorOf('b', 3)).toBeUndefined();
  });

  it('forgets the oldest query beyond its bound', () => {
    const book = new CursorBook(2);
    book.remember('a', 2, 'x');
    book.remember('b', 2, 'y');
    book.remember('c', 2, 'z');
    expect(book.cursorOf('a', 2)).toBeUndefined();
    expect(book.cursorOf('c', 2)).toBe('z');
  });
});

describe('queryKey', () => {
  it('is the same for the same filters in another order, and differs when a filter differs', () => {
    expect(queryKey({ b: 1, a: { y: 2, x: 1 } })).toBe(queryKey({ a: { x: 1, y: 2 }, b: 1 }));
    expect(queryKey({ a: 1, skip: undefined })).toBe(queryKey({ a: 1 }));
    expect(queryKey({ a: 1 })).not.toBe(queryKey({ a: 2 }));
  });
});

describe('totalIfLast', () => {
  it('counts the rows before the last page plus its own, and knows nothing before it', () => {
    expect(totalIfLast({ items: [1, 2, 3], hasNextPage: false }, 3, 20)).toBe(43);
    expect(totalIfLast({ items: [], hasNextPage: false }, 1, 20)).toBe(0);
    expect(totalIfLast({ items: [1], hasNextPage: true }, 1, 20)).toBeUndefined();
  });
});
