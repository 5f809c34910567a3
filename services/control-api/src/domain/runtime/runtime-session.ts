import type { Db } from '@scenaro/db';
import { sessionNotFound } from '../sessions/session-errors.js';
import { type SessionOrientation, sessionOrientation } from './pinned-orientation.js';

/** A session as the runtime sees it: its tenant (from the row) and the orientation it runs. */
export interface RuntimeSession {
  id: string;
  tenantId: string;
  status: 'created' | 'active' | 'ended';
  revision: number;
  /** Its pinned version, or the draft snapshot of a playground session. */
  orientation: SessionOrientation;
}

/**
 * Loads a session by id alone: runtime calls name only the session, so this row is what gives
 * every later query its tenant. 404 for an unknown session.
 */
export async function runtimeSession({
  db,
  sessionId,
}: {
  db: Db;
  sessionId: string;
}): Promise<RuntimeSession> {
  const session = await db.session.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      tenantId: true,
      status: true,
      revision: true,
      orientationVersionId: true,
    },
  });
  if (!session) throw sessionNotFound(sessionId);
  return {
    id: session.id,
    tenantId: session.tenantId,
    status: session.status,
    revision: session.revision,
    orientation: await sessionOrientation(db, session),
  };
}
