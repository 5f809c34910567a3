import type { PageQuery } from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import { AppError } from '../../errors.js';
import { versionSummaryView } from '../views.js';
import { findOrientation } from './find-orientation.js';
import { versionAuthors } from './version-authors.js';

/** Published versions, newest first; the cursor is the last version number seen. */
export async function listVersions({
  db,
  tenantId,
  slug,
  page,
}: {
  db: Db;
  tenantId: string;
  slug: string;
  page: PageQuery;
}) {
  const orientation = await findOrientation(db, tenantId, slug);
  const before = page.cursor === undefined ? undefined : Number(page.cursor);
  if (before !== undefined && !Number.isInteger(before)) {
    throw new AppError('invalid_request', 'The cursor is not valid.', {
      details: [{ path: 'cursor', message: 'use the nextCursor of a previous page' }],
    });
  }
  const rows = await db.orientationVersion.findMany({
    where: {
      tenantId,
      orientationId: orientation.id,
      ...(before !== undefined && { version: { lt: before } }),
    },
    orderBy: { version: 'desc' },
    take: page.limit + 1,
  });
  const items = rows.slice(0, page.limit);
  const authors = await versionAuthors(
    db,
    items.map((row) => row.createdBy),
  );
  return {
    items: items.map((row) => versionSummaryView(row, orientation.currentVersion, authors)),
    nextCursor: rows.length > page.limit ? String(items.at(-1)?.version) : null,
  };
}
