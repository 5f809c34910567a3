import type { DbTx } from '@scenaro/db';
import { AppError } from '../../errors.js';

/** The tenant's orientation with this slug, or a 404. */
export async function findOrientation(db: DbTx, tenantId: string, slug: string) {
  const orientation = await db.orientation.findUnique({
    where: { tenantId_slug: { tenantId, slug } },
  });
  if (!orientation) throw new AppError('not_found', `No orientation "${slug}" in this tenant.`);
  return orientation;
}

/** One published version of the tenant's orientation, or a 404. */
export async function findVersion(
  db: DbTx,
  tenantId: string,
  orientationId: string,
  version: number,
) {
  const found = await db.orientationVersion.findFirst({
    where: { tenantId, orientationId, version },
  });
  if (!found)
    throw new AppError('not_found', `No published version ${version} of this orientation.`);
  return found;
}
