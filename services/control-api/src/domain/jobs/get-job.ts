import type { JobView } from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import { AppError } from '../../errors.js';
import { jobColumns, jobView } from './job-views.js';

/** One job of the tenant, with its progress and row issues (404 if it is not the tenant's). */
export async function getJob({
  db,
  tenantId,
  jobId,
}: {
  db: Db;
  tenantId: string;
  jobId: string;
}): Promise<JobView> {
  const job = await db.job.findFirst({ where: { id: jobId, tenantId }, select: jobColumns });
  if (!job) throw new AppError('not_found', `No job ${jobId} in this tenant.`);
  return jobView(job);
}
