import type { SessionView } from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import { sessionNotFound } from './session-errors.js';
import { draftSlugs, sessionView, sessionWithVersion, withoutSnapshot } from './session-views.js';

/** One session of the tenant, or a 404. */
export async function getSession({
  db,
  tenantId,
  sessionId,
}: {
  db: Db;
  tenantId: string;
  sessionId: string;
}): Promise<SessionView> {
  const session = await db.session.findFirst({
    where: { id: sessionId, tenantId },
    include: sessionWithVersion,
    omit: withoutSnapshot,
  });
  if (!session) throw sessionNotFound(sessionId);
  const drafts = await draftSlugs(db, tenantId, [session]);
  return sessionView(session, drafts.get(session.id));
}
