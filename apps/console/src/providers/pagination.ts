import { MAX_PAGE_SIZE } from '@scenaro/api-contract';
import type { GetListParams, RaRecord } from 'react-admin';
import type { ApiClient } from '../api/client';
import type { ListResult } from './resource-adapter';

/** One page as every list endpoint of the API answers it. */
export interface CursorPage<T> {
  items: T[];
  nextCursor: string | null;
  /** Some endpoints also count the matches. */
  total?: number;
}

export type FetchCursorPage<T> = (
  cursor: string | undefined,
  limit: number,
) => Promise<CursorPage<T>>;

/**
 * Remembers, per list query, the cursor that opens each page: react-admin asks for page n, the
 * API wants the cursor that page n-1 ended with. A page whose cursor is unknown (a reload on
 * page 3, a jump) is reached by walking forward from the last known one.
 */
export class CursorCache {
  private readonly cursors = new Map<string, (string | null)[]>();

  constructor(private readonly maxQueries = 200) {}

  /** `cursors[i]` opens page i + 1; page 1 opens without a cursor. */
  get(key: string): (string | null)[] {
    let known = this.cursors.get(key);
    if (!known) {
      if (this.cursors.size >= this.maxQueries) {
        const oldest = this.cursors.keys().next().value;
        if (oldest !== undefined) this.cursors.delete(oldest);
      }
      known = [null];
      this.cursors.set(key, known);
    }
    return known;
  }

  clear(): void {
    this.cursors.clear();
  }
}

/** The cache the data provider uses; cleared when the current tenant changes. */
export const cursorCache = new CursorCache();

/** A stable key for one list query: same path, filters, sort and page size → same cursors. */
export function listQueryKey(path: string, params: Partial<GetListParams>): string {
  return JSON.stringify([
    path,
    params.filter ?? {},
    params.sort ?? null,
    params.pagination?.perPage ?? null,
  ]);
}

/**
 * A page after the last one (a stale page number after deletions): no rows, and a total that
 * makes react-admin go back to the last page (`pages` full pages at most).
 */
function pastTheEnd<T extends RaRecord>(
  pages: number,
  limit: number,
  wanted: number,
): ListResult<T> {
  return {
    data: [],
    total: pages * limit,
    pageInfo: { hasNextPage: false, hasPreviousPage: wanted > 1 },
  };
}

/**
 * Maps the API's cursor pagination onto react-admin's numbered pages (partial pagination with
 * `pageInfo`, and `total` when the API gives one).
 */
export async function paginate<T extends RaRecord>({
  key,
  page,
  perPage,
  fetchPage,
  cache = cursorCache,
}: {
  key: string;
  page: number;
  perPage: number;
  fetchPage: FetchCursorPage<T>;
  cache?: CursorCache;
}): Promise<ListResult<T>> {
  const limit = Math.max(1, Math.min(perPage, MAX_PAGE_SIZE));
  const known = cache.get(key);
  const wanted = Math.max(1, Math.floor(page));
  // Walk forward from the last page whose opening cursor is known.
  let index = Math.min(wanted, known.length) - 1;
  while (index < wanted - 1) {
    const cursor = known[index];
    if (index > 0 && cursor === null) {
      return pastTheEnd(index, limit, wanted);
    }
    const skipped = await fetchPage(cursor ?? undefined, limit);
    known[index + 1] = skipped.nextCursor;
    index += 1;
  }
  const cursor = known[index];
  if (index > 0 && cursor === null) return pastTheEnd(index, limit, wanted);
  const result = await fetchPage(cursor ?? undefined, limit);
  known[index + 1] = result.nextCursor;
  // On the last page the total is known (every page before it was full); saying so spares the
  // user a "1-10 of 10" under four rows.
  const total =
    typeof result.total === 'number'
      ? result.total
      : result.nextCursor === null
        ? (wanted - 1) * limit + result.items.length
        : undefined;
  return {
    data: result.items,
    ...(total === undefined ? {} : { total }),
    pageInfo: { hasNextPage: result.nextCursor !== null, hasPreviousPage: wanted > 1 },
  };
}

/** Every item of a cursor-paged list (small lists: tenants in the picker, tools…). */
export async function fetchAll<T>(fetchPage: FetchCursorPage<T>, max = 1000): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor, MAX_PAGE_SIZE);
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && items.length < max);
  return items;
}

/**
 * One react-admin list page of a cursor-paged endpoint: `GET path?limit=&cursor=&…query`.
 * `query` carries the filters the endpoint understands; `map` turns API items into records.
 */
export async function listPage<T, R extends RaRecord = T & RaRecord>(
  api: ApiClient,
  path: string,
  params: Pick<GetListParams, 'pagination' | 'filter' | 'sort'>,
  {
    query = {},
    map = (item: T) => item as unknown as R,
    cache = cursorCache,
  }: {
    query?: Record<string, string | number | boolean | undefined | null>;
    map?: (item: T) => R;
    cache?: CursorCache;
  } = {},
): Promise<ListResult<R>> {
  const { page = 1, perPage = 25 } = params.pagination ?? {};
  return paginate<R>({
    key: listQueryKey(path, { ...params, filter: { ...params.filter, ...query } }),
    page,
    perPage,
    cache,
    fetchPage: async (cursor, limit) => {
      const { data } = await api.request<CursorPage<T>>(path, {
        query: { ...query, limit, cursor },
      });
      return { ...data, items: data.items.map(map) };
    },
  });
}
