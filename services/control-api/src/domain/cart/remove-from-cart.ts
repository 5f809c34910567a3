import type { CartChange } from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import { AppError } from '../../errors.js';
import { inOpenSession, recordStateChange } from '../sessions/lock-session.js';
import { readCart } from '../sessions/session-views.js';
import { requireCart } from './cart-rules.js';

/** Removes a product's line from the cart. */
export async function removeFromCart({
  db,
  tenantId,
  sessionId,
  productId,
}: {
  db: Db;
  tenantId: string;
  sessionId: string;
  productId: string;
}): Promise<CartChange> {
  const ref = { tenantId, sessionId };
  return inOpenSession(db, ref, async (tx, session, limits) => {
    requireCart(limits);
    const line = await tx.cartLine.findFirst({ where: { tenantId, sessionId, productId } });
    if (!line) throw new AppError('not_in_cart', 'This product is not in the cart.');
    await tx.cartLine.delete({
      where: { sessionId_productId: { sessionId, productId }, tenantId },
    });
    const revision = await recordStateChange(tx, session, 'cart.removed', {
      productId,
      quantity: 0,
      previousQuantity: line.quantity,
    });
    return { productId, line: null, cart: await readCart(tx, ref), revision };
  });
}
