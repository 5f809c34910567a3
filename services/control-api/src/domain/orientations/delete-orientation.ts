import type { Db } from '@scenaro/db';
import type { Principal } from '../../auth/principal.js';
import { AppError } from '../../errors.js';
import { recordAudit } from '../audit/record-audit.js';

/** Deletes an orientation with its draft and all its published versions. */
export async function deleteOrientation({
  db,
  tenantId,
  slug,
  principal,
}: {
  db: Db;
  tenantId: string;
  slug: string;
  principal: Principal;
}): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.orientation.deleteMany({ where: { tenantId, slug } });
    if (count === 0) throw new AppError('not_found', `No orientation "${slug}" in this tenant.`);
    await recordAudit(tx, principal, {
      tenantId,
      action: 'orientation.deleted',
      targetType: 'orientation',
      targetId: slug,
    });
  });
}
