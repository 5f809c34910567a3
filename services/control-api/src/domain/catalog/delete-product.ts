import type { DbTx } from '@scenaro/db';
import { AppError } from '../../errors.js';

/** Removes a product by sku (or id); 404 when the tenant has none. */
export async function deleteProduct({
  db,
  tenantId,
  idOrSku,
}: {
  db: DbTx;
  tenantId: string;
  idOrSku: string;
}): Promise<void> {
  const { count } = await db.product.deleteMany({
    where: { tenantId, OR: [{ id: idOrSku }, { sku: idOrSku }] },
  });
  if (count === 0) throw new AppError('not_found', 'No such product in this catalogue.');
}
