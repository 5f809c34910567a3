import type { CartView } from '@scenaro/api-contract';
import { formatPrice } from '../lib/format';
import { fr } from '../lib/messages';

/** The cart: lines, quantities and the total, in the cart's currency. */
export function CartPanel({ title, cart }: { title: string; cart: CartView }) {
  const units = cart.lines.reduce((sum, line) => sum + line.quantity, 0);
  return (
    <section className="card panel" aria-label={title} data-testid="cart">
      <h2 className="card__title">
        {title}
        {units > 0 && <span className="count">{units}</span>}
      </h2>
      {cart.lines.length === 0 ? (
        <p className="muted">{fr.cartEmpty}</p>
      ) : (
        <ul className="items">
          {cart.lines.map((line) => (
            <li key={line.productId} className="item" data-testid="cart-line">
              <div className="item__main">
                <span className="item__name">{line.name}</span>
                <span className="item__price">
                  {formatPrice(line.lineTotalCents, cart.currency)}
                </span>
              </div>
              <div className="item__details">
                {fr.quantity(line.quantity)} · {formatPrice(line.unitPriceCents, cart.currency)}
              </div>
            </li>
          ))}
        </ul>
      )}
      <div className="total">
        <span>{fr.total}</span>
        <strong data-testid="cart-total">{formatPrice(cart.totalCents, cart.currency)}</strong>
      </div>
    </section>
  );
}
