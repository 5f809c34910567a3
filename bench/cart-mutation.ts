/**
 * Cart mutation benchmark: `npx tsx bench/cart-mutation.ts [--sessions 20] [--iterations 300]`.
 * On a fresh database, drives the runtime routes through the real app (app.inject, runtime key):
 * cart add / update / remove and selection add, each a locked transaction that bumps the
 * session revision and records an event. Baselines measured in the same run: the state read
 * (`GET …/state`), a product read by primary key through the API, and the same primary-key
 * lookup in SQL alone. Prints a table with the ratio of each p50 to the API primary-key read.
 */
import { parseArgs } from 'node:util';
import { createTestDatabase } from '@scenaro/db/testing';
import pg from 'pg';
import { createAppOn } from '../services/control-api/src/testing/harness.js';
import { printTable, summary, summaryCells } from './report.js';

const { values: flags } = parseArgs({
  options: {
    sessions: { type: 'string', default: '20' },
    iterations: { type: 'string', default: '300' },
  },
});
const SESSIONS = Number(flags.sessions);
const ITERATIONS = Number(flags.iterations);
const PRODUCTS = 50;
/** Lines every session holds throughout, so a mutation works on a cart that is not empty. */
const STANDING_LINES = 3;
const ADMIN_KEY = 'bench-admin-key-0123456789abcdef';

async function timed(into: number[], run: () => Promise<{ statusCode: number; body: string }>) {
  const start = performance.now();
  const response = await run();
  into.push(performance.now() - start);
  if (response.statusCode >= 300) throw new Error(`${response.statusCode}: ${response.body}`);
}

const database = await createTestDatabase();
// The real app (the tests' harness) on the bench database; `bench.close()` drops it.
const bench = await createAppOn(database, {
  SCENARO_ADMIN_KEY: ADMIN_KEY,
  RATE_LIMIT_PER_MINUTE: '10000000',
  QUEUE_PREFIX: `bench-${database.url.split('/').pop()}`,
});
const { app, db } = bench;
const pool = new pg.Pool({ connectionString: database.url, max: 2 });

const inject = (
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  key: string,
  body?: object,
) =>
  app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${key}` },
    ...(body ? { payload: body } : {}),
  });

try {
  const created = await inject('POST', '/v1/tenants', ADMIN_KEY, {
    name: 'Cave bench',
    template: 'caviste',
  });
  if (created.statusCode !== 201) throw new Error(created.body);
  const tenantId = created.json().tenant.id as string;
  const tenantKey = created.json().keys[0].secret as string;
  const runtime = await inject('POST', '/v1/keys', ADMIN_KEY, { name: 'bench', kind: 'runtime' });
  if (runtime.statusCode !== 201) throw new Error(runtime.body);
  const runtimeKey = runtime.json().secret as string;

  const productIds = Array.from({ length: PRODUCTS }, (_, i) => `prd_bench${i}`);
  await db.product.createMany({
    data: productIds.map((id, i) => ({
      id,
      tenantId,
      sku: `BENCH-${i}`,
      name: `Vin ${i}`,
      priceCents: 900 + i * 37,
      currency: 'EUR',
      stock: 1_000_000,
      searchText: `vin ${i}`,
    })),
  });

  const sessions: string[] = [];
  for (let s = 0; s < SESSIONS; s++) {
    const response = await inject('POST', `/v1/tenants/${tenantId}/sessions`, tenantKey);
    if (response.statusCode !== 201) throw new Error(response.body);
    const sessionId = response.json().sessionId as string;
    for (let l = 0; l < STANDING_LINES; l++) {
      const line = await inject('POST', `/v1/runtime/sessions/${sessionId}/cart`, runtimeKey, {
        productId: productIds[l],
        quantity: 1,
      });
      if (line.statusCode !== 200) throw new Error(line.body);
    }
    sessions.push(sessionId);
  }

  const samples = {
    add: [] as number[],
    update: [] as number[],
    remove: [] as number[],
    selection: [] as number[],
    state: [] as number[],
    pkApi: [] as number[],
    pkSql: [] as number[],
  };
  // Interleaved so every operation sees the same database, cache and machine load.
  const WARMUP = 20;
  for (let i = 0; i < WARMUP + ITERATIONS; i++) {
    const session = sessions[i % sessions.length] as string;
    const productId = productIds[STANDING_LINES + (i % (PRODUCTS - STANDING_LINES))] as string;
    const rt = `/v1/runtime/sessions/${session}`;
    const s =
      i < WARMUP
        ? { add: [], update: [], remove: [], selection: [], state: [], pkApi: [], pkSql: [] }
        : samples;
    await timed(s.add, () => inject('POST', `${rt}/cart`, runtimeKey, { productId, quantity: 1 }));
    await timed(s.update, () =>
      inject('PATCH', `${rt}/cart/${productId}`, runtimeKey, { quantity: 3 }),
    );
    await timed(s.remove, () => inject('DELETE', `${rt}/cart/${productId}`, runtimeKey));
    await timed(s.selection, () => inject('POST', `${rt}/selection`, runtimeKey, { productId }));
    // Untimed: keeps the selection bounded so every iteration adds a new item.
    await inject('DELETE', `${rt}/selection/${productId}`, runtimeKey);
    await timed(s.state, () => inject('GET', `${rt}/state`, runtimeKey));
    await timed(s.pkApi, () =>
      inject('GET', `/v1/tenants/${tenantId}/products/${productId}`, tenantKey),
    );
    const start = performance.now();
    await pool.query('SELECT * FROM "Product" WHERE id = $1 AND "tenantId" = $2', [
      productId,
      tenantId,
    ]);
    s.pkSql.push(performance.now() - start);
  }

  const pk = summary(samples.pkApi);
  const rows: [string, number[]][] = [
    ['primary key, SQL alone', samples.pkSql],
    ['primary key, API (baseline)', samples.pkApi],
    ['GET …/state (read)', samples.state],
    ['cart add (POST …/cart)', samples.add],
    ['cart update (PATCH …/cart/:id)', samples.update],
    ['cart remove (DELETE …/cart/:id)', samples.remove],
    ['selection add (POST …/selection)', samples.selection],
  ];
  const header = ['operation', 'p50', 'p95', 'p99', 'p50 ×pk API', 'p95 ×pk API'];
  const cells = rows.map(([label, values]) => [label, ...summaryCells(values, pk).cells]);
  console.log(
    `\n${SESSIONS} sessions with ${STANDING_LINES} standing cart lines, ${ITERATIONS} iterations of each operation (interleaved), times in ms\n`,
  );
  printTable(header, cells);
} finally {
  await pool.end();
  await bench.close();
}
