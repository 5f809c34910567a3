import type { DbTx } from '@scenaro/db';
import { findOrientation } from './find-orientation.js';

/** One orientation with its draft and the document of its current version (if published). */
export async function getOrientation({
  db,
  tenantId,
  slug,
}: {
  db: DbTx;
  tenantId: string;
  slug: string;
}) {
  const orientation = await findOrientation(db, tenantId, slug);
  const current =
    orientation.currentVersion > 0
      ? await db.orientationVersion.findFirst({
          where: { tenantId, orientationId: orientation.id, version: orientation.currentVersion },
        })
      : null;
  return { orientation, published: current?.document ?? undefined };
}
