import type { Db } from '@scenaro/db';
import type { Principal } from '../../auth/principal.js';
import { AppError } from '../../errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { findVisibleUser } from './user-scope.js';

/** Deletes a console user; their sessions go with them (cascade), so they are signed out at once. */
export async function deleteConsoleUser({
  db,
  principal,
  userId,
}: {
  db: Db;
  principal: Principal;
  userId: string;
}): Promise<void> {
  if (principal.user?.id === userId) {
    throw new AppError('own_account_protected', 'You may not delete your own account.');
  }
  await db.$transaction(async (tx) => {
    const user = await findVisibleUser(tx, principal, userId);
    await tx.consoleUser.delete({ where: { id: user.id, tenantId: user.tenantId } });
    await recordAudit(tx, principal, {
      tenantId: user.tenantId,
      action: 'console_user.deleted',
      targetType: 'console_user',
      targetId: user.id,
      details: { email: user.email, role: user.role },
    });
  });
}
