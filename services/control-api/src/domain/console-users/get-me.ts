import type { ConsoleMe } from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import type { Principal } from '../../auth/principal.js';
import { AppError } from '../../errors.js';
import { consoleUserView } from './console-user-view.js';

/** The signed-in console user, as stored now, and when their sign-in expires. */
export async function getMe({
  db,
  principal,
}: {
  db: Db;
  principal: Principal;
}): Promise<ConsoleMe> {
  if (!principal.user || !principal.consoleSession) {
    throw new AppError('forbidden', 'This is for console sign-ins; an API key has no user.');
  }
  const user = await db.consoleUser.findUniqueOrThrow({ where: { id: principal.user.id } });
  return {
    user: consoleUserView(user),
    expiresAt: principal.consoleSession.expiresAt.toISOString(),
  };
}
