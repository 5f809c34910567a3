import type { PageQuery } from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import { afterCursor, newestFirst, toPage } from '../../lib/pagination.js';
import { partnerView } from '../views.js';

/** All partners, newest first (platform admins only). */
export async function listPartners({ db, page }: { db: Db; page: PageQuery }) {
  const rows = await db.partner.findMany({
    where: afterCursor(page.cursor),
    orderBy: newestFirst,
    take: page.limit + 1,
  });
  return toPage(rows, page.limit, partnerView);
}
