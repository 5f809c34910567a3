import type { OrientationDetail } from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import type { Principal } from '../../auth/principal.js';
import { AppError } from '../../errors.js';
import { isUniqueViolation } from '../../lib/db-errors.js';
import { newId } from '../../lib/ids.js';
import { recordAudit } from '../audit/record-audit.js';
import { orientationDetailView } from './orientation-views.js';
import { type OrientationInput, readOrientationInput } from './read-orientation-input.js';
import { tenantVariables } from './tenant-variables.js';

/** Adds a new orientation (as an unpublished draft) to the tenant. */
export async function createOrientation({
  db,
  tenantId,
  principal,
  input,
}: {
  db: Db;
  tenantId: string;
  principal: Principal;
  input: OrientationInput;
}): Promise<OrientationDetail> {
  const document = readOrientationInput(input, await tenantVariables(db, tenantId));
  try {
    return await db.$transaction(async (tx) => {
      const created = await tx.orientation.create({
        data: {
          id: newId('ori'),
          tenantId,
          slug: document.slug,
          draft: document as object,
          updatedBy: principal.keyId,
        },
      });
      await recordAudit(tx, principal, {
        tenantId,
        action: 'orientation.created',
        targetType: 'orientation',
        targetId: document.slug,
      });
      return orientationDetailView(created, undefined);
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new AppError('conflict', `This tenant already has an orientation "${document.slug}".`, {
      details: [{ path: 'slug', message: 'choose another slug, or update the existing draft' }],
    });
  }
}
