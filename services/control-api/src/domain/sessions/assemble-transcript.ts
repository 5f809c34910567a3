import {
  metricsEventPayloadSchema,
  type TranscriptEntry,
  type TurnMetrics,
  toolCallEventPayloadSchema,
  transcriptEventPayloadSchema,
} from '@scenaro/api-contract';

/** A stored session event, as the readers of this folder select it. */
export interface StoredEvent {
  type: string;
  payload: unknown;
  createdAt: Date;
}

/**
 * The conversation as a list of user turns, agent turns and tool calls, in event order, plus
 * the latencies of each turn grouped by LiveKit speech id. Events whose payload does not match
 * the shared schemas are skipped: the runtime's bookkeeping must not break the detail view.
 */
export function assembleTranscript(events: readonly StoredEvent[]): {
  transcript: TranscriptEntry[];
  metrics: TurnMetrics[];
} {
  const transcript: TranscriptEntry[] = [];
  const turns = new Map<string, TurnMetrics>();
  for (const event of events) {
    const at = event.createdAt.toISOString();
    if (event.type === 'transcript.user' || event.type === 'transcript.agent') {
      const parsed = transcriptEventPayloadSchema.safeParse(event.payload);
      if (!parsed.success) continue;
      transcript.push({
        kind: event.type === 'transcript.user' ? 'user' : 'agent',
        at,
        text: parsed.data.text,
        interrupted: parsed.data.interrupted ?? false,
      });
    } else if (event.type === 'tool.call') {
      const parsed = toolCallEventPayloadSchema.safeParse(event.payload);
      if (!parsed.success) continue;
      transcript.push({
        kind: 'tool',
        at,
        name: parsed.data.name,
        arguments: parsed.data.arguments ?? null,
        output: parsed.data.output ?? null,
        isError: parsed.data.isError ?? false,
        durationMs: parsed.data.durationMs ?? null,
      });
    } else if (event.type === 'metrics') {
      const parsed = metricsEventPayloadSchema.safeParse(event.payload);
      if (!parsed.success || !parsed.data.speechId) continue;
      const { speechId, type } = parsed.data;
      const turn = turns.get(speechId) ?? {
        speechId,
        llmTtftMs: null,
        ttsTtfbMs: null,
        endOfUtteranceDelayMs: null,
      };
      if (type === 'llm_metrics' && parsed.data.ttftMs !== undefined) {
        turn.llmTtftMs ??= parsed.data.ttftMs;
      } else if (type === 'tts_metrics' && parsed.data.ttfbMs !== undefined) {
        turn.ttsTtfbMs ??= parsed.data.ttfbMs;
      } else if (type === 'eou_metrics' && parsed.data.endOfUtteranceDelayMs !== undefined) {
        turn.endOfUtteranceDelayMs ??= parsed.data.endOfUtteranceDelayMs;
      }
      turns.set(speechId, turn);
    }
  }
  return { transcript, metrics: [...turns.values()] };
}
