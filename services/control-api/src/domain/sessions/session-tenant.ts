import type { Db } from '@scenaro/db';
import { sessionNotFound } from './session-errors.js';

/**
 * The tenant a session belongs to. Runtime calls name only the session, so this lookup by id
 * alone is what gives every later query its tenant: the caller never supplies one.
 */
export async function sessionTenant({
  db,
  sessionId,
}: {
  db: Db;
  sessionId: string;
}): Promise<string> {
  const session = await db.session.findUnique({
    where: { id: sessionId },
    select: { tenantId: true },
  });
  if (!session) throw sessionNotFound(sessionId);
  return session.tenantId;
}
