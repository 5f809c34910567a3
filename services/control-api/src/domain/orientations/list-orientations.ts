import type { OrientationSummary } from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import { orientationSummaryView } from './orientation-views.js';

// A tenant has a handful of orientations, so the list is not paginated.
/** The tenant's orientations with their draft/published state. */
export async function listOrientations({
  db,
  tenantId,
}: {
  db: Db;
  tenantId: string;
}): Promise<OrientationSummary[]> {
  const orientations = await db.orientation.findMany({
    where: { tenantId },
    orderBy: { slug: 'asc' },
  });
  const current = await db.orientationVersion.findMany({
    where: {
      tenantId,
      OR: orientations.map((o) => ({ orientationId: o.id, version: o.currentVersion })),
    },
  });
  return orientations.map((orientation) =>
    orientationSummaryView(
      orientation,
      current.find((v) => v.orientationId === orientation.id)?.document,
    ),
  );
}
