import type { DbTx } from '@scenaro/db';
import type { Principal } from '../../auth/principal.js';
import { newId } from '../../lib/ids.js';

export interface AuditEntry {
  tenantId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  details?: Record<string, unknown>;
}

/** Records who did what, inside the caller's transaction so the trail never disagrees with the data. */
export async function recordAudit(
  tx: DbTx,
  principal: Principal,
  entry: AuditEntry,
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      id: newId('aud'),
      tenantId: entry.tenantId,
      actorKeyId: principal.keyId,
      actorKind: principal.kind,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      details: (entry.details ?? {}) as object,
    },
  });
}
