import type { Db, DbTx } from '@scenaro/db';

/**
 * Signs a user out everywhere (but for `keepSessionId`, when given): each request with one of
 * their other tokens fails from the next one on.
 */
export async function revokeUserSessions(
  tx: Db | DbTx,
  userId: string,
  keepSessionId?: string,
): Promise<number> {
  const { count } = await tx.consoleSession.updateMany({
    where: {
      userId,
      revokedAt: null,
      ...(keepSessionId !== undefined && { id: { not: keepSessionId } }),
    },
    data: { revokedAt: new Date() },
  });
  return count;
}
