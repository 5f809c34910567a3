import type { Db, DbTx } from '@scenaro/db';
import type { SessionRef } from './lock-session.js';
import { sessionNotFound } from './session-errors.js';

/** Reads parts of a session's state from one snapshot, so that they agree with its revision. */
export async function readSessionSnapshot<T>(
  db: Db,
  { tenantId, sessionId }: SessionRef,
  read: (tx: DbTx) => Promise<T>,
): Promise<T & { revision: number }> {
  return db.$transaction(
    async (tx) => {
      const session = await tx.session.findFirst({
        where: { id: sessionId, tenantId },
        select: { revision: true },
      });
      if (!session) throw sessionNotFound(sessionId);
      return { ...(await read(tx)), revision: session.revision };
    },
    { isolationLevel: 'RepeatableRead' },
  );
}
