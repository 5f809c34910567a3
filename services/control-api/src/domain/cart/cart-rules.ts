import { AppError } from '../../errors.js';
import type { StateLimits } from '../sessions/state-limits.js';

/** Refuses cart changes when the pinned orientation has no cart. */
export function requireCart(limits: StateLimits): StateLimits['cart'] {
  if (!limits.cart.enabled) throw new AppError('state_disabled', 'This shop does not keep a cart.');
  return limits.cart;
}

/**
 * Checks the quantity a cart line would hold: within 1..maxQuantityPerLine and within the
 * product's stock. `current` is what the line holds now, to explain a refusal.
 */
export function checkLineQuantity({
  quantity,
  current,
  maxQuantityPerLine,
  product,
}: {
  quantity: number;
  current: number;
  maxQuantityPerLine: number;
  product: { name: string; stock: number };
}): void {
  if (quantity < 1 || quantity > maxQuantityPerLine) {
    throw new AppError(
      'quantity_out_of_range',
      current > 0
        ? `At most ${maxQuantityPerLine} of one product per order; the cart already has ${current} of ${product.name}.`
        : `The quantity must be between 1 and ${maxQuantityPerLine}.`,
      { details: [{ path: 'quantity', message: `1..${maxQuantityPerLine} per line` }] },
    );
  }
  if (product.stock <= 0) {
    throw new AppError('out_of_stock', `${product.name} is out of stock.`);
  }
  if (quantity > product.stock) {
    throw new AppError(
      'insufficient_stock',
      current > 0
        ? `Only ${product.stock} of ${product.name} in stock; the cart already has ${current}.`
        : `Only ${product.stock} of ${product.name} in stock.`,
    );
  }
}
