import type { ProductView } from '@scenaro/api-contract';
import type { DbTx } from '@scenaro/db';
import { AppError } from '../../errors.js';
import { productView } from './product-views.js';

/** One product of the tenant, by id or by sku; 404 when there is none. */
export async function getProduct({
  db,
  tenantId,
  idOrSku,
}: {
  db: DbTx;
  tenantId: string;
  idOrSku: string;
}): Promise<ProductView> {
  const product = await db.product.findFirst({
    where: { tenantId, OR: [{ id: idOrSku }, { sku: idOrSku }] },
  });
  if (!product) throw new AppError('not_found', 'No such product in this catalogue.');
  return productView(product);
}
