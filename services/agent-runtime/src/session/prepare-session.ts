import type { VAD } from '@livekit/agents';
import type { ControlApi } from '../control-api/client.js';
import type { ProviderKeys } from '../env.js';
import type { VersionCache } from '../orientation/version-cache.js';
import { greeting } from '../prompt/build-instructions.js';
import type { StatePublisher } from '../state/state-publisher.js';
import { loadSession, type SessionBootstrap } from './bootstrap.js';
import { buildPipeline } from './build-pipeline.js';
import {
  createAgentSession,
  type ScenaroAgentSession,
  type ToolCallStart,
} from './create-agent-session.js';

/** An agent session built for one Scenaro session, with what it starts with. */
export interface PreparedSession extends ScenaroAgentSession {
  readonly loaded: SessionBootstrap;
  /** The opening line to say once started, or null when the user speaks first. */
  readonly greeting: string | null;
}

/**
 * Session id → bootstrap → pipeline → agent session, not yet started: the one path of both the
 * LiveKit job (voice) and the text playground (text). Throws a ConfigurationError when a
 * provider key the orientation needs is missing, before anything is built.
 */
export async function prepareSession(options: {
  api: ControlApi;
  versions: VersionCache;
  keys: ProviderKeys;
  sessionId: string;
  mode: 'voice' | 'text';
  vad?: VAD | null;
  publisher: StatePublisher;
  onToolCall?: (call: ToolCallStart) => void;
}): Promise<PreparedSession> {
  const loaded = await loadSession({
    api: options.api,
    versions: options.versions,
    sessionId: options.sessionId,
  });
  const pipeline = buildPipeline(loaded.rendered.voice, {
    keys: options.keys,
    mode: options.mode,
    vad: options.vad ?? null,
  });
  const built = createAgentSession({
    api: options.api,
    loaded,
    pipeline,
    publisher: options.publisher,
    ...(options.onToolCall ? { onToolCall: options.onToolCall } : {}),
  });
  return { ...built, loaded, greeting: greeting(loaded.rendered) };
}
