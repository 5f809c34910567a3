import type { ConsoleUserView } from '@scenaro/api-contract';
import type { Prisma } from '@scenaro/db';

/** A console user row as stored. */
export type ConsoleUserRow = Prisma.ConsoleUserModel;

/** Public shape of a console user: never the password hash. */
export function consoleUserView(user: ConsoleUserRow): ConsoleUserView {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    tenantId: user.tenantId,
    createdAt: user.createdAt.toISOString(),
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    disabledAt: user.disabledAt?.toISOString() ?? null,
  };
}
