import {
  ConnectionState,
  MediaDeviceFailure,
  type Participant,
  ParticipantKind,
  type RemoteAudioTrack,
  type RemoteParticipant,
  type RemoteTrack,
  Room,
  RoomEvent,
  type TextStreamReader,
  Track,
} from 'livekit-client';
import {
  type AgentState,
  type MicrophoneProblem,
  TOPICS,
  TransportEmitter,
  type VoiceTransport,
  type VoiceTransportEvents,
} from './voice-transport';

const AGENT_STATE_ATTRIBUTE = 'lk.agent.state';
const SEGMENT_ATTRIBUTE = 'lk.segment_id';
const FINAL_ATTRIBUTE = 'lk.transcription_final';
const TRACK_ATTRIBUTE = 'lk.transcribed_track_id';
const AGENT_STATES: readonly AgentState[] = [
  'connecting',
  'initializing',
  'listening',
  'thinking',
  'speaking',
];

function isAgent(participant: Participant): boolean {
  return participant.kind === ParticipantKind.AGENT;
}

function microphoneProblem(error: unknown): MicrophoneProblem {
  switch (MediaDeviceFailure.getFailure(error)) {
    case MediaDeviceFailure.PermissionDenied:
      return 'denied';
    case MediaDeviceFailure.NotFound:
      return 'absent';
    case MediaDeviceFailure.DeviceInUse:
      return 'busy';
    default:
      return 'failed';
  }
}

/** The real room: livekit-client, the agent's transcription and state text streams. */
export class LiveKitTransport implements VoiceTransport {
  readonly #events = new TransportEmitter();
  readonly #room = new Room({ adaptiveStream: true, dynacast: true });
  readonly #audioElements = new Map<string, HTMLMediaElement>();
  #agentSeen = false;

  constructor() {
    const room = this.#room;
    room.on(RoomEvent.ConnectionStateChanged, (state) => {
      if (state === ConnectionState.Reconnecting || state === ConnectionState.SignalReconnecting) {
        this.#events.emit('connection', 'reconnecting', {});
      }
    });
    room.on(RoomEvent.Reconnected, () =>
      this.#events.emit('connection', 'connected', { reconnected: true }),
    );
    room.on(RoomEvent.Disconnected, (reason) =>
      this.#events.emit('connection', 'disconnected', {
        ...(reason === undefined ? {} : { error: String(reason) }),
      }),
    );
    room.on(RoomEvent.ParticipantConnected, (participant) => this.#watch(participant));
    room.on(RoomEvent.ParticipantAttributesChanged, (_changed, participant) => {
      if (isAgent(participant)) this.#readAgentState(participant);
    });
    room.on(RoomEvent.TrackSubscribed, (track, _publication, participant) =>
      this.#play(track, participant),
    );
    room.on(RoomEvent.TrackUnsubscribed, (track, _publication, participant) => {
      this.#stop(track);
      if (isAgent(participant) && track.kind === Track.Kind.Audio) {
        this.#events.emit('agentAudio', undefined);
      }
    });
    room.registerTextStreamHandler(TOPICS.transcription, (reader, { identity }) => {
      void this.#readTranscription(reader, identity);
    });
    room.registerTextStreamHandler(TOPICS.state, (reader) => {
      reader
        .readAll()
        .then((text) => this.#events.emit('stateMessage', text))
        .catch(() => {});
    });
  }

  on<E extends keyof VoiceTransportEvents>(event: E, listener: VoiceTransportEvents[E]) {
    return this.#events.on(event, listener);
  }

  async connect(url: string, token: string): Promise<void> {
    this.#events.emit('connection', 'connecting', {});
    await this.#room.connect(url, token);
    // The start button's click is the user gesture that lets the agent's audio play.
    await this.#room.startAudio().catch(() => {});
    this.#events.emit('connection', 'connected', {});
    for (const participant of this.#room.remoteParticipants.values()) this.#watch(participant);
  }

  async sendText(text: string): Promise<void> {
    await this.#room.localParticipant.sendText(text, { topic: TOPICS.chat });
  }

  async setMicrophoneEnabled(enabled: boolean): Promise<MicrophoneProblem | null> {
    try {
      await this.#room.localParticipant.setMicrophoneEnabled(enabled);
      return null;
    } catch (error) {
      return microphoneProblem(error);
    }
  }

  async disconnect(): Promise<void> {
    for (const element of this.#audioElements.values()) element.remove();
    this.#audioElements.clear();
    await this.#room.disconnect();
    this.#events.clear();
  }

  #watch(participant: RemoteParticipant) {
    if (!isAgent(participant)) return;
    if (!this.#agentSeen) {
      this.#agentSeen = true;
      this.#events.emit('agentJoined');
    }
    this.#readAgentState(participant);
  }

  #readAgentState(participant: Participant) {
    const state = participant.attributes[AGENT_STATE_ATTRIBUTE];
    if (state && (AGENT_STATES as readonly string[]).includes(state)) {
      this.#events.emit('agentState', state as AgentState);
    }
  }

  async #readTranscription(reader: TextStreamReader, identity: string) {
    const attributes = reader.info.attributes ?? {};
    const id = attributes[SEGMENT_ATTRIBUTE] ?? reader.info.id;
    const local = this.#room.localParticipant;
    const trackId = attributes[TRACK_ATTRIBUTE];
    const fromUser =
      identity === local.identity ||
      (trackId !== undefined && local.trackPublications.has(trackId));
    const speaker = fromUser ? 'user' : 'agent';
    const final = attributes[FINAL_ATTRIBUTE] === 'true';
    let text = '';
    try {
      for await (const chunk of reader) {
        text += chunk;
        this.#events.emit('transcript', { id, speaker, text, final: false });
      }
    } catch {
      // A stream cut short (disconnection) keeps what arrived.
    }
    // An agent segment is complete when its stream closes; the user's come in versions.
    this.#events.emit('transcript', { id, speaker, text, final: final || speaker === 'agent' });
  }

  #play(track: RemoteTrack, participant: RemoteParticipant) {
    if (track.kind !== Track.Kind.Audio) return;
    const element = track.attach();
    element.hidden = true;
    document.body.append(element);
    this.#audioElements.set(track.sid ?? '', element);
    if (isAgent(participant)) this.#events.emit('agentAudio', track as RemoteAudioTrack);
  }

  #stop(track: RemoteTrack) {
    if (track.kind !== Track.Kind.Audio) return;
    for (const element of track.detach()) element.remove();
    this.#audioElements.delete(track.sid ?? '');
  }
}
