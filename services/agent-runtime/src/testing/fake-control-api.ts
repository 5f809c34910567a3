import type {
  AddToCartBody,
  AddToSelectionBody,
  AppendSessionEventBody,
  CartLineView,
  CompactProduct,
  EndSessionBody,
  RuntimeBootstrap,
  RuntimeDataHandlerId,
  RuntimeOrientationVersion,
  RuntimeToolResult,
  SelectionItemView,
  SessionStateView,
} from '@scenaro/api-contract';
import { runtimeToolResultSchemas } from '@scenaro/api-contract';
import type { ControlApi } from '../control-api/client.js';
import { ControlApiError } from '../control-api/control-api-error.js';

/** A product of the fake catalogue. */
export interface FakeProduct extends CompactProduct {
  stock: number;
}

/** One call the runtime made, for assertions. */
export interface RecordedCall {
  method: keyof ControlApi;
  sessionId?: string;
  input?: unknown;
}

/**
 * An in-memory stand-in for the control API's runtime endpoints, for agent tests only (the
 * real API is exercised by the control API's own integration tests). It keeps one session's
 * selection, cart and revision, refuses what the API refuses (unknown session or product,
 * quantity out of range), and checks its tool answers against the shared result schemas.
 */
export class FakeControlApi implements ControlApi {
  readonly calls: RecordedCall[] = [];
  readonly events: AppendSessionEventBody[] = [];
  readonly versions = new Map<string, RuntimeOrientationVersion>();
  readonly products = new Map<string, FakeProduct>();
  selection: SelectionItemView[] = [];
  cart: CartLineView[] = [];
  revision = 0;
  status: 'created' | 'active' | 'ended' = 'active';
  endReason: string | undefined;
  /** Answers of the data handlers, by handler; arguments are recorded in `calls`. */
  toolAnswers: Partial<Record<RuntimeDataHandlerId, (args: Record<string, unknown>) => unknown>> =
    {};

  constructor(
    readonly sessionId: string,
    readonly bootstrapDocument: RuntimeBootstrap,
    readonly maxQuantityPerLine = 36,
  ) {}

  #session(method: keyof ControlApi, sessionId: string, input?: unknown) {
    this.calls.push({ method, sessionId, ...(input === undefined ? {} : { input }) });
    if (sessionId !== this.sessionId) {
      throw new ControlApiError(404, 'NOT_FOUND', 'Session not found.');
    }
  }

  #writable() {
    if (this.status === 'ended') {
      throw new ControlApiError(409, 'SESSION_ENDED', 'The session has ended.');
    }
  }

  #product(productId: string): FakeProduct {
    const product = this.products.get(productId);
    if (!product) throw new ControlApiError(404, 'PRODUCT_NOT_FOUND', 'Unknown product.');
    return product;
  }

  async bootstrap(sessionId: string) {
    this.#session('bootstrap', sessionId);
    return structuredClone(this.bootstrapDocument);
  }

  async orientationVersion(versionId: string) {
    this.calls.push({ method: 'orientationVersion', input: versionId });
    const version = this.versions.get(versionId);
    if (!version) throw new ControlApiError(404, 'NOT_FOUND', 'Orientation version not found.');
    return structuredClone(version);
  }

  async runTool<H extends RuntimeDataHandlerId>(
    sessionId: string,
    handler: H,
    args: Record<string, unknown>,
  ): Promise<RuntimeToolResult<H>> {
    this.#session('runTool', sessionId, { handler, args });
    const answer = this.toolAnswers[handler];
    if (!answer) throw new ControlApiError(500, 'INTERNAL', 'No scripted answer.');
    return runtimeToolResultSchemas[handler].parse(answer(args)) as RuntimeToolResult<H>;
  }

  async state(sessionId: string): Promise<SessionStateView> {
    this.#session('state', sessionId);
    return structuredClone({
      selection: this.selection,
      cart: this.#cart(),
      revision: this.revision,
    });
  }

  async showSelection(sessionId: string) {
    this.#session('showSelection', sessionId);
    return structuredClone({ selection: this.selection, revision: this.revision });
  }

  async addToSelection(sessionId: string, body: AddToSelectionBody) {
    this.#session('addToSelection', sessionId, body);
    this.#writable();
    const product = this.#product(body.productId);
    const changed = !this.selection.some((item) => item.productId === body.productId);
    if (changed) {
      this.selection.push({
        productId: product.productId,
        sku: product.sku,
        name: product.name,
        priceCents: Math.round(product.price * 100),
        currency: product.currency,
        note: body.note ?? null,
      });
      this.revision++;
    }
    return structuredClone({
      selection: this.selection,
      revision: this.revision,
      changed,
      productId: body.productId,
    });
  }

  async removeFromSelection(sessionId: string, productId: string) {
    this.#session('removeFromSelection', sessionId, { productId });
    this.#writable();
    const before = this.selection.length;
    this.selection = this.selection.filter((item) => item.productId !== productId);
    const changed = this.selection.length !== before;
    if (changed) this.revision++;
    return structuredClone({
      selection: this.selection,
      revision: this.revision,
      changed,
      productId,
    });
  }

  #cart() {
    return {
      lines: this.cart,
      totalCents: this.cart.reduce((sum, line) => sum + line.lineTotalCents, 0),
      currency: 'EUR',
    };
  }

  #setLine(productId: string, quantity: number) {
    if (!Number.isInteger(quantity) || quantity < 0 || quantity > this.maxQuantityPerLine) {
      throw new ControlApiError(
        422,
        'QUANTITY_OUT_OF_RANGE',
        `The quantity must be between 1 and ${this.maxQuantityPerLine}.`,
      );
    }
    const product = this.#product(productId);
    if (quantity > product.stock) {
      throw new ControlApiError(409, 'INSUFFICIENT_STOCK', `Only ${product.stock} in stock.`);
    }
    this.cart = this.cart.filter((line) => line.productId !== productId);
    const unitPriceCents = Math.round(product.price * 100);
    const line =
      quantity === 0
        ? null
        : {
            productId,
            sku: product.sku,
            name: product.name,
            quantity,
            unitPriceCents,
            lineTotalCents: unitPriceCents * quantity,
          };
    if (line) this.cart.push(line);
    this.revision++;
    return structuredClone({ cart: this.#cart(), revision: this.revision, productId, line });
  }

  async showCart(sessionId: string) {
    this.#session('showCart', sessionId);
    return structuredClone({ cart: this.#cart(), revision: this.revision });
  }

  async addToCart(sessionId: string, body: AddToCartBody) {
    this.#session('addToCart', sessionId, body);
    this.#writable();
    const current = this.cart.find((line) => line.productId === body.productId)?.quantity ?? 0;
    return this.#setLine(body.productId, current + body.quantity);
  }

  async updateCartQuantity(sessionId: string, productId: string, quantity: number) {
    this.#session('updateCartQuantity', sessionId, { productId, quantity });
    this.#writable();
    if (!this.cart.some((line) => line.productId === productId)) {
      throw new ControlApiError(404, 'NOT_IN_CART', 'This product is not in the cart.');
    }
    return this.#setLine(productId, quantity);
  }

  async removeFromCart(sessionId: string, productId: string) {
    this.#session('removeFromCart', sessionId, { productId });
    this.#writable();
    if (!this.cart.some((line) => line.productId === productId)) {
      throw new ControlApiError(404, 'NOT_IN_CART', 'This product is not in the cart.');
    }
    return this.#setLine(productId, 0);
  }

  async appendEvent(sessionId: string, body: AppendSessionEventBody) {
    this.#session('appendEvent', sessionId, body);
    this.events.push(structuredClone(body));
    return {
      id: `evt_${this.events.length}`,
      type: body.type,
      createdAt: new Date().toISOString(),
    };
  }

  async endSession(sessionId: string, body: EndSessionBody = {}) {
    this.#session('endSession', sessionId, body);
    if (this.status !== 'ended') {
      this.status = 'ended';
      this.endReason = body.reason;
    }
    return { sessionId, status: 'ended' as const, endedAt: new Date().toISOString() };
  }
}
