import type { RemoteAudioTrack } from 'livekit-client';
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { ApiError, createSession, fetchSessionState } from '../lib/api';
import type { ClientConfig } from '../lib/config';
import type { VoiceTransport } from '../transport/voice-transport';
import { conversationReducer, type Failure, initialConversation } from './conversation-state';
import { parseState } from './session-state';

function failureOf(error: unknown): Failure {
  if (!(error instanceof ApiError)) return 'apiUnreachable';
  switch (error.failure) {
    case 'unavailable':
      return 'sessionsUnavailable';
    case 'refused':
      return 'sessionRefused';
    case 'not_found':
      return 'shopNotFound';
    case 'invalid':
      return error.status === null ? 'notConfigured' : 'apiUnreachable';
    default:
      return 'apiUnreachable';
  }
}

async function openTransport(config: ClientConfig): Promise<{
  transport: VoiceTransport;
  sessionId: string | null;
  join: () => Promise<void>;
}> {
  if (config.demo === 'replay') {
    const [{ ReplayTransport }, recording] = await Promise.all([
      import('../transport/replay-transport'),
      import('../transport/fixtures/caviste-conversation.json'),
    ]);
    const transport = new ReplayTransport(
      recording.default as unknown as import('../transport/replay-transport').ReplayRecording,
      { speed: config.replaySpeed },
    );
    return { transport, sessionId: null, join: () => transport.connect() };
  }
  const grant = await createSession(config);
  const { LiveKitTransport } = await import('../transport/livekit-transport');
  const transport = new LiveKitTransport();
  return {
    transport,
    sessionId: grant.sessionId,
    join: () => transport.connect(grant.serverUrl, grant.participantToken),
  };
}

/** The conversation: starts a session, joins the room, and folds its events into state. */
export function useConversation(config: ClientConfig) {
  const [state, dispatch] = useReducer(conversationReducer, initialConversation);
  const [agentAudio, setAgentAudio] = useState<RemoteAudioTrack | undefined>(undefined);
  const transportRef = useRef<VoiceTransport | null>(null);
  const timerRef = useRef<ReturnType<typeof setTimeout> | null>(null);
  const typedRef = useRef(0);

  const close = useCallback(async () => {
    if (timerRef.current) clearTimeout(timerRef.current);
    timerRef.current = null;
    const transport = transportRef.current;
    transportRef.current = null;
    setAgentAudio(undefined);
    await transport?.disconnect().catch(() => {});
  }, []);

  const start = useCallback(async () => {
    await close();
    dispatch({ type: 'start' });
    let opened: Awaited<ReturnType<typeof openTransport>>;
    try {
      opened = await openTransport(config);
    } catch (error) {
      dispatch({ type: 'failed', failure: failureOf(error) });
      return;
    }
    const { transport, sessionId, join } = opened;
    transportRef.current = transport;
    dispatch({ type: 'session', sessionId });
    // Events of a transport that was closed (ended, restarted) no longer count.
    const live = () => transportRef.current === transport;
    transport.on('connection', (status, detail) => {
      if (!live()) return;
      dispatch({ type: 'connection', status });
      // State messages sent while the connection was down are lost: read the state again.
      if (detail.reconnected && sessionId) {
        fetchSessionState(config, sessionId)
          .then((fresh) => fresh && live() && dispatch({ type: 'state', state: fresh }))
          .catch(() => {});
      }
    });
    transport.on('agentJoined', () => live() && dispatch({ type: 'agentJoined' }));
    transport.on('agentState', (agentState) => {
      if (live()) dispatch({ type: 'agentState', state: agentState });
    });
    transport.on('transcript', (segment) => live() && dispatch({ type: 'transcript', segment }));
    transport.on('stateMessage', (text) => {
      const parsed = parseState(text);
      if (parsed && live()) dispatch({ type: 'state', state: parsed });
    });
    transport.on('agentAudio', (track) => live() && setAgentAudio(track));
    try {
      await join();
    } catch {
      if (live()) {
        await close();
        dispatch({ type: 'failed', failure: 'connectFailed' });
      }
      return;
    }
    timerRef.current = setTimeout(() => dispatch({ type: 'agentLate' }), config.agentTimeoutMs);
    const problem = await transport.setMicrophoneEnabled(true);
    if (live()) dispatch({ type: 'microphone', microphone: problem ?? 'on' });
  }, [config, close]);

  const end = useCallback(async () => {
    await close();
    dispatch({ type: 'ended' });
  }, [close]);

  const sendText = useCallback(async (text: string) => {
    const transport = transportRef.current;
    const trimmed = text.trim();
    if (!transport || trimmed === '') return;
    typedRef.current += 1;
    dispatch({
      type: 'transcript',
      segment: { id: `typed-${typedRef.current}`, speaker: 'user', text: trimmed, final: true },
    });
    await transport.sendText(trimmed).catch(() => {});
  }, []);

  const setMuted = useCallback(async (muted: boolean) => {
    const transport = transportRef.current;
    if (!transport) return;
    const problem = await transport.setMicrophoneEnabled(!muted);
    dispatch({ type: 'microphone', microphone: problem ?? (muted ? 'muted' : 'on') });
  }, []);

  useEffect(
    () => () => {
      void close();
    },
    [close],
  );

  return { state, agentAudio, start, end, sendText, setMuted };
}
