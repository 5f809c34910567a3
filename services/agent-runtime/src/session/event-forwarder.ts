import { log, voice } from '@livekit/agents';
import {
  type AppendSessionEventBody,
  MAX_EVENT_PAYLOAD_BYTES,
  type MetricsEventPayload,
  type ToolCallEventPayload,
  type TranscriptEventPayload,
} from '@scenaro/api-contract';
import type { ControlApi } from '../control-api/client.js';

const MAX_TEXT_CHARS = 4000;

function clip(text: string, max = MAX_TEXT_CHARS): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}

function parseArguments(args: string): unknown {
  try {
    return JSON.parse(args);
  } catch {
    return clip(args, 1000);
  }
}

/**
 * Sends a session's transcript, tool calls and metrics to the control API as session events,
 * one at a time and in order. A failed post is logged and dropped: the conversation must not
 * stall on its own bookkeeping.
 */
export class EventForwarder {
  readonly #api: Pick<ControlApi, 'appendEvent'>;
  readonly #sessionId: string;
  #queue: Promise<void> = Promise.resolve();

  constructor(options: { api: Pick<ControlApi, 'appendEvent'>; sessionId: string }) {
    this.#api = options.api;
    this.#sessionId = options.sessionId;
  }

  /** Queues one event; payloads over the API's cap are replaced by a note saying so. */
  send(body: AppendSessionEventBody): void {
    const size = Buffer.byteLength(JSON.stringify(body.payload));
    const safe: AppendSessionEventBody =
      size > MAX_EVENT_PAYLOAD_BYTES
        ? { type: body.type, payload: { truncated: true, originalBytes: size } }
        : body;
    this.#queue = this.#queue.then(async () => {
      try {
        await this.#api.appendEvent(this.#sessionId, safe);
      } catch (error) {
        log().warn(
          { sessionId: this.#sessionId, type: body.type, error: (error as Error).message },
          'session event not recorded',
        );
      }
    });
  }

  /** Resolves once every queued event has been sent (or given up on). */
  flush(): Promise<void> {
    return this.#queue;
  }

  /** Forwards the session's transcript items, tool calls, metrics and errors. */
  attach(session: voice.AgentSession<unknown>): void {
    session.on(voice.AgentSessionEventTypes.ConversationItemAdded, (event) => {
      const item = event.item;
      if (item.type !== 'message' || (item.role !== 'user' && item.role !== 'assistant')) return;
      this.send({
        type: item.role === 'user' ? 'transcript.user' : 'transcript.agent',
        payload: {
          itemId: item.id,
          text: clip(item.textContent ?? ''),
          interrupted: item.interrupted,
          createdAt: item.createdAt,
        } satisfies TranscriptEventPayload,
      });
    });
    session.on(voice.AgentSessionEventTypes.FunctionToolsExecuted, (event) => {
      event.functionCalls.forEach((call, index) => {
        const output = event.functionCallOutputs[index];
        this.send({
          type: 'tool.call',
          payload: {
            callId: call.callId,
            name: call.name,
            arguments: parseArguments(call.args),
            output: output ? clip(output.output) : null,
            isError: output?.isError ?? false,
            durationMs: output ? Math.max(0, output.createdAt - call.createdAt) : null,
          } satisfies ToolCallEventPayload,
        });
      });
    });
    session.on(voice.AgentSessionEventTypes.MetricsCollected, (event) => {
      const { metrics } = event;
      // VAD metrics arrive many times a second and say nothing about the conversation.
      if (metrics.type === 'vad_metrics') return;
      this.send({ type: 'metrics', payload: { ...metrics } satisfies MetricsEventPayload });
    });
    session.on(voice.AgentSessionEventTypes.Error, (event) => {
      this.send({
        type: 'runtime.error',
        payload: {
          error: event.error.type,
          recoverable: 'recoverable' in event.error ? Boolean(event.error.recoverable) : null,
        },
      });
    });
  }
}
