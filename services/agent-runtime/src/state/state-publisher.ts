import type { Room } from '@livekit/rtc-node';
import type { SessionStateView } from '@scenaro/api-contract';

/** The room text-stream topic carrying session state, JSON `{ selection, cart, revision }`. */
export const STATE_TOPIC = 'scenaro.state';

/** Pushes a session's selection and cart to whoever shows them. */
export interface StatePublisher {
  publish(state: SessionStateView): Promise<void>;
}

/** Keeps what was published, in order: for tests and the text playground. */
export class RecordingStatePublisher implements StatePublisher {
  readonly published: SessionStateView[] = [];

  async publish(state: SessionStateView): Promise<void> {
    this.published.push(structuredClone(state));
  }

  /** The last state published, if any. */
  get last(): SessionStateView | undefined {
    return this.published.at(-1);
  }
}

/**
 * Sends the state to every participant of the room on {@link STATE_TOPIC}. Clients order
 * messages by `revision` and can always resync from the API, so a lost message is harmless.
 */
export class RoomStatePublisher implements StatePublisher {
  readonly #room: Pick<Room, 'localParticipant'>;

  constructor(room: Pick<Room, 'localParticipant'>) {
    this.#room = room;
  }

  async publish(state: SessionStateView): Promise<void> {
    const participant = this.#room.localParticipant;
    if (!participant) return;
    await participant.sendText(JSON.stringify(state), { topic: STATE_TOPIC });
  }
}

/**
 * Hands each state to whoever listens right now: the text playground attaches the running
 * turn's stream, so the selection and cart show up in the turn as they change. A state
 * published with no listener (between turns) is only kept as {@link last}.
 */
export class ListenerStatePublisher implements StatePublisher {
  #listener: ((state: SessionStateView) => void) | undefined;
  #last: SessionStateView | undefined;

  /** Sends every later state to `listener` until {@link detach}. */
  attach(listener: (state: SessionStateView) => void): void {
    this.#listener = listener;
  }

  detach(): void {
    this.#listener = undefined;
  }

  async publish(state: SessionStateView): Promise<void> {
    this.#last = structuredClone(state);
    this.#listener?.(structuredClone(state));
  }

  /** The last state published, if any. */
  get last(): SessionStateView | undefined {
    return this.#last;
  }
}
