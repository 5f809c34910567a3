import type { RemoteAudioTrack } from 'livekit-client';

/** What the agent is doing, as LiveKit Agents publish it (`lk.agent.state`). */
export type AgentState = 'connecting' | 'initializing' | 'listening' | 'thinking' | 'speaking';

/** The room connection as the user should understand it. */
export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'disconnected';

/** One piece of the live transcript; a segment is sent again as it grows, then once final. */
export interface TranscriptSegment {
  id: string;
  speaker: 'user' | 'agent';
  text: string;
  final: boolean;
}

/** Why the microphone could not be used. */
export type MicrophoneProblem = 'denied' | 'absent' | 'busy' | 'failed';

export interface VoiceTransportEvents {
  connection: (status: ConnectionStatus, detail: { reconnected?: boolean; error?: string }) => void;
  agentJoined: () => void;
  agentState: (state: AgentState) => void;
  transcript: (segment: TranscriptSegment) => void;
  /** A raw `scenaro.state` message (JSON text); the app validates and orders it. */
  stateMessage: (text: string) => void;
  /** The agent's voice, for the visualiser (absent in replays). */
  agentAudio: (track: RemoteAudioTrack | undefined) => void;
}

export type VoiceTransportEvent = keyof VoiceTransportEvents;

/** The room as the app sees it: a LiveKit room, or a replay for tests and demos. */
export interface VoiceTransport {
  connect(url: string, token: string): Promise<void>;
  on<E extends VoiceTransportEvent>(event: E, listener: VoiceTransportEvents[E]): () => void;
  /** Sends what the user typed on the topic the agent reads text input from. */
  sendText(text: string): Promise<void>;
  /** Turns the microphone on or off; resolves to the problem when it could not be turned on. */
  setMicrophoneEnabled(enabled: boolean): Promise<MicrophoneProblem | null>;
  disconnect(): Promise<void>;
}

/** The text-stream topics of a Scenaro room. */
export const TOPICS = {
  transcription: 'lk.transcription',
  chat: 'lk.chat',
  state: 'scenaro.state',
} as const;

/** A tiny typed event emitter shared by the transports. */
export class TransportEmitter {
  readonly #listeners = new Map<VoiceTransportEvent, Set<(...args: never[]) => void>>();

  on<E extends VoiceTransportEvent>(event: E, listener: VoiceTransportEvents[E]): () => void {
    let set = this.#listeners.get(event);
    if (!set) {
      set = new Set();
      this.#listeners.set(event, set);
    }
    set.add(listener as (...args: never[]) => void);
    return () => set.delete(listener as (...args: never[]) => void);
  }

  emit<E extends VoiceTransportEvent>(event: E, ...args: Parameters<VoiceTransportEvents[E]>) {
    for (const listener of this.#listeners.get(event) ?? []) {
      (listener as (...a: Parameters<VoiceTransportEvents[E]>) => void)(...args);
    }
  }

  clear() {
    this.#listeners.clear();
  }
}
