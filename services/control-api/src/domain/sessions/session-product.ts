import type { DbTx } from '@scenaro/db';
import { AppError } from '../../errors.js';

/** A catalogue product of the session's tenant; another tenant's product is unknown here. */
export async function findSessionProduct(tx: DbTx, tenantId: string, productId: string) {
  const product = await tx.product.findFirst({
    where: { id: productId, tenantId },
    select: { id: true, sku: true, name: true, priceCents: true, currency: true, stock: true },
  });
  if (!product) {
    throw new AppError('unknown_product', 'This product is not in the catalogue.', {
      details: [{ path: 'productId', message: `no product ${productId}` }],
    });
  }
  return product;
}
