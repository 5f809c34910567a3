import type { OrientationDetail } from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import type { Principal } from '../../auth/principal.js';
import { AppError } from '../../errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { findOrientation } from './find-orientation.js';
import { getOrientation } from './get-orientation.js';
import { draftEtag, orientationDetailView } from './orientation-views.js';
import { type OrientationInput, readOrientationInput } from './read-orientation-input.js';
import { tenantVariables } from './tenant-variables.js';

/**
 * Replaces the draft. With `ifMatch` (the ETag the editor loaded), a draft saved meanwhile by
 * someone else is not overwritten: the caller gets a conflict and can reload.
 */
export async function updateOrientationDraft({
  db,
  tenantId,
  slug,
  principal,
  input,
  ifMatch,
}: {
  db: Db;
  tenantId: string;
  slug: string;
  principal: Principal;
  input: OrientationInput;
  ifMatch?: string | undefined;
}): Promise<{ detail: OrientationDetail; etag: string }> {
  const document = readOrientationInput(input, await tenantVariables(db, tenantId));
  if (document.slug !== slug) {
    throw new AppError('invalid_orientation', 'The slug of an orientation cannot change.', {
      details: [{ path: 'slug', message: `must stay "${slug}"` }],
    });
  }
  return db.$transaction(async (tx) => {
    // Row lock: two saves of the same draft are serialised, so the ETag check is reliable.
    const existing = await findOrientation(tx, tenantId, slug);
    await tx.$executeRaw`SELECT 1 FROM "Orientation" WHERE id = ${existing.id} AND "tenantId" = ${tenantId} FOR UPDATE`;
    const locked = await findOrientation(tx, tenantId, slug);
    if (ifMatch !== undefined && ifMatch !== draftEtag(locked)) {
      throw new AppError('precondition_failed', 'The draft was changed since you loaded it.', {
        details: [{ path: 'If-Match', message: `the current ETag is ${draftEtag(locked)}` }],
      });
    }
    await tx.orientation.update({
      where: { id: locked.id, tenantId },
      data: { draft: document as object, updatedBy: principal.keyId },
    });
    await recordAudit(tx, principal, {
      tenantId,
      action: 'orientation.draft_updated',
      targetType: 'orientation',
      targetId: slug,
    });
    const { orientation, published } = await getOrientation({ db: tx, tenantId, slug });
    return { detail: orientationDetailView(orientation, published), etag: draftEtag(orientation) };
  });
}
