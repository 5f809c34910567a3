import type { PageQuery } from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import { afterCursor, newestFirst, toPage } from '../../lib/pagination.js';
import { apiKeyView } from '../views.js';

/** The tenant's keys (revoked ones included, marked), newest first. */
export async function listTenantKeys({
  db,
  tenantId,
  page,
}: {
  db: Db;
  tenantId: string;
  page: PageQuery;
}) {
  const rows = await db.apiKey.findMany({
    where: { tenantId, ...afterCursor(page.cursor) },
    orderBy: newestFirst,
    take: page.limit + 1,
  });
  return toPage(rows, page.limit, apiKeyView);
}
