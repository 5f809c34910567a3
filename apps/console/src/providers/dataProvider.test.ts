import { describe, expect, it } from 'vitest';
import { ApiError, createApiClient } from '../api/client';
import { createDataProvider } from './dataProvider';
import { CursorCache, listPage } from './pagination';
import type { ResourceAdapters } from './resource-adapter';

// The data provider's mapping, over a fetch double standing in for the API: cursor pages onto
// react-admin pages, and API errors onto what forms and notifications show.

interface Call {
  url: URL;
  init: RequestInit;
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

/** A fetch double answering a fixed list of 7 items in cursor pages (cursor = next index). */
function pagedApi(items = ['a', 'b', 'c', 'd', 'e', 'f', 'g']) {
  const calls: Call[] = [];
  const fetchImpl = (async (input: URL | RequestInfo, init: RequestInit = {}) => {
    const url = new URL(String(input));
    calls.push({ url, init });
    const start = Number(url.searchParams.get('cursor') ?? 0);
    const limit = Number(url.searchParams.get('limit'));
    const page = items.slice(start, start + limit).map((id) => ({ id, name: id.toUpperCase() }));
    const next = start + limit < items.length ? String(start + limit) : null;
    return json(200, { items: page, nextCursor: next });
  }) as typeof fetch;
  const api = createApiClient({ baseUrl: 'http://api.test', getToken: () => 'tok', fetchImpl });
  return { api, calls };
}

function failingApi(response: () => Response | Promise<Response>) {
  const fetchImpl = (async () => response()) as typeof fetch;
  return createApiClient({ baseUrl: 'http://api.test', getToken: () => null, fetchImpl });
}

const things: ResourceAdapters = {
  things: {
    getList: ({ api }, params) => listPage(api, '/v1/things', params),
    create: async ({ api }, { data }) =>
      (await api.request<{ id: string }>('/v1/things', { method: 'POST', body: data })).data,
  },
};

describe('cursor pagination', () => {
  it('walks pages forward with the cursor each page ended with', async () => {
    const { api, calls } = pagedApi();
    const cache = new CursorCache();
    const params = (page: number) => ({
      pagination: { page, perPage: 3 },
      sort: { field: 'id', order: 'ASC' as const },
      filter: {},
    });
    const first = await listPage(api, '/v1/things', params(1), { cache });
    expect(first.data.map((item) => item.id)).toEqual(['a', 'b', 'c']);
    expect(first.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false });
    expect(first.total).toBeUndefined();
    const second = await listPage(api, '/v1/things', params(2), { cache });
    expect(second.data.map((item) => item.id)).toEqual(['d', 'e', 'f']);
    const third = await listPage(api, '/v1/things', params(3), { cache });
    expect(third.data.map((item) => item.id)).toEqual(['g']);
    expect(third.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
    // The last page tells the total: two full pages and one item.
    expect(third.total).toBe(7);
    expect(second.total).toBeUndefined();
    expect(calls.map((call) => call.url.searchParams.get('cursor'))).toEqual([null, '3', '6']);
    expect(calls.every((call) => call.url.searchParams.get('limit') === '3')).toBe(true);
    // Back to page 2: its cursor is remembered, one request.
    await listPage(api, '/v1/things', params(2), { cache });
    expect(calls.at(-1)?.url.searchParams.get('cursor')).toBe('3');
    expect(calls).toHaveLength(4);
  });

  it('reaches a page whose cursor is unknown (a reload on page 3) by walking from the start', async () => {
    const { api, calls } = pagedApi();
    const cache = new CursorCache();
    const page = await listPage(
      api,
      '/v1/things',
      { pagination: { page: 3, perPage: 2 }, filter: {}, sort: { field: 'id', order: 'ASC' } },
      { cache },
    );
    expect(page.data.map((item) => item.id)).toEqual(['e', 'f']);
    expect(page.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true });
    expect(calls.map((call) => call.url.searchParams.get('cursor'))).toEqual([null, '2', '4']);
  });

  it('answers an empty last page past the end instead of looping', async () => {
    const { api, calls } = pagedApi(['a', 'b']);
    const cache = new CursorCache();
    const page = await listPage(
      api,
      '/v1/things',
      { pagination: { page: 4, perPage: 2 }, filter: {}, sort: { field: 'id', order: 'ASC' } },
      { cache },
    );
    expect(page.data).toEqual([]);
    expect(page.pageInfo?.hasNextPage).toBe(false);
    // Enough for react-admin to send the user back to page 1, the last one.
    expect(page.total).toBe(2);
    expect(calls).toHaveLength(1);
  });

  it('keeps separate cursors per filter, and sends filters and the capped limit', async () => {
    const { api, calls } = pagedApi();
    const cache = new CursorCache();
    const base = {
      pagination: { page: 1, perPage: 500 },
      sort: { field: 'id', order: 'ASC' as const },
    };
    await listPage(
      api,
      '/v1/things',
      { ...base, filter: { q: 'x' } },
      { cache, query: { q: 'x' } },
    );
    await listPage(api, '/v1/things', { ...base, filter: {} }, { cache });
    expect(calls[0]?.url.searchParams.get('q')).toBe('x');
    expect(calls[0]?.url.searchParams.get('limit')).toBe('100');
    expect(calls[1]?.url.searchParams.has('q')).toBe(false);
    expect(calls[1]?.init.headers).toMatchObject({ authorization: 'Bearer tok' });
  });

  it('passes the total through when the API counts', async () => {
    const fetchImpl = (async () =>
      json(200, { items: [{ id: 'a' }], nextCursor: 'next', total: 40 })) as typeof fetch;
    const api = createApiClient({ baseUrl: 'http://api.test', getToken: () => null, fetchImpl });
    const provider = createDataProvider({ api, adapters: things, getTenantId: () => 't1' });
    const result = await provider.getList('things', {
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'id', order: 'ASC' },
      filter: { total: true },
    });
    expect(result.total).toBe(40);
    expect(result.pageInfo?.hasNextPage).toBe(true);
  });
});

describe('error mapping', () => {
  const listParams = {
    pagination: { page: 1, perPage: 10 },
    sort: { field: 'id', order: 'ASC' as const },
    filter: {},
  };

  async function failure(
    status: number,
    body: unknown,
    operation: 'getList' | 'create' = 'create',
  ) {
    const api = failingApi(() => json(status, body));
    const provider = createDataProvider({ api, adapters: things, getTenantId: () => 't1' });
    const call =
      operation === 'create'
        ? provider.create('things', { data: { name: '' } })
        : provider.getList('things', listParams);
    return call.then(
      () => expect.fail('should have failed'),
      (error: ApiError) => error,
    );
  }

  it('puts a 400 validation detail at its form field and keeps the whole list readable', async () => {
    const error = await failure(400, {
      error: {
        code: 'invalid_request',
        message: 'The request is not valid.',
        details: [
          { path: 'body.name', message: 'must not be empty' },
          { path: 'body.variables.shop_name', message: 'is required' },
          { path: 'body.name', message: 'second message' },
          { path: 'querystring.limit', message: 'too big' },
        ],
      },
    });
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.code).toBe('invalid_request');
    expect(error.message).toBe('The request is not valid.');
    const errors = (error.body as { errors: Record<string, unknown> }).errors;
    expect(errors.name).toBe('must not be empty');
    expect(errors.variables).toEqual({ shop_name: 'is required' });
    expect(errors.querystring).toBeUndefined();
    expect(errors.root).toEqual({
      serverError: expect.stringContaining('body.variables.shop_name: is required'),
    });
  });

  it('maps a 422 with domain paths (no `body.` prefix) too', async () => {
    const error = await failure(422, {
      error: {
        code: 'invalid_variables',
        message: 'Variables are not valid.',
        details: [{ path: 'variables.phone', message: 'is not a phone number' }],
      },
    });
    expect((error.body as { errors: Record<string, unknown> }).errors.variables).toEqual({
      phone: 'is not a phone number',
    });
  });

  it('says "signed out" on a 401 (the auth provider then sends the user to the login page)', async () => {
    const error = await failure(
      401,
      { error: { code: 'unauthenticated', message: 'Missing key.' } },
      'getList',
    );
    expect(error.status).toBe(401);
    expect(error.message).toBe('scenaro.auth.expired');
  });

  it('says the role does not allow it on a 403, keeping the code', async () => {
    const error = await failure(403, { error: { code: 'forbidden', message: 'Viewer.' } });
    expect(error.status).toBe(403);
    expect(error.code).toBe('forbidden');
    expect(error.message).toBe('scenaro.errors.forbidden');
    expect((error.body as { errors?: unknown }).errors).toBeUndefined();
  });

  it("keeps the API's own message on 404 and 409", async () => {
    const notFound = await failure(
      404,
      { error: { code: 'tenant_not_found', message: 'No tenant t1 is visible to this key.' } },
      'getList',
    );
    expect(notFound.message).toBe('No tenant t1 is visible to this key.');
    expect(notFound.code).toBe('tenant_not_found');
    const conflict = await failure(409, {
      error: { code: 'conflict', message: 'An user with this email exists.' },
    });
    expect(conflict.status).toBe(409);
    expect(conflict.message).toBe('An user with this email exists.');
  });

  it('gives a generic message for a 5xx, whatever its body', async () => {
    const error = await failure(500, { error: { code: 'internal_error', message: 'x' } });
    expect(error.status).toBe(500);
    expect(error.message).toBe('scenaro.errors.server');
    const html = failingApi(() => new Response('<html>Bad gateway</html>', { status: 502 }));
    const provider = createDataProvider({ api: html, adapters: things, getTenantId: () => null });
    const gateway = await provider.getList('things', listParams).catch((e: ApiError) => e);
    expect((gateway as ApiError).status).toBe(502);
    expect((gateway as ApiError).message).toBe('scenaro.errors.server');
  });

  it('says the API is unreachable (status 0) when fetch itself fails', async () => {
    const api = failingApi(() => {
      throw new TypeError('fetch failed');
    });
    const provider = createDataProvider({ api, adapters: things, getTenantId: () => 't1' });
    const error = (await provider.getList('things', listParams).catch((e) => e)) as ApiError;
    expect(error.status).toBe(0);
    expect(error.code).toBe('unreachable');
    expect(error.message).toBe('scenaro.errors.unreachable');
  });

  it('refuses clearly an operation the resource does not support, or an unknown resource', async () => {
    const { api, calls } = pagedApi();
    const provider = createDataProvider({ api, adapters: things, getTenantId: () => 't1' });
    const update = (await provider
      .update('things', { id: 'a', data: {}, previousData: { id: 'a' } })
      .catch((e) => e)) as ApiError;
    expect(update.code).toBe('not_supported');
    expect(update.details).toEqual([{ path: 'things', message: 'update is not supported' }]);
    const unknown = (await provider.getOne('nothing', { id: 1 }).catch((e) => e)) as ApiError;
    expect(unknown.code).toBe('not_supported');
    expect(calls).toHaveLength(0);
  });

  it('turns a synchronous adapter failure (no tenant chosen) into a rejected promise', async () => {
    const { api } = pagedApi();
    const adapters: ResourceAdapters = {
      scoped: {
        getList: ({ tenantId }) => {
          if (!tenantId) throw new ApiError(400, 'no_tenant', 'scenaro.errors.no_tenant');
          return Promise.resolve({ data: [] });
        },
      },
    };
    const provider = createDataProvider({ api, adapters, getTenantId: () => null });
    await expect(provider.getList('scoped', listParams)).rejects.toMatchObject({
      code: 'no_tenant',
    });
  });
});
