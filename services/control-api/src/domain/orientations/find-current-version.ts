import type { DbTx } from '@scenaro/db';
import { AppError } from '../../errors.js';
import { findOrientation, findVersion } from './find-orientation.js';

/** A tenant's primary orientation is its oldest: the one it was created with, unless removed. */
export const PRIMARY_ORIENTATION_ORDER = [{ createdAt: 'asc' as const }, { id: 'asc' as const }];

/** The named orientation (404 if missing), or the tenant's primary one when none is named. */
export async function findNamedOrPrimary(db: DbTx, tenantId: string, slug?: string | undefined) {
  const orientation = slug
    ? await findOrientation(db, tenantId, slug)
    : await db.orientation.findFirst({ where: { tenantId }, orderBy: PRIMARY_ORIENTATION_ORDER });
  if (!orientation) throw new AppError('not_found', 'This tenant has no orientation.');
  return orientation;
}

/**
 * The published version a new session of this tenant would be pinned to: the current version
 * of the named orientation, or of the tenant's first orientation when none is named.
 */
export async function findCurrentVersion(db: DbTx, tenantId: string, slug?: string | undefined) {
  const orientation = await findNamedOrPrimary(db, tenantId, slug);
  if (orientation.currentVersion === 0) {
    throw new AppError(
      'orientation_not_published',
      `The orientation "${orientation.slug}" has never been published.`,
    );
  }
  const version = await findVersion(db, tenantId, orientation.id, orientation.currentVersion);
  return { orientation, version };
}
