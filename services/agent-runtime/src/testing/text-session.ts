import type { llm } from '@livekit/agents';
import type { ControlApi } from '../control-api/client.js';
import { VersionCache } from '../orientation/version-cache.js';
import { loadSession, type SessionBootstrap } from '../session/bootstrap.js';
import { createAgentSession, type ScenaroAgentSession } from '../session/create-agent-session.js';
import { RecordingStatePublisher } from '../state/state-publisher.js';
import type { WebhookOptions } from '../tools/http/webhook.js';

/** A started text-mode agent session (no room, no audio) for tests. */
export interface TextSession extends ScenaroAgentSession {
  readonly loaded: SessionBootstrap;
  readonly publisher: RecordingStatePublisher;
}

/**
 * Bootstraps `sessionId` from `api` and starts the real agent session in text mode with the
 * given LLM, as the text harness of the SDK expects (`vad: null`, no turn detection).
 */
export async function startTextSession(options: {
  api: ControlApi;
  llm: llm.LLM;
  sessionId?: string;
  webhook?: WebhookOptions;
}): Promise<TextSession> {
  const loaded = await loadSession({
    api: options.api,
    versions: new VersionCache(options.api),
    sessionId: options.sessionId ?? 'ses_1',
  });
  const publisher = new RecordingStatePublisher();
  const built = createAgentSession({
    api: options.api,
    loaded,
    pipeline: {
      llm: options.llm,
      vad: null,
      turnHandling: { turnDetection: null },
      maxToolSteps: loaded.rendered.voice.maxToolSteps,
    },
    publisher,
    ...(options.webhook ? { webhook: options.webhook } : {}),
  });
  await built.session.start({ agent: built.agent });
  return { ...built, loaded, publisher };
}
