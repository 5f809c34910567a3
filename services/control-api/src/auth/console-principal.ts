import type { Prisma } from '@scenaro/db';
import type { Principal } from './principal.js';

/**
 * The principal of a signed-in console user: a platform admin when the user is platform-wide,
 * a tenant principal otherwise, so that every visibility rule written for keys applies as is.
 */
export function consolePrincipal(
  user: Prisma.ConsoleUserModel,
  session: { id: string; expiresAt: Date },
): Principal {
  const signedIn = {
    keyId: user.id,
    user: { id: user.id, email: user.email, name: user.name, role: user.role },
    consoleSession: { id: session.id, expiresAt: session.expiresAt },
  };
  return user.tenantId
    ? { kind: 'tenant', tenantId: user.tenantId, ...signedIn }
    : { kind: 'admin', ...signedIn };
}
