import type { Db } from '@scenaro/db';
import type { Principal } from '../../auth/principal.js';
import { newId } from '../../lib/ids.js';
import { issueApiKey } from '../api-keys/issue-api-key.js';
import { recordAudit } from '../audit/record-audit.js';
import { partnerView } from '../views.js';

/** Creates a partner and its first partner key (shown once). */
export async function createPartner({
  db,
  principal,
  name,
}: {
  db: Db;
  principal: Principal;
  name: string;
}) {
  return db.$transaction(async (tx) => {
    const partner = await tx.partner.create({ data: { id: newId('par'), name } });
    const key = await issueApiKey(tx, {
      kind: 'partner',
      name: `${name} — first key`,
      partnerId: partner.id,
    });
    await recordAudit(tx, principal, {
      tenantId: null,
      action: 'partner.created',
      targetType: 'partner',
      targetId: partner.id,
    });
    return { partner: partnerView(partner), key };
  });
}
