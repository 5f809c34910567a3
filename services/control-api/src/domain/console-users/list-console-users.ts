import type { ListConsoleUsersQuery } from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import type { Principal } from '../../auth/principal.js';
import { assertTenantVisible } from '../../auth/tenant-access.js';
import { afterCursor, newestFirst, toPage } from '../../lib/pagination.js';
import { consoleUserView } from './console-user-view.js';
import { visibleUsersWhere } from './user-scope.js';

/** The console users the caller may see (optionally one tenant's), newest first. */
export async function listConsoleUsers({
  db,
  principal,
  query,
}: {
  db: Db;
  principal: Principal;
  query: ListConsoleUsersQuery;
}) {
  // Naming a tenant the caller cannot see answers 404, as everywhere else.
  if (query.tenantId) await assertTenantVisible({ db, principal, tenantId: query.tenantId });
  const rows = await db.consoleUser.findMany({
    where: {
      AND: [
        visibleUsersWhere(principal),
        query.tenantId ? { tenantId: query.tenantId } : {},
        afterCursor(query.cursor),
      ],
    },
    orderBy: newestFirst,
    take: query.limit + 1,
  });
  return toPage(rows, query.limit, consoleUserView);
}
