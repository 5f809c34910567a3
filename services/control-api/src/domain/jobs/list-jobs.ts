import type { PageQuery } from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import { afterCursor, newestFirst, toPage } from '../../lib/pagination.js';
import { jobSummaryColumns, jobSummaryView } from './job-views.js';

/** The tenant's jobs, newest first, without their issues (read one job for those). */
export async function listJobs({
  db,
  tenantId,
  page,
}: {
  db: Db;
  tenantId: string;
  page: PageQuery;
}) {
  const rows = await db.job.findMany({
    where: { tenantId, ...afterCursor(page.cursor) },
    orderBy: newestFirst,
    take: page.limit + 1,
    select: jobSummaryColumns,
  });
  return toPage(rows, page.limit, jobSummaryView);
}
