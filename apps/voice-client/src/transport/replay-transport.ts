import {
  type AgentState,
  type ConnectionStatus,
  type MicrophoneProblem,
  type TranscriptSegment,
  TransportEmitter,
  type VoiceTransport,
  type VoiceTransportEvents,
} from './voice-transport';

/** One recorded event, `at` milliseconds after connecting. */
export type ReplayStep =
  | { at: number; type: 'connection'; status: ConnectionStatus }
  | { at: number; type: 'agentJoined' }
  | { at: number; type: 'agentState'; state: AgentState }
  | { at: number; type: 'transcript'; segment: TranscriptSegment }
  | { at: number; type: 'state'; message: unknown };

/** A recorded conversation: what the room delivered, with its timings. */
export interface ReplayRecording {
  title: string;
  steps: ReplayStep[];
}

/**
 * Plays a recorded conversation through the same interface as the room: used by the tests
 * and by `?demo=replay`.
 */
export class ReplayTransport implements VoiceTransport {
  readonly #events = new TransportEmitter();
  readonly #timers = new Set<ReturnType<typeof setTimeout>>();
  readonly #recording: ReplayRecording;
  readonly #speed: number;
  #connected = false;

  constructor(recording: ReplayRecording, { speed = 1 }: { speed?: number } = {}) {
    this.#recording = recording;
    this.#speed = speed;
  }

  on<E extends keyof VoiceTransportEvents>(event: E, listener: VoiceTransportEvents[E]) {
    return this.#events.on(event, listener);
  }

  async connect(): Promise<void> {
    this.#connected = true;
    this.#events.emit('connection', 'connecting', {});
    for (const step of this.#recording.steps) {
      const timer = setTimeout(() => {
        this.#timers.delete(timer);
        if (this.#connected) this.#play(step);
      }, step.at / this.#speed);
      this.#timers.add(timer);
    }
  }

  /** What the user typed during the replay (the recording does not answer it). */
  readonly sent: string[] = [];

  async sendText(text: string): Promise<void> {
    this.sent.push(text);
  }

  async setMicrophoneEnabled(): Promise<MicrophoneProblem | null> {
    return null;
  }

  async disconnect(): Promise<void> {
    this.#connected = false;
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    this.#events.emit('connection', 'disconnected', {});
    this.#events.clear();
  }

  #play(step: ReplayStep) {
    switch (step.type) {
      case 'connection':
        this.#events.emit('connection', step.status, {});
        return;
      case 'agentJoined':
        this.#events.emit('agentJoined');
        return;
      case 'agentState':
        this.#events.emit('agentState', step.state);
        return;
      case 'transcript':
        this.#events.emit('transcript', step.segment);
        return;
      case 'state':
        // Sent as the runtime sends it: JSON text on the state topic.
        this.#events.emit('stateMessage', JSON.stringify(step.message));
        return;
    }
  }
}
