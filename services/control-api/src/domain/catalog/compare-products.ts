import type { ProductView } from '@scenaro/api-contract';
import type { DbTx } from '@scenaro/db';
import { AppError } from '../../errors.js';
import { productView } from './product-views.js';
import type { CatalogOrientation } from './tenant-catalog.js';

/** Side by side: the products in the order asked, and each declared attribute's values. */
export interface Comparison {
  products: ProductView[];
  attributes: { key: string; label: string; values: unknown[] }[];
}

/** Compares 2 to 4 of the tenant's products (by id or sku); an unknown one is a 404. */
export async function compareProducts({
  db,
  tenantId,
  orientation,
  ids,
}: {
  db: DbTx;
  tenantId: string;
  orientation: CatalogOrientation;
  ids: readonly string[];
}): Promise<Comparison> {
  const unique = [...new Set(ids)];
  if (unique.length < 2 || unique.length > 4) {
    throw new AppError('invalid_request', 'Compare 2 to 4 different products.', {
      details: [{ path: 'productIds', message: 'give 2 to 4 different ids' }],
    });
  }
  const rows = await db.product.findMany({
    where: { tenantId, OR: [{ id: { in: unique } }, { sku: { in: unique } }] },
  });
  const products = unique.map((id) => {
    const row = rows.find((candidate) => candidate.id === id || candidate.sku === id);
    if (!row) {
      throw new AppError('not_found', 'No such product in this catalogue.', {
        details: [{ path: 'productIds', message: `${id} is not in this catalogue` }],
      });
    }
    return productView(row);
  });
  return {
    products,
    attributes: orientation.catalog.attributes.map((attribute) => ({
      key: attribute.key,
      label: attribute.label,
      values: products.map((product) => product.attributes[attribute.key] ?? null),
    })),
  };
}
