import { speakableCart, speakableSelection } from '../speakable.js';
import type { HandlerCall } from '../tool-context.js';

type StateHandlerId =
  | 'selection.add'
  | 'selection.remove'
  | 'selection.show'
  | 'cart.add'
  | 'cart.update'
  | 'cart.remove'
  | 'cart.show';

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const integer = (value: unknown) => (typeof value === 'number' ? value : Number.NaN);

/**
 * selection.* and cart.*: the runtime REST routes of this session. Every change is published to
 * the room with the revision the API returned.
 */
export async function stateHandler(handler: StateHandlerId, call: HandlerCall) {
  const { api, sessionId, state } = call.bindings;
  const { args } = call;
  switch (handler) {
    case 'selection.show': {
      const result = await api.showSelection(sessionId);
      return { selection: speakableSelection(result.selection) };
    }
    case 'selection.add':
    case 'selection.remove': {
      const change =
        handler === 'selection.add'
          ? await api.addToSelection(sessionId, {
              productId: text(args.productId),
              ...(typeof args.note === 'string' ? { note: args.note } : {}),
            })
          : await api.removeFromSelection(sessionId, text(args.productId));
      await state.selectionChanged(change);
      return { changed: change.changed, selection: speakableSelection(change.selection) };
    }
    case 'cart.show': {
      const result = await api.showCart(sessionId);
      return { cart: speakableCart(result.cart) };
    }
    case 'cart.add':
    case 'cart.update':
    case 'cart.remove': {
      const productId = text(args.productId);
      const change =
        handler === 'cart.add'
          ? await api.addToCart(sessionId, { productId, quantity: integer(args.quantity) })
          : handler === 'cart.update'
            ? await api.updateCartQuantity(sessionId, productId, integer(args.quantity))
            : await api.removeFromCart(sessionId, productId);
      await state.cartChanged(change);
      return {
        line: change.line
          ? {
              productId: change.line.productId,
              name: change.line.name,
              quantity: change.line.quantity,
            }
          : null,
        cart: speakableCart(change.cart),
      };
    }
  }
}
