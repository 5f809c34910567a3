import type { CartChange } from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import { AppError } from '../../errors.js';
import { inOpenSession, recordStateChange } from '../sessions/lock-session.js';
import { findSessionProduct } from '../sessions/session-product.js';
import { readCart } from '../sessions/session-views.js';
import { checkLineQuantity, requireCart } from './cart-rules.js';

/**
 * Adds a quantity of a product to the cart: to its line when there is one, else as a new line
 * priced at today's catalogue price.
 */
export async function addToCart({
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
    const { maxQuantityPerLine, maxLines } = requireCart(limits);
    const product = await findSessionProduct(tx, tenantId, productId);
    const line = await tx.cartLine.findFirst({ where: { tenantId, sessionId, productId } });
    const current = line?.quantity ?? 0;
    if (quantity < 1) {
      throw new AppError('quantity_out_of_range', 'Add at least one.', {
        details: [{ path: 'quantity', message: `1..${maxQuantityPerLine}` }],
      });
    }
    checkLineQuantity({ quantity: current + quantity, current, maxQuantityPerLine, product });

    if (line) {
      await tx.cartLine.update({
        where: { sessionId_productId: { sessionId, productId }, tenantId },
        data: { quantity: current + quantity },
      });
    } else {
      const others = await tx.cartLine.findMany({
        where: { tenantId, sessionId },
        select: { product: { select: { currency: true } } },
      });
      if (others.length >= maxLines) {
        throw new AppError(
          'cart_full',
          `The cart already has ${maxLines} different products; remove one before adding ${product.name}.`,
        );
      }
      if (others.some((other) => other.product.currency !== product.currency)) {
        throw new AppError(
          'currency_mismatch',
          `${product.name} is priced in ${product.currency}, unlike the rest of the cart.`,
        );
      }
      await tx.cartLine.create({
        data: { tenantId, sessionId, productId, quantity, unitPriceCents: product.priceCents },
      });
    }
    const revision = await recordStateChange(tx, session, line ? 'cart.updated' : 'cart.added', {
      productId,
      quantity: current + quantity,
      added: quantity,
    });
    const cart = await readCart(tx, ref);
    return {
      productId,
      line: cart.lines.find((l) => l.productId === productId) ?? null,
      cart,
      revision,
    };
  });
}
