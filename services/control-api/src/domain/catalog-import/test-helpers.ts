import type { JobView } from '@scenaro/api-contract';
import { Queue } from 'bullmq';
import {
  CSV_COLUMNS,
  csvRow,
  generateCatalog,
} from '../../../../../scripts/catalog-generator/index.js';
import { QUEUE_NAME } from '../../jobs/queue.js';
import type { TestApp } from '../../testing/harness.js';

/** A generated wine catalogue as CSV text, in the column layout of the generator. */
export function wineCsv(count: number, seed = 7, skuPrefix = 'VIN'): string {
  const products = generateCatalog({ seed, count, skuPrefix });
  return `${CSV_COLUMNS.join(',')}\n${products.map(csvRow).join('')}`;
}

/** POSTs a file to the tenant's import endpoint. */
export function postImport(
  t: TestApp,
  tenant: { id: string; key: string },
  body: string | Buffer,
  contentType = 'text/csv',
) {
  return t.app.inject({
    method: 'POST',
    url: `/v1/tenants/${tenant.id}/catalog/imports`,
    headers: { authorization: `Bearer ${tenant.key}`, 'content-type': contentType },
    payload: body,
  });
}

/** GETs a job as the tenant. */
export async function readJob(t: TestApp, tenant: { id: string; key: string }, jobId: string) {
  const response = await t.call({
    method: 'GET',
    url: `/v1/tenants/${tenant.id}/jobs/${jobId}`,
    key: tenant.key,
  });
  if (response.statusCode !== 200) throw new Error(`job: ${response.statusCode} ${response.body}`);
  return response.json() as JobView;
}

/** Polls a job until it is completed or failed; `onPoll` sees every state on the way. */
export async function waitForJob(
  t: TestApp,
  tenant: { id: string; key: string },
  jobId: string,
  { timeoutMs = 120_000, onPoll }: { timeoutMs?: number; onPoll?: (job: JobView) => void } = {},
): Promise<JobView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = await readJob(t, tenant, jobId);
    onPoll?.(job);
    if (job.status === 'completed' || job.status === 'failed') return job;
    if (Date.now() > deadline) throw new Error(`job ${jobId} still ${job.status}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** How many messages the test app's queue holds, in any state. */
export async function queuedMessages(t: TestApp): Promise<number> {
  const queue = new Queue(QUEUE_NAME, { connection: t.redis, prefix: t.queuePrefix });
  try {
    const counts = await queue.getJobCounts();
    return Object.values(counts).reduce((sum, count) => sum + count, 0);
  } finally {
    await queue.close();
  }
}
