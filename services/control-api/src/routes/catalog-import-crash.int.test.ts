import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CSV_COLUMNS,
  csvRow,
  generateCatalog,
} from '../../../../scripts/catalog-generator/index.js';
import { postImport, readJob, waitForJob } from '../domain/catalog-import/test-helpers.js';
import { createProcessors } from '../jobs/processors.js';
import { type JobWorker, startJobWorker } from '../jobs/worker.js';
import {
  ADMIN_KEY,
  createTenant,
  createTestApp,
  REDIS_URL,
  type TestApp,
} from '../testing/harness.js';

// A worker process killed in the middle of an import: the job must be taken up again by
// another worker and end with exactly the file's products.
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const ROWS = 6000;

let t: TestApp;
let shop: Awaited<ReturnType<typeof createTenant>>;
let child: ChildProcess | undefined;
let worker: JobWorker | undefined;

/** The URL of the test app's own database (the harness keeps it to itself). */
async function databaseUrl(): Promise<string> {
  const [row] = await t.db.$queryRaw<{ name: string }[]>`SELECT current_database() AS name`;
  const url = new URL(
    process.env.TEST_DATABASE_URL ??
      process.env.DATABASE_URL ??
      'postgresql://postgres@127.0.0.1:5432/postgres',
  );
  url.pathname = `/${row?.name}`;
  return url.toString();
}

/** Runs `src/worker.ts` as its own process, as `npm start` does. */
async function startWorkerProcess(): Promise<ChildProcess> {
  const process_ = spawn(
    process.execPath,
    ['--import', 'tsx', 'services/control-api/src/worker.ts'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: await databaseUrl(),
        REDIS_URL,
        QUEUE_PREFIX: t.queuePrefix,
        SCENARO_ADMIN_KEY: ADMIN_KEY,
        LOG_LEVEL: 'silent',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  return process_;
}

beforeAll(async () => {
  t = await createTestApp();
  shop = await createTenant(t, t.adminKey, 'Cave');
});
afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await worker?.close();
  await t?.close();
});

describe('a worker killed in the middle of an import', () => {
  it('is retried by another worker and ends with exactly the products of the file', async () => {
    const products = generateCatalog({ seed: 3, count: ROWS, skuPrefix: 'CRASH' });
    const csv = `${CSV_COLUMNS.join(',')}\n${products.map(csvRow).join('')}`;
    const response = await postImport(t, shop, csv);
    expect(response.statusCode, response.body).toBe(202);
    const { jobId } = response.json();

    child = await startWorkerProcess();
    const exited = new Promise((resolve) => child?.once('exit', resolve));
    // Kill it hard once it has written part of the file.
    const deadline = Date.now() + 60_000;
    for (;;) {
      const job = await readJob(t, shop, jobId);
      if (job.status === 'running' && job.processed > 0) break;
      if (job.status === 'completed') throw new Error('the import finished before the kill');
      if (Date.now() > deadline) throw new Error(`the worker process never started the job`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    child.kill('SIGKILL');
    await exited;

    const halfway = await readJob(t, shop, jobId);
    expect(halfway.status).toBe('running');
    expect(halfway.processed).toBeLessThan(ROWS);
    const written = await t.db.product.count({ where: { tenantId: shop.id } });
    expect(written).toBeGreaterThan(0);
    expect(written).toBeLessThan(ROWS);

    // BullMQ gives the job back once the dead worker's lock has expired and a stalled-job check
    // has seen it twice: 30 to 90 s with BullMQ's default intervals.
    worker = startJobWorker({
      redis: t.redis,
      prefix: t.queuePrefix,
      processors: createProcessors({ db: t.db }),
      onError: () => {},
    });
    const job = await waitForJob(t, shop, jobId, { timeoutMs: 150_000 });
    expect(job).toMatchObject({
      status: 'completed',
      total: ROWS,
      processed: ROWS,
      succeeded: ROWS,
      failed: 0,
      issues: [],
      attempts: 2,
    });

    const saved = await t.db.product.findMany({
      where: { tenantId: shop.id },
      orderBy: { sku: 'asc' },
      select: { sku: true, name: true, priceCents: true, stock: true, tags: true },
    });
    const expected = products
      .map(({ sku, name, priceCents, stock, tags }) => ({ sku, name, priceCents, stock, tags }))
      .sort((a, b) => (a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : 0));
    expect(saved).toEqual(expected);
  }, 200_000);
});
