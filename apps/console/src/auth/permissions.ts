import { CONSOLE_ROLE_RANK, type ConsoleRole } from '@scenaro/api-contract';

/** What the console knows of the signed-in user's rights (react-admin's `permissions`). */
export interface ConsolePermissions {
  role: ConsoleRole;
  /** null: platform-wide. */
  tenantId: string | null;
}

/** Resources only admins manage (tenants, partners, keys, console users). */
export const ADMIN_RESOURCES = new Set(['tenants', 'partners', 'keys', 'platform-keys', 'users']);
/** Resources that exist only platform-wide: a tenant's admin cannot see them at all. */
export const PLATFORM_RESOURCES = new Set(['partners', 'platform-keys']);
/** Actions that only read; every role may do them on what it can see. */
export const READ_ACTIONS = new Set(['list', 'show', 'read', 'export']);

/**
 * Whether the UI offers an action. It mirrors the API's rules (the API enforces them anyway):
 * viewer reads; editor also writes orientations, catalogue, knowledge, imports and uses the
 * playground; admin also manages tenants, partners, keys and users in scope.
 */
export function canAccess(
  permissions: ConsolePermissions | null | undefined,
  { action, resource }: { action: string; resource: string },
): boolean {
  if (!permissions) return false;
  const rank = CONSOLE_ROLE_RANK[permissions.role];
  if (PLATFORM_RESOURCES.has(resource) && permissions.tenantId !== null) return false;
  if (ADMIN_RESOURCES.has(resource)) {
    // A tenant's admin sees its own tenant but cannot create or delete tenants.
    if (resource === 'tenants' && permissions.tenantId !== null) {
      return rank >= CONSOLE_ROLE_RANK.admin && (READ_ACTIONS.has(action) || action === 'edit');
    }
    return rank >= CONSOLE_ROLE_RANK.admin;
  }
  if (READ_ACTIONS.has(action)) return true;
  return rank >= CONSOLE_ROLE_RANK.editor;
}
