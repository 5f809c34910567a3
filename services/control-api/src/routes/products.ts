import {
  facetsResponseSchema,
  productBatchBodySchema,
  productBatchResponseSchema,
  productCreateBodySchema,
  productParamsSchema,
  productReplaceBodySchema,
  productSchema,
  productSearchQuerySchema,
  productSearchResponseSchema,
  tenantParamsSchema,
} from '@scenaro/api-contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../deps.js';
import { deleteProduct } from '../domain/catalog/delete-product.js';
import { getProduct } from '../domain/catalog/get-product.js';
import { productFacets } from '../domain/catalog/product-facets.js';
import { readSearchQuery } from '../domain/catalog/read-search-query.js';
import { saveProduct } from '../domain/catalog/save-product.js';
import { searchProducts } from '../domain/catalog/search-products.js';
import { tenantCatalog } from '../domain/catalog/tenant-catalog.js';
import { upsertProducts } from '../domain/catalog/upsert-products.js';

const BASE = '/v1/tenants/:tenantId/products';

/** The tenant's catalogue: search, facets, and product writes checked against its orientation. */
export function productRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      BASE,
      {
        schema: {
          tags: ['products'],
          summary: 'Search the catalogue (French full text, filters attr.<key>=…, price, stock)',
          params: tenantParamsSchema,
          querystring: productSearchQuerySchema,
          response: { 200: productSearchResponseSchema },
        },
      },
      async (request) => {
        const { tenantId } = request.params;
        return searchProducts({
          db,
          tenantId,
          orientation: await tenantCatalog({ db, tenantId }),
          search: readSearchQuery(request.query),
        });
      },
    );

    app.get(
      `${BASE}/facets`,
      {
        schema: {
          tags: ['products'],
          summary: 'Counts per facet attribute value and price band, in-stock products only',
          params: tenantParamsSchema,
          response: { 200: facetsResponseSchema },
        },
      },
      async (request) => {
        const { tenantId } = request.params;
        return productFacets({ db, tenantId, orientation: await tenantCatalog({ db, tenantId }) });
      },
    );

    app.post(
      BASE,
      {
        schema: {
          tags: ['products'],
          summary: 'Create a product (409 if its sku exists)',
          params: tenantParamsSchema,
          body: productCreateBodySchema,
          response: { 201: productSchema },
        },
      },
      async (request, reply) => {
        const { tenantId } = request.params;
        const { product } = await saveProduct({
          db,
          tenantId,
          orientation: await tenantCatalog({ db, tenantId }),
          input: request.body,
          mode: 'create',
        });
        return reply.code(201).send(product);
      },
    );

    app.post(
      `${BASE}/batch`,
      {
        schema: {
          tags: ['products'],
          summary: 'Create or update up to 1000 products by sku, all or nothing',
          params: tenantParamsSchema,
          body: productBatchBodySchema,
          response: { 200: productBatchResponseSchema },
        },
      },
      async (request) => {
        const { tenantId } = request.params;
        const orientation = await tenantCatalog({ db, tenantId });
        return db.$transaction(
          (tx) =>
            upsertProducts({ db: tx, tenantId, orientation, products: request.body.products }),
          { timeout: 30_000 },
        );
      },
    );

    app.get(
      `${BASE}/:sku`,
      {
        schema: {
          tags: ['products'],
          summary: 'Get a product by sku (or id)',
          params: productParamsSchema,
          response: { 200: productSchema },
        },
      },
      async (request) =>
        getProduct({ db, tenantId: request.params.tenantId, idOrSku: request.params.sku }),
    );

    app.put(
      `${BASE}/:sku`,
      {
        schema: {
          tags: ['products'],
          summary: 'Create or replace the product with this sku',
          params: productParamsSchema,
          body: productReplaceBodySchema,
          response: { 200: productSchema, 201: productSchema },
        },
      },
      async (request, reply) => {
        const { tenantId, sku } = request.params;
        const { product, created } = await saveProduct({
          db,
          tenantId,
          orientation: await tenantCatalog({ db, tenantId }),
          input: request.body,
          mode: 'replace',
          sku,
        });
        return reply.code(created ? 201 : 200).send(product);
      },
    );

    app.delete(
      `${BASE}/:sku`,
      {
        schema: {
          tags: ['products'],
          summary: 'Delete a product by sku (or id)',
          params: productParamsSchema,
          response: { 204: z.null().describe('Deleted') },
        },
      },
      async (request, reply) => {
        await deleteProduct({ db, tenantId: request.params.tenantId, idOrSku: request.params.sku });
        return reply.code(204).send(null);
      },
    );
  };
}
