import type { ApiKeyView } from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import type { Principal } from '../../auth/principal.js';
import { AppError } from '../../errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { apiKeyView } from '../views.js';

/**
 * Revokes a platform key (admin or runtime). An admin cannot revoke the key it is using:
 * that would lock it out mid-rotation; revoke it with another admin key.
 */
export async function revokePlatformKey({
  db,
  keyId,
  principal,
}: {
  db: Db;
  keyId: string;
  principal: Principal;
}): Promise<ApiKeyView> {
  if (keyId === principal.keyId) {
    throw new AppError('conflict', 'A key cannot revoke itself; use another admin key.');
  }
  return db.$transaction(async (tx) => {
    const key = await tx.apiKey.findFirst({
      where: { id: keyId, kind: { in: ['admin', 'runtime'] } },
    });
    if (!key) throw new AppError('not_found', `No platform key ${keyId}.`);
    if (key.revokedAt) return apiKeyView(key);
    const revoked = await tx.apiKey.update({
      where: { id: key.id },
      data: { revokedAt: new Date() },
    });
    await recordAudit(tx, principal, {
      tenantId: null,
      action: 'api_key.revoked',
      targetType: 'api_key',
      targetId: key.id,
      details: { kind: key.kind },
    });
    return apiKeyView(revoked);
  });
}
