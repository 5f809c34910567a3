import type { PageQuery } from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import { afterCursor, newestFirst, toPage } from '../../lib/pagination.js';
import { auditEventView } from '../views.js';

/** The tenant's audit trail, newest first. */
export async function listAuditEvents({
  db,
  tenantId,
  page,
}: {
  db: Db;
  tenantId: string;
  page: PageQuery;
}) {
  const rows = await db.auditEvent.findMany({
    where: { tenantId, ...afterCursor(page.cursor) },
    orderBy: newestFirst,
    take: page.limit + 1,
  });
  return toPage(rows, page.limit, auditEventView);
}
