import type { ApiKeyView } from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import type { Principal } from '../../auth/principal.js';
import { AppError } from '../../errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { apiKeyView } from '../views.js';

/** Revokes one of the tenant's keys; revoking twice keeps the first revocation time. */
export async function revokeTenantKey({
  db,
  tenantId,
  keyId,
  principal,
}: {
  db: Db;
  tenantId: string;
  keyId: string;
  principal: Principal;
}): Promise<ApiKeyView> {
  return db.$transaction(async (tx) => {
    const key = await tx.apiKey.findFirst({ where: { id: keyId, tenantId } });
    if (!key) throw new AppError('not_found', `No key ${keyId} in this tenant.`);
    if (key.revokedAt) return apiKeyView(key);
    const revoked = await tx.apiKey.update({
      where: { id: key.id, tenantId },
      data: { revokedAt: new Date() },
    });
    await recordAudit(tx, principal, {
      tenantId,
      action: 'api_key.revoked',
      targetType: 'api_key',
      targetId: key.id,
    });
    return apiKeyView(revoked);
  });
}
