import { describe, expect, it } from 'vitest';
import { type ApiClient, ApiError, createApiClient, type RequestOptions } from '../api/client';
import { CursorBook } from './cursor-pages';
import { createProductsAdapter } from './products-adapter';

interface Recorded {
  path: string;
  options: RequestOptions;
}

/** An ApiClient answering from a table of handlers, recording what the adapter asked. */
function recordingApi(handler: (path: string, options: RequestOptions) => unknown) {
  const calls: Recorded[] = [];
  const api: ApiClient = {
    baseUrl: 'http://api.test',
    async request<T>(path: string, options: RequestOptions = {}) {
      calls.push({ path, options });
      const data = handler(path, options);
      if (data instanceof Error) throw data;
      return { status: 200, headers: new Headers(), data: data as T };
    },
    fetch: async () => {
      throw new Error('not used');
    },
  };
  return { api, calls };
}

const hit = (sku: string, priceCents: number) => ({
  id: `prd_${sku}`,
  sku,
  name: `Produit ${sku}`,
  priceCents,
  currency: 'EUR',
  stock: 3,
  attributes: { color: 'rouge' },
  score: null,
});

const declaration = {
  items: [{ slug: 'caviste', name: 'Caviste', currentVersion: 1, hasUnpublishedChanges: false }],
};
const orientation = {
  draft: {
    catalog: {
      itemName: { singular: 'vin', plural: 'vins' },
      currency: 'EUR',
      attributes: [
        {
          key: 'vintage',
          label: 'Millésime',
          type: 'integer',
          values: null,
          min: 1900,
          max: 2100,
          required: false,
          filterable: true,
          facet: false,
          searchable: false,
        },
      ],
    },
  },
};

describe('products adapter: list', () => {
  it('sends filters as the API query and hands the next cursor to the following page', async () => {
    const { api, calls } = recordingApi((_path, options) =>
      options.query?.cursor === 'next-1'
        ? { items: [hit('B', 900)], nextCursor: null, interpreted: {} }
        : { items: [hit('A', 1250)], nextCursor: 'next-1', interpreted: {} },
    );
    const adapter = createProductsAdapter(new CursorBook());
    const context = { api, tenantId: 'ten_1' };
    const params = {
      filter: { q: 'rouge', priceMax: '20', 'attr.color': 'rouge', 'attr.vintageMin': 2015 },
      sort: { field: 'priceCents', order: 'DESC' as const },
      pagination: { page: 1, perPage: 1 },
    };
    const first = await adapter.getList?.(context, params);
    expect(calls[0]?.path).toBe('/v1/tenants/ten_1/products');
    expect(calls[0]?.options.query).toEqual({
      limit: 1,
      sort: 'price_desc',
      q: 'rouge',
      priceMax: 2000,
      'attr.color': 'rouge',
      'attr.vintageMin': '2015',
      cursor: undefined,
    });
    expect(first?.data).toEqual([
      expect.objectContaining({ id: 'A', productId: 'prd_A', price: 12.5, priceCents: 1250 }),
    ]);
    expect(first?.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false });

    const second = await adapter.getList?.(context, {
      ...params,
      pagination: { page: 2, perPage: 1 },
    });
    expect(calls[1]?.options.query?.cursor).toBe('next-1');
    expect(second?.data.map((record) => record.id)).toEqual(['B']);
    expect(second?.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
    // The last page knows the total; earlier ones do not.
    expect(first?.total).toBeUndefined();
    expect(second?.total).toBe(2);
  });

  it('starts again from page 1 when a filter changes (cursors belong to one query)', async () => {
    const { api, calls } = recordingApi(() => ({ items: [], nextCursor: 'x', interpreted: {} }));
    const adapter = createProductsAdapter(new CursorBook());
    const context = { api, tenantId: 'ten_1' };
    await adapter.getList?.(context, {
      filter: {},
      pagination: { page: 1, perPage: 5 },
      sort: { field: 'relevance', order: 'ASC' },
    });
    await adapter.getList?.(context, {
      filter: { q: 'blanc' },
      pagination: { page: 2, perPage: 5 },
      sort: { field: 'relevance', order: 'ASC' },
    });
    // Page 2 of the new query is reached through its own page 1.
    expect(calls.slice(1).map((call) => call.options.query?.cursor)).toEqual([undefined, 'x']);
  });

  it('refuses to run without a tenant', async () => {
    const { api } = recordingApi(() => ({}));
    await expect(
      createProductsAdapter().getList?.(
        { api, tenantId: null },
        {
          filter: {},
          pagination: { page: 1, perPage: 5 },
          sort: { field: 'relevance', order: 'ASC' },
        },
      ),
    ).rejects.toMatchObject({ code: 'no_tenant' });
  });
});

describe('products adapter: writes', () => {
  it('sends the form as a product body (euros → cents, typed attributes) to PUT …/products/{sku}', async () => {
    const { api, calls } = recordingApi((path) => {
      if (path.endsWith('/orientations')) return declaration;
      if (path.endsWith('/orientations/caviste')) return orientation;
      return { ...hit('A-1', 1590), description: '', tags: [], createdAt: '', updatedAt: '' };
    });
    const adapter = createProductsAdapter();
    const saved = await adapter.update?.(
      { api, tenantId: 'ten_1' },
      {
        id: 'A-1',
        data: {
          sku: 'A-1',
          name: ' Chinon ',
          price: '15,90',
          stock: '4',
          tags: ['loire'],
          attributes: { vintage: '2019', unknown: 'x' },
        },
        previousData: { id: 'A-1' },
      },
    );
    const put = calls.find((call) => call.options.method === 'PUT');
    expect(put?.path).toBe('/v1/tenants/ten_1/products/A-1');
    expect(put?.options.body).toEqual({
      name: 'Chinon',
      description: '',
      priceCents: 1590,
      stock: 4,
      tags: ['loire'],
      attributes: { vintage: 2019 },
    });
    expect(saved?.price).toBe(15.9);
  });

  it("puts the API's 422 details on the form fields (priceCents → price, attributes.x as is)", async () => {
    // The real client turns the API's error body into an ApiError.
    const api = createApiClient({
      baseUrl: 'http://api.test',
      getToken: () => 'token',
      fetchImpl: async (input) => {
        const url = String(input);
        if (url.endsWith('/orientations')) return Response.json(declaration);
        if (url.endsWith('/orientations/caviste')) return Response.json(orientation);
        return Response.json(
          {
            error: {
              code: 'validation_failed',
              message: 'The product is not valid.',
              details: [
                { path: 'priceCents', message: 'must be an integer' },
                { path: 'attributes.vintage', message: 'must be at most 2100' },
                { path: 'attributes.vintage', message: 'second problem, same field' },
                { path: '', message: 'something about the whole product' },
              ],
            },
          },
          { status: 422 },
        );
      },
    });
    const error = await createProductsAdapter()
      .create?.({ api, tenantId: 'ten_1' }, { data: { sku: 'A', name: 'A', price: 'x' } })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(422);
    expect((error as ApiError).body.errors).toEqual({
      price: 'must be an integer',
      'attributes.vintage': 'must be at most 2100',
      root: {
        serverError:
          'attributes.vintage: second problem, same field · something about the whole product',
      },
    });
  });

  it('keeps a 403 as it is (no field errors: the page shows the API message)', async () => {
    const forbidden = new ApiError(403, 'forbidden', 'Viewers cannot change the catalogue.');
    const { api } = recordingApi((path) =>
      path.includes('/orientations')
        ? path.endsWith('caviste')
          ? orientation
          : declaration
        : forbidden,
    );
    const error = await createProductsAdapter()
      .delete?.({ api, tenantId: 'ten_1' }, { id: 'A' })
      .catch((caught: unknown) => caught);
    expect(error).toBe(forbidden);
    expect((forbidden.body as { errors?: unknown }).errors).toBeUndefined();
  });
});
