import type { EndSessionResponse } from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import type { JobQueue } from '../../jobs/queue.js';
import { newId } from '../../lib/ids.js';
import { lockSession } from './lock-session.js';

/**
 * Ends a session: its selection and cart are frozen, and a `session.finalize` job computes its
 * summary. Ending it again changes nothing (the job is enqueued under one id per session).
 */
export async function endSession({
  db,
  jobs,
  tenantId,
  sessionId,
  reason,
}: {
  db: Db;
  jobs: JobQueue;
  tenantId: string;
  sessionId: string;
  reason?: string | undefined;
}): Promise<EndSessionResponse> {
  const ended = await endInTransaction({ db, tenantId, sessionId, reason });
  // After the commit, so the job sees the ended session and all events appended before it.
  await jobs.enqueue('session.finalize', `session.finalize-${sessionId}`, { sessionId, tenantId });
  return ended;
}

function endInTransaction({
  db,
  tenantId,
  sessionId,
  reason,
}: {
  db: Db;
  tenantId: string;
  sessionId: string;
  reason?: string | undefined;
}): Promise<EndSessionResponse> {
  return db.$transaction(
    async (tx) => {
      const session = await lockSession(tx, { tenantId, sessionId });
      if (session.status === 'ended') {
        return { sessionId, status: 'ended', endedAt: session.endedAt?.toISOString() ?? null };
      }
      const ended = await tx.session.update({
        where: { id: sessionId, tenantId },
        data: { status: 'ended', endedAt: new Date() },
        select: { endedAt: true },
      });
      await tx.sessionEvent.create({
        data: {
          id: newId('evt'),
          tenantId,
          sessionId,
          type: 'session.ended',
          payload: { reason: reason ?? null },
        },
      });
      return { sessionId, status: 'ended', endedAt: ended.endedAt?.toISOString() ?? null };
    },
    { maxWait: 10_000, timeout: 20_000 },
  );
}
