import type { SessionDetailView, SessionListItemView, SessionView } from '@scenaro/api-contract';
import type { ApiClient } from '../api/client';
import { CursorBook, queryKey, totalIfLast } from '../catalog/cursor-pages';
import { requireTenant, tenantPath } from '../catalog/tenant-scope';
import type { ResourceAdapter } from '../providers/resource-adapter';
import { sessionDurationMs, turnCount } from './session-view';

/** A session with the figures the list shows (duration null while it runs). */
export type SessionRecord = SessionView & SessionListItemView['stats'];

/** The list's `mode` filter as the API's query parameter (anything else: every mode). */
export function sessionListQuery(filter: Record<string, unknown>): {
  mode?: 'live' | 'playground';
} {
  return filter.mode === 'live' || filter.mode === 'playground' ? { mode: filter.mode } : {};
}

/** A list row: the API lists each session with its counts, so no detail is read. */
export function listRecord({ stats, ...session }: SessionListItemView): SessionRecord {
  return { ...session, ...stats };
}

/** The same figures for one session, from its detail (the finalised summary wins). */
export function detailRecord(detail: SessionDetailView): SessionRecord {
  return {
    ...detail,
    durationMs: sessionDurationMs(detail),
    turns: turnCount(detail),
    toolCalls:
      detail.summary?.toolCalls ??
      detail.transcript.filter((entry) => entry.kind === 'tool').length,
    cartTotalCents: detail.cart.totalCents,
    currency: detail.cart.currency,
  };
}

async function readDetail(api: ApiClient, tenant: string, id: string, signal?: AbortSignal) {
  const { data } = await api.request<SessionDetailView>(
    tenantPath(tenant, `/sessions/${encodeURIComponent(id)}`),
    { signal },
  );
  return data;
}

/** The `sessions` resource (read-only): the list from the API's page, a record from its detail. */
export function createSessionsAdapter(book = new CursorBook()): ResourceAdapter<SessionRecord> {
  return {
    async getList({ api, tenantId }, params) {
      const tenant = requireTenant(tenantId);
      const limit = Math.min(100, Math.max(1, params.pagination?.perPage ?? 20));
      const filter = sessionListQuery(params.filter ?? {});
      const key = queryKey({ tenant, resource: 'sessions', limit, ...filter });
      const page = await book.readPage(key, params.pagination?.page ?? 1, async (cursor) => {
        const { data } = await api.request<{
          items: SessionListItemView[];
          nextCursor: string | null;
        }>(tenantPath(tenant, '/sessions'), {
          query: { limit, cursor, ...filter },
          signal: params.signal,
        });
        return data;
      });
      return {
        data: page.items.map(listRecord),
        total: totalIfLast(page, params.pagination?.page ?? 1, limit),
        pageInfo: { hasNextPage: page.hasNextPage, hasPreviousPage: page.hasPreviousPage },
      };
    },

    async getOne({ api, tenantId }, params) {
      const tenant = requireTenant(tenantId);
      const detail = await readDetail(api, tenant, String(params.id), params.signal);
      return { ...detail, ...detailRecord(detail) };
    },
  };
}
