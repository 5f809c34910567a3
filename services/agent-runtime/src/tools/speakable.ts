import type { CartView, SelectionItemView } from '@scenaro/api-contract';

// The API counts money in cents; the LLM reads prices in currency units (12.5 for 12,50 €),
// as the catalogue tools return them.
const units = (cents: number) => Math.round(cents) / 100;

/** A selection as a spoken answer needs it. */
export function speakableSelection(selection: readonly SelectionItemView[]) {
  return {
    count: selection.length,
    items: selection.map((item) => ({
      productId: item.productId,
      name: item.name,
      price: units(item.priceCents),
      currency: item.currency,
      ...(item.note ? { note: item.note } : {}),
    })),
  };
}

/** A cart as a spoken answer needs it. */
export function speakableCart(cart: CartView) {
  return {
    lines: cart.lines.map((line) => ({
      productId: line.productId,
      name: line.name,
      quantity: line.quantity,
      unitPrice: units(line.unitPriceCents),
      lineTotal: units(line.lineTotalCents),
    })),
    bottles: cart.lines.reduce((sum, line) => sum + line.quantity, 0),
    total: units(cart.totalCents),
    currency: cart.currency,
  };
}
