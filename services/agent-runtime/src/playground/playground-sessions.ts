import { PassThrough, type Readable } from 'node:stream';
import { log, voice } from '@livekit/agents';
import type { StartPlaygroundBody, StartPlaygroundResponse } from '@scenaro/api-contract';
import { CallerControlApi, type ControlApi } from '../control-api/client.js';
import type { ProviderKeys } from '../env.js';
import { ConfigurationError } from '../errors.js';
import type { VersionCache } from '../orientation/version-cache.js';
import { type PreparedSession, prepareSession } from '../session/prepare-session.js';
import { recordStartFailure } from '../session/run-job.js';
import { ListenerStatePublisher } from '../state/state-publisher.js';
import { llmUnavailable, requireLlm } from './llm-check.js';
import { fromControlApi, PlaygroundError, sessionNotRunning } from './playground-error.js';
import { runTurn, type TurnTarget } from './run-turn.js';

/** A playground session nobody talked to for this long is closed. */
export const IDLE_TIMEOUT_MS = 10 * 60 * 1000;

/** Reasons recorded when the playground ends a session. */
export const ENDED_BY_USER = 'playground_ended';
export const ENDED_IDLE = 'playground_idle';

/** What the playground runs on. */
export interface PlaygroundOptions {
  controlApiUrl: string;
  /** The control API with the runtime key: bootstrap, tools and events, as for a voice job. */
  api: ControlApi;
  versions: VersionCache;
  keys: ProviderKeys;
  maxSessions: number;
  idleTimeoutMs?: number;
  /** For the calls made with the user's own Authorization header. */
  fetch?: typeof fetch;
}

interface Running extends TurnTarget {
  readonly sessionId: string;
  readonly tenantId: string;
  readonly prepared: PreparedSession;
  busy: boolean;
  closing: Promise<void> | undefined;
  idle: NodeJS.Timeout | undefined;
}

/**
 * The text playground's running sessions, in this process: each is the agent the voice worker
 * runs (same bootstrap, tools, prompt layering and greeting), in text mode on its own real
 * session. Who may start, talk to or end one is decided by the control API, asked with the
 * caller's own Authorization header every time.
 */
export class PlaygroundSessions {
  readonly #options: PlaygroundOptions;
  readonly #running = new Map<string, Running>();
  #starting = 0;

  constructor(options: PlaygroundOptions) {
    this.#options = options;
  }

  /** How many sessions are running. */
  get size(): number {
    return this.#running.size;
  }

  /**
   * Checks that an LLM can be built for the orientation (503 `llm_unavailable` otherwise, with
   * nothing written), creates the test session as the caller, starts the agent and says its
   * greeting.
   */
  async start(
    authorization: string | undefined,
    body: Readonly<StartPlaygroundBody>,
  ): Promise<StartPlaygroundResponse> {
    if (this.#running.size + this.#starting >= this.#options.maxSessions) {
      throw new PlaygroundError(
        429,
        'rate_limited',
        `The playground runs at most ${this.#options.maxSessions} sessions at once: end one, or try again later.`,
      );
    }
    this.#starting += 1;
    try {
      const { tenantId, ...request } = body;
      const caller = this.#caller(authorization);
      const preview = await caller
        .previewPlaygroundSession(tenantId, request)
        .catch((error: unknown) => {
          throw fromControlApi(error);
        });
      requireLlm(preview.document, this.#options.keys);
      const created = await caller
        .createPlaygroundSession(tenantId, request)
        .catch((error: unknown) => {
          throw fromControlApi(error);
        });
      const running = await this.#launch(created.sessionId, created.tenantId);
      return { ...created, greeting: running.prepared.greeting };
    } finally {
      this.#starting -= 1;
    }
  }

  /**
   * One turn, as an NDJSON stream of playground events. The caller is checked (the control API
   * must show them the session) and the session must be idle (409 while a turn runs) before
   * the stream starts; from then on failures are `error` events.
   */
  async turn(
    authorization: string | undefined,
    sessionId: string,
    text: string,
  ): Promise<Readable> {
    const running = await this.#authorized(authorization, sessionId);
    if (running.busy) {
      throw new PlaygroundError(
        409,
        'conflict',
        'A turn is already running in this session: wait for its last event.',
      );
    }
    running.busy = true;
    this.#touch(running);
    const stream = new PassThrough();
    const write = (event: object) => {
      if (!stream.destroyed && !stream.writableEnded) stream.write(`${JSON.stringify(event)}\n`);
    };
    const recorded = () => running.prepared.events.flush();
    void runTurn(running, text, write, recorded).finally(() => {
      running.busy = false;
      this.#touch(running);
      stream.end();
    });
    return stream;
  }

  /** Ends a session for its caller: the agent stops and the control API records the end. */
  async end(authorization: string | undefined, sessionId: string): Promise<void> {
    const running = await this.#authorized(authorization, sessionId);
    await this.#close(running, ENDED_BY_USER);
  }

  /** Closes every session (server shutdown). */
  async closeAll(reason = 'playground_shutdown'): Promise<void> {
    await Promise.all([...this.#running.values()].map((running) => this.#close(running, reason)));
  }

  #caller(authorization: string | undefined): CallerControlApi {
    return new CallerControlApi({
      baseUrl: this.#options.controlApiUrl,
      authorization,
      ...(this.#options.fetch ? { fetch: this.#options.fetch } : {}),
    });
  }

  /** The running session, once the control API confirmed the caller may see it. */
  async #authorized(authorization: string | undefined, sessionId: string): Promise<Running> {
    const running = this.#running.get(sessionId);
    if (!running) throw sessionNotRunning(sessionId);
    await this.#caller(authorization)
      .session(running.tenantId, sessionId)
      .catch((error: unknown) => {
        throw fromControlApi(error);
      });
    // It may have closed while the caller was being checked.
    if (!this.#running.has(sessionId)) throw sessionNotRunning(sessionId);
    return running;
  }

  async #launch(sessionId: string, tenantId: string): Promise<Running> {
    const { api, versions, keys } = this.#options;
    const publisher = new ListenerStatePublisher();
    let running: Running | undefined;
    let prepared: PreparedSession | undefined;
    try {
      prepared = await prepareSession({
        api,
        versions,
        keys,
        sessionId,
        mode: 'text',
        publisher,
        onToolCall: (call) => running?.onToolCall?.(call),
      });
      await prepared.session.start({ agent: prepared.agent });
      // Said and recorded (the session detail's first agent line) before the first turn.
      if (prepared.greeting) await prepared.session.say(prepared.greeting).waitForPlayout();
      await prepared.events.flush();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log().error({ sessionId, error: message }, 'playground session could not start');
      await recordStartFailure(api, sessionId, message);
      await prepared?.session.close().catch(() => {});
      if (error instanceof ConfigurationError) throw llmUnavailable();
      throw new PlaygroundError(503, 'unavailable', 'The playground session could not start.');
    }
    const started: Running = {
      sessionId,
      tenantId,
      prepared,
      session: prepared.session,
      publisher,
      onToolCall: undefined,
      busy: false,
      closing: undefined,
      idle: undefined,
    };
    running = started;
    this.#running.set(sessionId, started);
    // The agent may close on its own (end_conversation, repeated provider failures).
    started.session.on(voice.AgentSessionEventTypes.Close, (event) => {
      void this.#close(started, String(event.reason));
    });
    this.#touch(started);
    return started;
  }

  /** (Re)arms the idle timer; a session in a turn is never idle. */
  #touch(running: Running): void {
    clearTimeout(running.idle);
    if (running.closing) return;
    const timeout = this.#options.idleTimeoutMs ?? IDLE_TIMEOUT_MS;
    running.idle = setTimeout(() => {
      if (running.busy) this.#touch(running);
      else void this.#close(running, ENDED_IDLE);
    }, timeout);
    running.idle.unref();
  }

  #close(running: Running, reason: string): Promise<void> {
    running.closing ??= (async () => {
      clearTimeout(running.idle);
      this.#running.delete(running.sessionId);
      const { session, events } = running.prepared;
      await session.close().catch(() => {});
      await events.flush();
      // Ending twice is harmless: the API answers an already-ended session as it is.
      await this.#options.api.endSession(running.sessionId, { reason }).catch((error: Error) => {
        log().warn(
          { sessionId: running.sessionId, error: error.message },
          'session end not recorded',
        );
      });
    })();
    return running.closing;
  }
}
