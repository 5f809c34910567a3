import type { PageQuery } from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import type { Principal } from '../../auth/principal.js';
import { afterCursor, newestFirst, toPage } from '../../lib/pagination.js';
import { tenantView } from '../views.js';

/** Tenants the caller may see: all for an admin, its own for a partner, itself for a tenant. */
export async function listTenants({
  db,
  principal,
  page,
}: {
  db: Db;
  principal: Principal;
  page: PageQuery;
}) {
  const scope =
    principal.kind === 'admin'
      ? {}
      : principal.kind === 'partner'
        ? { partnerId: principal.partnerId }
        : principal.kind === 'tenant'
          ? { id: principal.tenantId }
          : { id: { in: [] } };
  const rows = await db.tenant.findMany({
    where: { ...scope, ...afterCursor(page.cursor) },
    orderBy: newestFirst,
    take: page.limit + 1,
  });
  return toPage(rows, page.limit, tenantView);
}
