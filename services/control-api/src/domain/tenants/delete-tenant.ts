import type { Db } from '@scenaro/db';
import type { Principal } from '../../auth/principal.js';
import { tenantNotFound } from '../../errors.js';
import { recordAudit } from '../audit/record-audit.js';

/**
 * Deletes a tenant with everything it owns (keys, orientations, versions). The audit trail
 * keeps the tenant's history: its rows are not tied to the tenant.
 */
export async function deleteTenant({
  db,
  tenantId,
  principal,
}: {
  db: Db;
  tenantId: string;
  principal: Principal;
}): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.tenant.deleteMany({ where: { id: tenantId } });
    if (count === 0) throw tenantNotFound(tenantId);
    await recordAudit(tx, principal, {
      tenantId,
      action: 'tenant.deleted',
      targetType: 'tenant',
      targetId: tenantId,
    });
  });
}
