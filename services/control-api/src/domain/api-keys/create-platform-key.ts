import type { CreatedApiKey, CreatePlatformKeyBody } from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import type { Principal } from '../../auth/principal.js';
import { recordAudit } from '../audit/record-audit.js';
import { issueApiKey } from './issue-api-key.js';

/** Issues a platform-wide key (admin or runtime); admins only. */
export async function createPlatformKey({
  db,
  principal,
  body,
}: {
  db: Db;
  principal: Principal;
  body: CreatePlatformKeyBody;
}): Promise<CreatedApiKey> {
  return db.$transaction(async (tx) => {
    const key = await issueApiKey(tx, { kind: body.kind, name: body.name });
    await recordAudit(tx, principal, {
      tenantId: null,
      action: 'api_key.created',
      targetType: 'api_key',
      targetId: key.id,
      details: { kind: key.kind, name: key.name },
    });
    return key;
  });
}
