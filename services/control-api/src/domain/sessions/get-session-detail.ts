import {
  MAX_DETAIL_EVENTS,
  type SessionDetailView,
  type SessionSummary,
  sessionSummarySchema,
} from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import { assembleTranscript } from './assemble-transcript.js';
import { getSession } from './get-session.js';
import { getSessionState } from './get-session-state.js';
import { CONVERSATION_EVENT_TYPES, SUMMARY_EVENT_TYPE } from './session-event-types.js';

/**
 * One session of the tenant with its transcript, per-turn metrics, selection, cart and
 * summary. Reads at most MAX_DETAIL_EVENTS conversation events (the first ones) and says so.
 */
export async function getSessionDetail({
  db,
  tenantId,
  sessionId,
}: {
  db: Db;
  tenantId: string;
  sessionId: string;
}): Promise<SessionDetailView> {
  const session = await getSession({ db, tenantId, sessionId });
  const [events, state, summaryEvent] = await Promise.all([
    db.sessionEvent.findMany({
      where: { tenantId, sessionId, type: { in: [...CONVERSATION_EVENT_TYPES] } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: { type: true, payload: true, createdAt: true },
      take: MAX_DETAIL_EVENTS + 1,
    }),
    getSessionState({ db, tenantId, sessionId }),
    db.sessionEvent.findFirst({
      where: { tenantId, sessionId, type: SUMMARY_EVENT_TYPE },
      orderBy: { createdAt: 'desc' },
      select: { payload: true },
    }),
  ]);
  const { transcript, metrics } = assembleTranscript(events.slice(0, MAX_DETAIL_EVENTS));
  const summary = sessionSummarySchema.safeParse(summaryEvent?.payload);
  return {
    ...session,
    revision: state.revision,
    transcript,
    metrics,
    selection: state.selection,
    cart: state.cart,
    summary: summaryEvent && summary.success ? (summary.data satisfies SessionSummary) : null,
    eventsTruncated: events.length > MAX_DETAIL_EVENTS,
  };
}
