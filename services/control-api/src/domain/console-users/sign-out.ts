import type { Db } from '@scenaro/db';
import type { Principal } from '../../auth/principal.js';
import { AppError } from '../../errors.js';

/** Ends the console sign-in the request was made with; its token fails from then on. */
export async function signOut({ db, principal }: { db: Db; principal: Principal }): Promise<void> {
  if (!principal.user || !principal.consoleSession) {
    throw new AppError(
      'forbidden',
      'Only a console sign-in can be signed out; revoke keys instead.',
    );
  }
  await db.consoleSession.updateMany({
    where: { id: principal.consoleSession.id, userId: principal.user.id, revokedAt: null },
    data: { revokedAt: new Date() },
  });
}
