import type { CartChange } from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import { AppError } from '../../errors.js';
import { inOpenSession, recordStateChange } from '../sessions/lock-session.js';
import { findSessionProduct } from '../sessions/session-product.js';
import { readCart } from '../sessions/session-views.js';
import { checkLineQuantity, requireCart } from './cart-rules.js';

/** Sets the quantity of a cart line; 0 removes the line. The unit price is kept. */
export async function updateCartQuantity({
  db,
  tenantId,
  sessionId,
  productId,
  quantity,
}: {
  db: Db;
  tenantId: string;
  sessionId: string;
  productId: string;
  quantity: number;
}): Promise<CartChange> {
  const ref = { tenantId, sessionId };
  return inOpenSession(db, ref, async (tx, session, limits) => {
    const { maxQuantityPerLine } = requireCart(limits);
    const product = await findSessionProduct(tx, tenantId, productId);
    const line = await tx.cartLine.findFirst({ where: { tenantId, sessionId, productId } });
    if (!line) throw new AppError('not_in_cart', `${product.name} is not in the cart.`);
    const where = { sessionId_productId: { sessionId, productId }, tenantId };

    if (quantity === 0) {
      await tx.cartLine.delete({ where });
    } else {
      checkLineQuantity({ quantity, current: line.quantity, maxQuantityPerLine, product });
      await tx.cartLine.update({ where, data: { quantity } });
    }
    const revision = await recordStateChange(
      tx,
      session,
      quantity === 0 ? 'cart.removed' : 'cart.updated',
      { productId, quantity, previousQuantity: line.quantity },
    );
    const cart = await readCart(tx, ref);
    return {
      productId,
      line: cart.lines.find((l) => l.productId === productId) ?? null,
      cart,
      revision,
    };
  });
}
