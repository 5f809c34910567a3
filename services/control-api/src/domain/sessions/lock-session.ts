import type { Db, DbTx } from '@scenaro/db';
import { newId } from '../../lib/ids.js';
import { sessionEnded, sessionNotFound } from './session-errors.js';
import { type StateLimits, stateLimits } from './state-limits.js';

/** A session row held with `FOR UPDATE` until its transaction ends. */
export interface LockedSession {
  id: string;
  tenantId: string;
  status: 'created' | 'active' | 'ended';
  revision: number;
  orientationVersionId: string | null;
  endedAt: Date | null;
}

/** Ids that name a session; the tenant is always part of the lookup. */
export interface SessionRef {
  tenantId: string;
  sessionId: string;
}

/**
 * Locks the session row for the rest of the transaction, so that concurrent changes to one
 * session run one after the other and none is lost. 404 when the tenant has no such session.
 */
export async function lockSession(tx: DbTx, { tenantId, sessionId }: SessionRef) {
  const rows = await tx.$queryRaw<LockedSession[]>`
    SELECT "id", "tenantId", "status"::text AS "status", "revision", "orientationVersionId", "endedAt"
    FROM "Session"
    WHERE "id" = ${sessionId} AND "tenantId" = ${tenantId}
    FOR UPDATE`;
  const session = rows[0];
  if (!session) throw sessionNotFound(sessionId);
  return session;
}

/**
 * Runs a selection or cart change in one transaction on the locked, still open session, with
 * the limits of its pinned orientation version.
 */
export async function inOpenSession<T>(
  db: Db,
  ref: SessionRef,
  change: (tx: DbTx, session: LockedSession, limits: StateLimits) => Promise<T>,
): Promise<T> {
  return db.$transaction(
    async (tx) => {
      const session = await lockSession(tx, ref);
      if (session.status === 'ended') throw sessionEnded();
      return change(tx, session, await stateLimits(tx, session));
    },
    // Changes to one session queue on its row lock: allow for a short wait.
    { maxWait: 10_000, timeout: 20_000 },
  );
}

/**
 * Records a state change of a locked session: bumps its revision and appends the event, in the
 * caller's transaction. Returns the new revision.
 */
export async function recordStateChange(
  tx: DbTx,
  session: LockedSession,
  type: string,
  payload: Record<string, unknown>,
): Promise<number> {
  const updated = await tx.session.update({
    where: { id: session.id, tenantId: session.tenantId },
    data: { revision: { increment: 1 }, status: 'active' },
    select: { revision: true },
  });
  await tx.sessionEvent.create({
    data: {
      id: newId('evt'),
      tenantId: session.tenantId,
      sessionId: session.id,
      type,
      payload: { ...payload, revision: updated.revision } as object,
    },
  });
  return updated.revision;
}
