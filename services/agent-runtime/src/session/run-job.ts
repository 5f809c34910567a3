import { type JobContext, log, type VAD, voice } from '@livekit/agents';
import type { ControlApi } from '../control-api/client.js';
import type { ProviderKeys } from '../env.js';
import type { VersionCache } from '../orientation/version-cache.js';
import { RoomStatePublisher } from '../state/state-publisher.js';
import { sessionIdFromMetadata } from './bootstrap.js';
import { type PreparedSession, prepareSession } from './prepare-session.js';

/** What a job needs besides its context: injectable so that `entry()` can run in tests. */
export interface JobDependencies {
  api: ControlApi;
  versions: VersionCache;
  keys: ProviderKeys;
  vad: VAD | null;
}

/** Shutdown reason of a job whose session could not start (configuration, bootstrap). */
export const START_FAILED_REASON = 'session_start_failed';

/**
 * One dispatch: metadata → bootstrap → pipeline → room → agent session → greeting. A session
 * that cannot start is logged, recorded and ended; the error never escapes to the worker.
 */
export async function runJob(ctx: JobContext, deps: JobDependencies): Promise<void> {
  const logger = log().child({ jobId: ctx.job.id });
  let sessionId: string | undefined;
  let prepared: PreparedSession | undefined;
  let greetingText: string | null = null;
  try {
    sessionId = sessionIdFromMetadata(ctx.job.metadata);
    // Built before joining the room: a session that cannot start (a missing key) never joins.
    prepared = await prepareSession({
      api: deps.api,
      versions: deps.versions,
      keys: deps.keys,
      sessionId,
      mode: 'voice',
      vad: deps.vad,
      publisher: new RoomStatePublisher(ctx.room),
    });
    await ctx.connect();
    greetingText = prepared.greeting;
    const { version } = prepared.loaded;
    logger.info(
      { sessionId, orientation: version.slug, version: version.version },
      'session starting',
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    logger.error({ sessionId, error: message }, 'session could not start');
    if (sessionId) await recordStartFailure(deps.api, sessionId, message);
    ctx.shutdown(START_FAILED_REASON);
    return;
  }

  const { session, agent, events } = prepared;
  const endedSessionId = sessionId;
  ctx.addShutdownCallback(async () => {
    await events.flush();
    // Ending twice is harmless: the API answers the already-ended session as it is.
    await deps.api.endSession(endedSessionId, { reason: 'job_ended' }).catch((error: Error) => {
      logger.warn({ sessionId: endedSessionId, error: error.message }, 'session end not recorded');
    });
  });
  // The agent closing the session (end_conversation, an unrecoverable provider error) ends the job.
  session.on(voice.AgentSessionEventTypes.Close, (event) => ctx.shutdown(String(event.reason)));
  try {
    await session.start({ agent, room: ctx.room });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    logger.error({ sessionId, error: message }, 'agent session could not start');
    await recordStartFailure(deps.api, endedSessionId, message);
    ctx.shutdown(START_FAILED_REASON);
    return;
  }
  if (greetingText) session.say(greetingText);
}

/** Records why a session could not start and ends it; never throws. */
export async function recordStartFailure(api: ControlApi, sessionId: string, message: string) {
  try {
    await api.appendEvent(sessionId, {
      type: 'runtime.error',
      payload: { stage: 'start', message: message.slice(0, 1000) },
    });
    await api.endSession(sessionId, { reason: 'session could not start' });
  } catch (error) {
    log().warn({ sessionId, error: (error as Error).message }, 'start failure not recorded');
  }
}
