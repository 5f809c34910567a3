import type { VersionDetail } from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import { versionSummaryView } from '../views.js';
import { findOrientation, findVersion } from './find-orientation.js';
import { versionAuthors } from './version-authors.js';

/** One published version with its document. */
export async function getVersion({
  db,
  tenantId,
  slug,
  version,
}: {
  db: Db;
  tenantId: string;
  slug: string;
  version: number;
}): Promise<VersionDetail> {
  const orientation = await findOrientation(db, tenantId, slug);
  const row = await findVersion(db, tenantId, orientation.id, version);
  return {
    ...versionSummaryView(
      row,
      orientation.currentVersion,
      await versionAuthors(db, [row.createdBy]),
    ),
    id: row.id,
    document: row.document as Record<string, unknown>,
  };
}
