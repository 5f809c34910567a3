import type { Db, DbTx, Prisma } from '@scenaro/db';
import type { Principal } from '../../auth/principal.js';
import { AppError } from '../../errors.js';
import type { ConsoleUserRow } from './console-user-view.js';

/**
 * The console users a caller may see and manage, as a `where` fragment: everyone for a
 * platform admin, the users of its own tenant for a tenant key or tenant console user, the
 * users of its tenants for a partner (never platform-wide users). Runtime and publishable keys
 * never reach these routes; they see nobody, should one ever be let through.
 */
export function visibleUsersWhere(principal: Principal): Prisma.ConsoleUserWhereInput {
  switch (principal.kind) {
    case 'admin':
      return {};
    case 'tenant':
      return { tenantId: principal.tenantId };
    case 'partner':
      return { tenant: { partnerId: principal.partnerId } };
    case 'runtime':
    case 'publishable':
      return { id: { in: [] } };
  }
}

/** One user the caller may see, or 404 as if it did not exist. */
export async function findVisibleUser(
  db: Db | DbTx,
  principal: Principal,
  userId: string,
): Promise<ConsoleUserRow> {
  const user = await db.consoleUser.findFirst({
    where: { AND: [{ id: userId }, visibleUsersWhere(principal)] },
  });
  if (!user) throw new AppError('not_found', `No console user ${userId} is visible to you.`);
  return user;
}
