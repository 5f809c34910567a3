import { itemDetails, type ShownItem } from '../conversation/session-state';
import { formatPrice } from '../lib/format';
import { fr } from '../lib/messages';

/** The products the agent put aside for the user. */
export function SelectionPanel({ title, items }: { title: string; items: ShownItem[] }) {
  return (
    <section className="card panel" aria-label={title} data-testid="selection">
      <h2 className="card__title">
        {title}
        {items.length > 0 && <span className="count">{items.length}</span>}
      </h2>
      {items.length === 0 ? (
        <p className="muted">{fr.selectionEmpty}</p>
      ) : (
        <ul className="items">
          {items.map((item) => (
            <li key={item.productId} className="item" data-testid="selection-item">
              <div className="item__main">
                <span className="item__name">{item.name}</span>
                <span className="item__price">{formatPrice(item.priceCents, item.currency)}</span>
              </div>
              {itemDetails(item).length > 0 && (
                <div className="item__details">{itemDetails(item).join(' · ')}</div>
              )}
              {item.note && <div className="item__note">{item.note}</div>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
