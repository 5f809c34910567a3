import type { PageQuery } from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import { afterCursor, newestFirst, toPage } from '../../lib/pagination.js';
import { apiKeyView } from '../views.js';

/** Platform keys (admin and runtime; revoked ones included, marked), newest first. */
export async function listPlatformKeys({ db, page }: { db: Db; page: PageQuery }) {
  const rows = await db.apiKey.findMany({
    where: { kind: { in: ['admin', 'runtime'] }, ...afterCursor(page.cursor) },
    orderBy: newestFirst,
    take: page.limit + 1,
  });
  return toPage(rows, page.limit, apiKeyView);
}
