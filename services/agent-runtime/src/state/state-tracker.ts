import type { CartChange, SelectionChange, SessionStateView } from '@scenaro/api-contract';
import type { ControlApi } from '../control-api/client.js';
import type { StatePublisher } from './state-publisher.js';

/**
 * The session's last known selection and cart. A change answer from the API carries only the
 * half it changed (plus the revision), so the other half comes from here; the first change
 * fetches the whole state once.
 */
export class StateTracker {
  readonly #api: Pick<ControlApi, 'state'>;
  readonly #sessionId: string;
  readonly #publisher: StatePublisher;
  #state: SessionStateView | undefined;

  constructor(options: {
    api: Pick<ControlApi, 'state'>;
    sessionId: string;
    publisher: StatePublisher;
  }) {
    this.#api = options.api;
    this.#sessionId = options.sessionId;
    this.#publisher = options.publisher;
  }

  /** Records a selection change and publishes the resulting state. */
  async selectionChanged(change: Pick<SelectionChange, 'selection' | 'revision'>): Promise<void> {
    await this.#apply(change.revision, (state) => ({ ...state, selection: change.selection }));
  }

  /** Records a cart change and publishes the resulting state. */
  async cartChanged(change: Pick<CartChange, 'cart' | 'revision'>): Promise<void> {
    await this.#apply(change.revision, (state) => ({ ...state, cart: change.cart }));
  }

  async #apply(
    revision: number,
    merge: (state: SessionStateView) => SessionStateView,
  ): Promise<void> {
    const base = this.#state ?? (await this.#api.state(this.#sessionId));
    // A state fetched after the change may already be newer than the change itself.
    const next = base.revision > revision ? base : { ...merge(base), revision };
    this.#state = next;
    await this.#publisher.publish(next);
  }
}
