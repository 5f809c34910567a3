import type { Db } from '@scenaro/db';
import { AppError, tenantNotFound } from '../errors.js';
import type { Principal } from './principal.js';

/**
 * Makes sure the caller may see this tenant, or answers 404 as if it did not exist (a caller
 * must not learn which tenant ids exist). Runtime keys reach tenants only through sessions.
 */
export async function assertTenantVisible({
  db,
  principal,
  tenantId,
}: {
  db: Db;
  principal: Principal;
  tenantId: string;
}): Promise<void> {
  switch (principal.kind) {
    case 'tenant':
    case 'publishable':
      if (principal.tenantId !== tenantId) throw tenantNotFound(tenantId);
      return;
    case 'runtime':
      throw new AppError('forbidden', 'A runtime key may not use the management API.');
    case 'partner': {
      const owned = await db.tenant.count({
        where: { id: tenantId, partnerId: principal.partnerId },
      });
      if (owned === 0) throw tenantNotFound(tenantId);
      return;
    }
    case 'admin': {
      const exists = await db.tenant.count({ where: { id: tenantId } });
      if (exists === 0) throw tenantNotFound(tenantId);
      return;
    }
  }
}
