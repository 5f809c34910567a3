import type { CreatedApiKey, CreateTenantKeyBody } from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import type { Principal } from '../../auth/principal.js';
import { recordAudit } from '../audit/record-audit.js';
import { issueApiKey } from './issue-api-key.js';

/** Issues a tenant or publishable key for one tenant. */
export async function createTenantKey({
  db,
  tenantId,
  principal,
  body,
}: {
  db: Db;
  tenantId: string;
  principal: Principal;
  body: CreateTenantKeyBody;
}): Promise<CreatedApiKey> {
  return db.$transaction(async (tx) => {
    const key = await issueApiKey(tx, {
      kind: body.kind,
      name: body.name,
      tenantId,
      allowedOrigins: body.allowedOrigins ?? [],
    });
    await recordAudit(tx, principal, {
      tenantId,
      action: 'api_key.created',
      targetType: 'api_key',
      targetId: key.id,
      details: { kind: key.kind, name: key.name },
    });
    return key;
  });
}
