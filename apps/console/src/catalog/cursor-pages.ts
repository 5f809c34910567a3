// The API pages with opaque cursors while react-admin asks for page numbers. A CursorBook
// remembers, per list query (filters, sort, page size), the cursor that opens each page it has
// seen, so "next page" is one request; a page further ahead is reached by walking forward.

/** One page as the API answers it. */
export interface CursorPage<T> {
  items: T[];
  nextCursor: string | null;
}

/** Fetches the page that starts at `cursor` (undefined: the first page). */
export type FetchPage<T> = (cursor: string | undefined) => Promise<CursorPage<T>>;

/** The page react-admin asked for, with what partial pagination needs. */
export interface NumberedPage<T> {
  items: T[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

/** Remembers the cursors of the pages seen, per query; bounded so it cannot grow forever. */
export class CursorBook {
  private readonly queries = new Map<string, Map<number, string>>();

  constructor(private readonly maxQueries = 50) {}

  /** The cursor that opens `page` (1-based) of `query`: undefined for page 1 or when unknown. */
  cursorOf(query: string, page: number): string | undefined {
    return this.queries.get(query)?.get(page);
  }

  /** Records that `page` of `query` opens at `cursor`. */
  remember(query: string, page: number, cursor: string): void {
    let pages = this.queries.get(query);
    if (!pages) {
      if (this.queries.size >= this.maxQueries) {
        const oldest = this.queries.keys().next().value;
        if (oldest !== undefined) this.queries.delete(oldest);
      }
      pages = new Map();
      this.queries.set(query, pages);
    }
    pages.set(page, cursor);
  }

  /** The highest page at or below `page` whose start is known (page 1 always is). */
  nearestKnown(query: string, page: number): number {
    for (let candidate = page; candidate > 1; candidate -= 1) {
      if (this.cursorOf(query, candidate) !== undefined) return candidate;
    }
    return 1;
  }

  /**
   * Reads page `page` of `query`: from its remembered cursor, or by walking forward from the
   * nearest page whose cursor is known. A page past the end is empty.
   */
  async readPage<T>(
    query: string,
    page: number,
    fetchPage: FetchPage<T>,
  ): Promise<NumberedPage<T>> {
    let current = this.nearestKnown(query, Math.max(1, page));
    let result = await fetchPage(this.cursorOf(query, current));
    while (true) {
      if (result.nextCursor) this.remember(query, current + 1, result.nextCursor);
      if (current >= page) break;
      if (!result.nextCursor) {
        return { items: [], hasNextPage: false, hasPreviousPage: page > 1 };
      }
      current += 1;
      result = await fetchPage(result.nextCursor);
    }
    return {
      items: result.items,
      hasNextPage: result.nextCursor !== null,
      hasPreviousPage: page > 1,
    };
  }
}

/** A stable key for a list query: the same filters in another order are the same query. */
export function queryKey(parts: Record<string, unknown>): string {
  const sorted = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(sorted);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>)
          .filter(([, v]) => v !== undefined)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([k, v]) => [k, sorted(v)]),
      );
    }
    return value;
  };
  return JSON.stringify(sorted(parts));
}

/**
 * The total of a list once its last page is reached (earlier pages cannot know it): react-admin
 * then shows "41-43 of 43" rather than a guess.
 */
export function totalIfLast(
  page: Pick<NumberedPage<unknown>, 'items' | 'hasNextPage'>,
  pageNumber: number,
  perPage: number,
): number | undefined {
  return page.hasNextPage ? undefined : (Math.max(1, pageNumber) - 1) * perPage + page.items.length;
}
