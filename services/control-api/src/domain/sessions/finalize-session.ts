import {
  metricsEventPayloadSchema,
  type SessionSummary,
  sessionSummarySchema,
} from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import { newId } from '../../lib/ids.js';
import { assembleTranscript } from './assemble-transcript.js';
import { lockSession } from './lock-session.js';
import { CONVERSATION_EVENT_TYPES, SUMMARY_EVENT_TYPE } from './session-event-types.js';

/**
 * Computes a session's duration, turn and tool-call counts and usage from its events and
 * stores them as its one `session.summary` event. Running it again replaces that event, so a
 * retried job never leaves two.
 */
export async function finalizeSession({
  db,
  tenantId,
  sessionId,
}: {
  db: Db;
  tenantId: string;
  sessionId: string;
}): Promise<SessionSummary> {
  return db.$transaction(
    async (tx) => {
      // The row lock makes two concurrent runs for one session take turns.
      const locked = await lockSession(tx, { tenantId, sessionId });
      const session = await tx.session.findFirstOrThrow({
        where: { id: sessionId, tenantId },
        select: { createdAt: true },
      });
      const where = { tenantId, sessionId };
      // Counted from the same parsed transcript the detail shows, so the two always agree.
      const events = await tx.sessionEvent.findMany({
        where: { ...where, type: { in: [...CONVERSATION_EVENT_TYPES] } },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        select: { type: true, payload: true, createdAt: true },
      });
      const { transcript } = assembleTranscript(events);
      const turns = transcript.filter((entry) => entry.kind !== 'tool').length;
      const toolCalls = transcript.length - turns;
      const usage = {
        promptTokens: 0,
        completionTokens: 0,
        ttsCharacters: 0,
        sttAudioSeconds: 0,
        ttsAudioSeconds: 0,
      };
      for (const { type, payload } of events) {
        if (type !== 'metrics') continue;
        const parsed = metricsEventPayloadSchema.safeParse(payload);
        if (!parsed.success) continue;
        const m = parsed.data;
        if (m.type === 'llm_metrics') {
          usage.promptTokens += m.promptTokens ?? 0;
          usage.completionTokens += m.completionTokens ?? 0;
        } else if (m.type === 'tts_metrics') {
          usage.ttsCharacters += m.charactersCount ?? 0;
          usage.ttsAudioSeconds += (m.audioDurationMs ?? 0) / 1000;
        } else if (m.type === 'stt_metrics') {
          usage.sttAudioSeconds += (m.audioDurationMs ?? 0) / 1000;
        }
      }
      const summary = sessionSummarySchema.parse({
        durationMs: locked.endedAt
          ? Math.max(0, locked.endedAt.getTime() - session.createdAt.getTime())
          : null,
        turns,
        toolCalls,
        usage,
        finalizedAt: new Date().toISOString(),
      });
      await tx.sessionEvent.deleteMany({ where: { ...where, type: SUMMARY_EVENT_TYPE } });
      await tx.sessionEvent.create({
        data: { id: newId('evt'), tenantId, sessionId, type: SUMMARY_EVENT_TYPE, payload: summary },
      });
      return summary;
    },
    { maxWait: 10_000, timeout: 20_000 },
  );
}
