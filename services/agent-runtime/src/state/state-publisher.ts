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
