import type { PageQuery } from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import { afterCursor, newestFirst, toPage } from '../../lib/pagination.js';
import { sessionView, sessionWithVersion } from './session-views.js';

/** The tenant's sessions, newest first. */
export async function listSessions({
  db,
  tenantId,
  page,
}: {
  db: Db;
  tenantId: string;
  page: PageQuery;
}) {
  const rows = await db.session.findMany({
    where: { tenantId, ...afterCursor(page.cursor) },
    include: sessionWithVersion,
    orderBy: newestFirst,
    take: page.limit + 1,
  });
  return toPage(rows, page.limit, sessionView);
}
