import type { ProductView } from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import { AppError } from '../../errors.js';
import { productView } from './product-views.js';
import type { CatalogOrientation } from './tenant-catalog.js';
import { upsertProducts } from './upsert-products.js';
import { validateProduct } from './validate-product.js';

/**
 * Creates one product (`mode: 'create'`: 409 if the sku exists) or creates/replaces the one
 * with sku `sku` (`mode: 'replace'`; the body may repeat that sku, not name another). Problems with the product are a 422 with paths such as
 * `attributes.vintage`. Returns the product and whether it was created.
 */
export async function saveProduct({
  db,
  tenantId,
  orientation,
  input,
  mode,
  sku: pathSku,
}: {
  db: Db;
  tenantId: string;
  orientation: CatalogOrientation;
  input: unknown;
  mode: 'create' | 'replace';
  sku?: string;
}): Promise<{ product: ProductView; created: boolean }> {
  const body =
    typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  if (mode === 'replace' && body.sku !== undefined && body.sku !== pathSku) {
    throw new AppError('invalid_products', 'The product is not valid.', {
      details: [{ path: 'sku', message: 'must be the sku in the path, or left out' }],
    });
  }
  const checked = validateProduct(
    mode === 'replace' ? { ...body, sku: pathSku } : input,
    orientation.catalog,
  );
  if (!checked.ok) {
    throw new AppError('invalid_products', 'The product is not valid.', {
      details: checked.issues,
    });
  }
  const { sku } = checked.product;
  return db.$transaction(async (tx) => {
    if (mode === 'create') {
      const existing = await tx.product.findUnique({
        where: { tenantId_sku: { tenantId, sku } },
        select: { id: true },
      });
      if (existing) {
        throw new AppError('conflict', `A product with sku "${sku}" already exists.`, {
          details: [{ path: 'sku', message: 'use PUT to replace it' }],
        });
      }
    }
    const counts = await upsertProducts({
      db: tx,
      tenantId,
      orientation,
      products: [checked.product],
    });
    const product = await tx.product.findUniqueOrThrow({
      where: { tenantId_sku: { tenantId, sku } },
    });
    return { product: productView(product), created: counts.inserted === 1 };
  });
}
