/**
 * Catalogue import benchmark: `npx tsx bench/catalog-import.ts [--rows 50000] [--batch 1000]`.
 * Generates a wine catalogue (scripts/catalog-generator), imports it as CSV and as JSON
 * through the real API (app.inject) and a job worker on a fresh bench database, then imports
 * the same CSV again (nothing to change). As a baseline, upserts the same products with
 * `upsertProducts` directly, in the same process. Prints a table.
 */
import { parseArgs } from 'node:util';
import { createTestDatabase } from '@scenaro/db/testing';
import { CSV_COLUMNS, csvRow, generateCatalog } from '../scripts/catalog-generator/index.js';
import { tenantCatalog } from '../services/control-api/src/domain/catalog/tenant-catalog.js';
import { upsertProducts } from '../services/control-api/src/domain/catalog/upsert-products.js';
import { createProcessors } from '../services/control-api/src/jobs/processors.js';
import { startJobWorker } from '../services/control-api/src/jobs/worker.js';
import { createAppOn } from '../services/control-api/src/testing/harness.js';

const { values: flags } = parseArgs({
  options: {
    rows: { type: 'string', default: '50000' },
    batch: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '7' },
  },
});
const ROWS = Number(flags.rows);
const BATCH = Number(flags.batch);
const ADMIN_KEY = 'bench-admin-key-0123456789abcdef';

const database = await createTestDatabase();
// The real app (the tests' harness) on the bench database; `bench.close()` drops it.
const bench = await createAppOn(database, {
  SCENARO_ADMIN_KEY: ADMIN_KEY,
  RATE_LIMIT_PER_MINUTE: '10000000',
  QUEUE_PREFIX: `bench-${database.url.split('/').pop()}`,
});
const { app, db, redis } = bench;
const worker = startJobWorker({
  redis,
  prefix: bench.queuePrefix,
  processors: createProcessors({ db, importBatchSize: BATCH }),
  onError: (error) => console.error('job failed', error),
});

interface Result {
  scenario: string;
  rows: number;
  acceptMs: number | null;
  totalMs: number;
}

async function createTenant(name: string) {
  const created = await app.inject({
    method: 'POST',
    url: '/v1/tenants',
    headers: { authorization: `Bearer ${ADMIN_KEY}` },
    payload: { name, template: 'caviste' },
  });
  if (created.statusCode !== 201) throw new Error(created.body);
  const body = created.json();
  return { id: body.tenant.id as string, key: body.keys[0].secret as string };
}

/** POSTs a file and waits for its job; times the 202 and the whole import. */
async function importThroughApi(
  scenario: string,
  tenant: { id: string; key: string },
  body: string,
  contentType: string,
): Promise<Result> {
  const start = performance.now();
  const response = await app.inject({
    method: 'POST',
    url: `/v1/tenants/${tenant.id}/catalog/imports`,
    headers: { authorization: `Bearer ${tenant.key}`, 'content-type': contentType },
    payload: body,
  });
  const acceptMs = performance.now() - start;
  if (response.statusCode !== 202) throw new Error(response.body);
  const { jobId } = response.json() as { jobId: string };
  for (;;) {
    const job = await db.job.findFirstOrThrow({
      where: { id: jobId, tenantId: tenant.id },
      select: { status: true, succeeded: true, failed: true, error: true },
    });
    if (job.status === 'failed') throw new Error(`${scenario}: ${job.error}`);
    if (job.status === 'completed') {
      if (job.succeeded !== ROWS) throw new Error(`${scenario}: ${job.failed} rows failed`);
      return { scenario, rows: ROWS, acceptMs, totalMs: performance.now() - start };
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The same products written with `upsertProducts` alone, in batches of BATCH. */
async function rawUpsert(
  scenario: string,
  tenantId: string,
  products: readonly unknown[],
): Promise<Result> {
  const orientation = await tenantCatalog({ db, tenantId });
  const start = performance.now();
  for (let from = 0; from < products.length; from += BATCH) {
    await upsertProducts({
      db,
      tenantId,
      orientation,
      products: products.slice(from, from + BATCH),
    });
  }
  return { scenario, rows: products.length, acceptMs: null, totalMs: performance.now() - start };
}

try {
  const products = generateCatalog({ seed: Number(flags.seed), count: ROWS });
  const csv = `${CSV_COLUMNS.join(',')}\n${products.map(csvRow).join('')}`;
  const json = JSON.stringify(products);
  console.log(
    `${ROWS} rows: CSV ${(csv.length / 1048576).toFixed(1)} MiB, JSON ${(json.length / 1048576).toFixed(1)} MiB; batches of ${BATCH}`,
  );
  const csvTenant = await createTenant('Cave CSV');
  const jsonTenant = await createTenant('Cave JSON');
  const rawTenant = await createTenant('Cave brute');

  const results: Result[] = [];
  results.push(
    await importThroughApi('API + worker, CSV, new catalogue', csvTenant, csv, 'text/csv'),
  );
  results.push(
    await importThroughApi('API + worker, CSV, same file again', csvTenant, csv, 'text/csv'),
  );
  results.push(
    await importThroughApi(
      'API + worker, JSON, new catalogue',
      jsonTenant,
      json,
      'application/json',
    ),
  );
  results.push(await rawUpsert('upsertProducts alone, new catalogue', rawTenant.id, products));
  results.push(
    await rawUpsert('upsertProducts alone, same products again', rawTenant.id, products),
  );

  const width = Math.max(...results.map((result) => result.scenario.length));
  console.log(`\n| ${'scenario'.padEnd(width)} |   rows | 202 in (ms) | total (s) |  rows/s |`);
  console.log(`|${'-'.repeat(width + 2)}|-------:|------------:|----------:|--------:|`);
  for (const { scenario, rows, acceptMs, totalMs } of results) {
    console.log(
      `| ${scenario.padEnd(width)} | ${String(rows).padStart(6)} | ${(acceptMs === null ? '—' : acceptMs.toFixed(0)).padStart(11)} | ${(totalMs / 1000).toFixed(2).padStart(9)} | ${Math.round(
        (rows * 1000) / totalMs,
      )
        .toString()
        .padStart(7)} |`,
    );
  }
} finally {
  await worker.close();
  await bench.close();
}
