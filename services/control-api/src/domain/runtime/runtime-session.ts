import type { Db } from '@scenaro/db';
import { AppError } from '../../errors.js';
import { sessionNotFound } from '../sessions/session-errors.js';
import { type PinnedVersion, pinnedVersion } from './pinned-orientation.js';

/** A session as the runtime sees it: its tenant (from the row) and its pinned version. */
export interface RuntimeSession {
  id: string;
  tenantId: string;
  status: 'created' | 'active' | 'ended';
  revision: number;
  version: PinnedVersion;
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
    select: { id: true, tenantId: true, status: true, revision: true, orientationVersionId: true },
  });
  if (!session) throw sessionNotFound(sessionId);
  if (!session.orientationVersionId) {
    throw new AppError('orientation_not_published', 'This session has no assistant version.');
  }
  const version = await pinnedVersion(db, {
    versionId: session.orientationVersionId,
    tenantId: session.tenantId,
  });
  return {
    id: session.id,
    tenantId: session.tenantId,
    status: session.status,
    revision: session.revision,
    version,
  };
}
