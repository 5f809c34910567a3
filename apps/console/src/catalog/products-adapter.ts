import {
  type FacetsView,
  facetsResponseSchema,
  type OrientationDetail,
  type OrientationSummary,
  type ProductSearchResult,
  type ProductView,
} from '@scenaro/api-contract';
import type { CatalogAttribute } from '@scenaro/orientation';
import type { AdapterContext, ResourceAdapter } from '../providers/resource-adapter';
import { attributeFields } from './attribute-fields';
import { CursorBook, queryKey, totalIfLast } from './cursor-pages';
import { withFieldErrors } from './form-errors';
import { productSearchQuery } from './product-query';
import {
  PRODUCT_ERROR_OPTIONS,
  type ProductRecord,
  productBody,
  productRecord,
} from './product-records';
import { requireTenant, tenantPath } from './tenant-scope';

/** What the console needs of the catalogue declaration of the tenant's primary orientation. */
export interface CatalogDeclaration {
  /** The tenant id: one declaration per tenant. */
  id: string;
  /** The orientation it comes from; null when the tenant has none (products without attributes). */
  orientation: string | null;
  itemName: { singular: string; plural: string };
  currency: string;
  attributes: CatalogAttribute[];
}

const NO_DECLARATION = {
  orientation: null,
  itemName: { singular: 'produit', plural: 'produits' },
  currency: 'EUR',
  attributes: [],
};

/**
 * The tenant's catalogue declaration, read where the API reads it: the draft of the tenant's
 * primary orientation. The orientation list has no creation date, so a tenant with several
 * orientations uses the first listed (the API takes its oldest; see the report).
 */
export async function fetchCatalogDeclaration({
  api,
  tenantId,
}: AdapterContext): Promise<CatalogDeclaration> {
  const tenant = requireTenant(tenantId);
  const { data: list } = await api.request<{ items: OrientationSummary[] }>(
    tenantPath(tenant, '/orientations'),
  );
  const first = list.items[0];
  if (!first) return { id: tenant, ...NO_DECLARATION };
  const { data } = await api.request<OrientationDetail>(
    tenantPath(tenant, `/orientations/${encodeURIComponent(first.slug)}`),
  );
  const catalog = (data.draft as { catalog?: Partial<CatalogDeclaration> }).catalog ?? {};
  return {
    id: tenant,
    orientation: first.slug,
    itemName: catalog.itemName ?? NO_DECLARATION.itemName,
    currency: catalog.currency ?? NO_DECLARATION.currency,
    attributes: catalog.attributes ?? [],
  };
}

/** Adapter of the `catalog-declarations` pseudo-resource (getOne by tenant id). */
export const catalogDeclarationsAdapter: ResourceAdapter = {
  async getOne(context) {
    return fetchCatalogDeclaration(context);
  },
};

/** Adapter of the `product-facets` pseudo-resource (getOne by tenant id). */
export const productFacetsAdapter: ResourceAdapter = {
  async getOne({ api, tenantId }) {
    const tenant = requireTenant(tenantId);
    const { data } = await api.request<FacetsView>(tenantPath(tenant, '/products/facets'));
    return { id: tenant, ...facetsResponseSchema.parse(data) };
  },
};

const productPath = (tenantId: string, sku: unknown) =>
  tenantPath(tenantId, `/products/${encodeURIComponent(String(sku))}`);

/** The `products` resource: search with filters and cursor pages, CRUD by sku. */
export function createProductsAdapter(book = new CursorBook()): ResourceAdapter<ProductRecord> {
  async function fieldsOf(context: AdapterContext) {
    return attributeFields((await fetchCatalogDeclaration(context)).attributes);
  }

  return {
    async getList({ api, tenantId }, params) {
      const tenant = requireTenant(tenantId);
      const query = productSearchQuery({
        filter: params.filter ?? {},
        sort: params.sort,
        perPage: params.pagination?.perPage ?? 20,
      });
      const key = queryKey({ tenant, ...query });
      const page = await book.readPage(key, params.pagination?.page ?? 1, async (cursor) => {
        const { data } = await api.request<ProductSearchResult>(tenantPath(tenant, '/products'), {
          query: { ...query, cursor },
          signal: params.signal,
        });
        return data;
      });
      return {
        data: page.items.map(productRecord),
        total: totalIfLast(page, params.pagination?.page ?? 1, Number(query.limit)),
        pageInfo: { hasNextPage: page.hasNextPage, hasPreviousPage: page.hasPreviousPage },
      };
    },

    async getOne({ api, tenantId }, params) {
      const tenant = requireTenant(tenantId);
      const { data } = await api.request<ProductView>(productPath(tenant, params.id), {
        signal: params.signal,
      });
      return productRecord(data);
    },

    async create(context, params) {
      const tenant = requireTenant(context.tenantId);
      const fields = await fieldsOf(context);
      try {
        const { data } = await context.api.request<ProductView>(tenantPath(tenant, '/products'), {
          method: 'POST',
          body: productBody(params.data, fields, { withSku: true }),
        });
        return productRecord(data);
      } catch (error) {
        throw withFieldErrors(error, PRODUCT_ERROR_OPTIONS);
      }
    },

    async update(context, params) {
      const tenant = requireTenant(context.tenantId);
      const fields = await fieldsOf(context);
      try {
        const { data } = await context.api.request<ProductView>(productPath(tenant, params.id), {
          method: 'PUT',
          body: productBody(params.data, fields, { withSku: false }),
        });
        return productRecord(data);
      } catch (error) {
        throw withFieldErrors(error, PRODUCT_ERROR_OPTIONS);
      }
    },

    async delete({ api, tenantId }, params) {
      const tenant = requireTenant(tenantId);
      await api.request(productPath(tenant, params.id), { method: 'DELETE' });
      return (
        (params.previousData as ProductRecord | undefined) ??
        ({ id: String(params.id) } as ProductRecord)
      );
    },
  };
}
