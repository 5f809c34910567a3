import {
  CONSOLE_ROLE_RANK,
  type ConsoleUserView,
  type UpdateConsoleUserBody,
} from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import { hashPassword } from '../../auth/passwords.js';
import type { Principal } from '../../auth/principal.js';
import { AppError } from '../../errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { consoleUserView } from './console-user-view.js';
import { revokeUserSessions } from './revoke-user-sessions.js';
import { findVisibleUser } from './user-scope.js';

/**
 * Renames, changes the role or password of, disables or re-enables a console user. A new
 * password or a disabled account signs the user out everywhere at once (except the sign-in
 * that changes its own password: the person just proved who they are).
 */
export async function updateConsoleUser({
  db,
  principal,
  userId,
  body,
}: {
  db: Db;
  principal: Principal;
  userId: string;
  body: UpdateConsoleUserBody;
}): Promise<ConsoleUserView> {
  const current = await findVisibleUser(db, principal, userId);
  if (principal.user?.id === userId) {
    if (body.disabled === true) {
      throw new AppError('own_account_protected', 'You may not disable your own account.');
    }
    if (body.role && CONSOLE_ROLE_RANK[body.role] < CONSOLE_ROLE_RANK[current.role]) {
      throw new AppError('own_account_protected', 'You may not lower your own role.');
    }
  }
  const passwordHash = body.password === undefined ? undefined : await hashPassword(body.password);
  return db.$transaction(async (tx) => {
    const disabledAt =
      body.disabled === undefined
        ? undefined
        : body.disabled
          ? (current.disabledAt ?? new Date())
          : null;
    const user = await tx.consoleUser.update({
      where: { id: current.id, tenantId: current.tenantId },
      data: {
        ...(body.name !== undefined && { name: body.name }),
        ...(body.role !== undefined && { role: body.role }),
        ...(passwordHash !== undefined && { passwordHash }),
        ...(disabledAt !== undefined && { disabledAt }),
      },
    });
    if (passwordHash !== undefined || body.disabled === true) {
      const keep = principal.user?.id === userId ? principal.consoleSession?.id : undefined;
      await revokeUserSessions(tx, user.id, keep);
    }
    await recordAudit(tx, principal, {
      tenantId: user.tenantId,
      action: 'console_user.updated',
      targetType: 'console_user',
      targetId: user.id,
      // Which fields changed, never the password itself.
      details: {
        changed: Object.keys(body).sort(),
        ...(body.role !== undefined && { role: body.role }),
        ...(body.disabled !== undefined && { disabled: body.disabled }),
      },
    });
    return consoleUserView(user);
  });
}
