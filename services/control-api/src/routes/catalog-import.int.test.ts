import { randomBytes } from 'node:crypto';
import { MAX_IMPORT_BYTES } from '@scenaro/api-contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  postImport,
  queuedMessages,
  readJob,
  waitForJob,
  wineCsv,
} from '../domain/catalog-import/test-helpers.js';
import { createProcessors } from '../jobs/processors.js';
import { type JobWorker, startJobWorker } from '../jobs/worker.js';
import { createTenant, createTestApp, type TestApp } from '../testing/harness.js';

let t: TestApp;
let worker: JobWorker;
let shop: Awaited<ReturnType<typeof createTenant>>;
let other: Awaited<ReturnType<typeof createTenant>>;
const workerErrors: unknown[] = [];

beforeAll(async () => {
  t = await createTestApp();
  shop = await createTenant(t, t.adminKey, 'Cave A');
  other = await createTenant(t, t.adminKey, 'Cave B');
  worker = startJobWorker({
    redis: t.redis,
    prefix: t.queuePrefix,
    processors: createProcessors({ db: t.db }),
    onError: (error) => workerErrors.push(error),
  });
});
afterAll(async () => {
  await worker?.close();
  await t?.close();
});

const HEADER = 'sku,name,description,price,currency,stock,tags,color,region,vintage,organic,grapes';

/** Rows for `HEADER`; line numbers in comments (the header is line 1). */
const MIXED_CSV = [
  HEADER,
  'A-1,Chinon,"Rouge de Loire, souple",12.50,EUR,10,loire|rouge,rouge,Loire,2021,oui,Cabernet franc', // 2
  'A-2,Sancerre,,"18,90",,5,,blanc,Loire,2022,false,Sauvignon', // 3
  'A-3,Sans prix,,,,,,rouge,Loire,,,', // 4: no price
  'A-4,Couleur inconnue,,9.90,,,,bleu,Loire,,,', // 5: color not in enum
  'A-5,Millésime,,9.90,,,,rouge,Loire,deux mille,,', // 6: vintage not a number
  'A-1,Doublon,,7.00,,,,rouge,Loire,,,', // 7: sku of line 2 again
  '', // 8: blank, skipped
  '"A-6","Multi', // 9
  'ligne",,"5.5",,1,,rosé,Provence,2023,1,Grenache|Cinsault', // (line 10)
  'A-7,Trop de cellules,,5.00,,,,rouge,Loire,,,,extra', // 11
].join('\n');

async function productCount(tenantId: string) {
  return t.db.product.count({ where: { tenantId } });
}

describe('POST /v1/tenants/{tenantId}/catalog/imports refuses malformed files', () => {
  const cases: { name: string; body: string | Buffer; type: string; status: number }[] = [
    { name: 'plain text', body: 'hello', type: 'text/plain', status: 415 },
    {
      name: 'an octet stream',
      body: randomBytes(64),
      type: 'application/octet-stream',
      status: 415,
    },
    { name: 'no content type', body: 'sku,name,price\nA,B,1', type: '', status: 415 },
    {
      name: 'a non-UTF-8 charset',
      body: 'sku,name,price\n',
      type: 'text/csv; charset=latin1',
      status: 415,
    },
    {
      name: 'binary garbage sent as CSV',
      body: Buffer.from([0xff, 0xfe, 0, 1, 2, 0x80, 0x81]),
      type: 'text/csv',
      status: 400,
    },
    {
      name: 'a CSV without a header',
      body: 'A-1,Chinon,12.50\nA-2,Sancerre,18.90\n',
      type: 'text/csv',
      status: 400,
    },
    {
      name: 'an unknown column',
      body: 'sku,name,price,colour,cepage\nA-1,Chinon,12.50,rouge,x\n',
      type: 'text/csv',
      status: 400,
    },
    {
      name: 'a missing price column',
      body: 'sku,name,color\nA-1,Chinon,rouge\n',
      type: 'text/csv',
      status: 400,
    },
    { name: 'an empty file', body: '', type: 'text/csv', status: 400 },
    { name: 'a header and no rows', body: `${HEADER}\n\n`, type: 'text/csv', status: 400 },
    {
      name: 'an unterminated quote',
      body: `${HEADER}\nA-1,"Chinon,12\n`,
      type: 'text/csv',
      status: 400,
    },
    { name: 'JSON sent as CSV', body: '[{"sku":"A"}]', type: 'text/csv', status: 400 },
    { name: 'invalid JSON', body: '[{"sku": "A",', type: 'application/json', status: 400 },
    {
      name: 'a JSON object without products',
      body: '{"items": []}',
      type: 'application/json',
      status: 400,
    },
    { name: 'an empty JSON list', body: '[]', type: 'application/json', status: 400 },
    { name: 'YAML', body: 'products: []', type: 'application/yaml', status: 415 },
  ];

  for (const { name, body, type, status } of cases) {
    it(`refuses ${name} (${status}) and writes nothing`, async () => {
      const response = await postImport(t, shop, body, type);
      expect(response.statusCode, response.body).toBe(status);
      expect(response.json().error.message).toBeTruthy();
      expect(await t.db.job.count()).toBe(0);
      expect(await productCount(shop.id)).toBe(0);
      expect(await queuedMessages(t)).toBe(0);
    });
  }

  it('refuses a file over 50 MiB (413) and writes nothing', async () => {
    const huge = `${HEADER}\n${'x'.repeat(MAX_IMPORT_BYTES)}`;
    const response = await postImport(t, shop, huge);
    expect(response.statusCode).toBe(413);
    expect(await t.db.job.count()).toBe(0);
    expect(await queuedMessages(t)).toBe(0);
  });

  it('names the unknown columns and what is expected', async () => {
    const response = await postImport(t, shop, 'sku,name,price,colour,cepage\nA,B,1,x,y\n');
    const paths = response.json().error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['header.colour', 'header.cepage']));
    expect(JSON.stringify(response.json())).toContain('appellation');
  });
});

describe('a CSV import with bad rows', () => {
  let jobId: string;

  it('answers 202 at once with the job and its row count', async () => {
    const response = await postImport(t, shop, MIXED_CSV);
    expect(response.statusCode, response.body).toBe(202);
    const body = response.json();
    expect(body).toEqual({ jobId: expect.stringMatching(/^job_/), status: 'queued', total: 8 });
    jobId = body.jobId;
  });

  it('completes, upserts the good rows and reports each bad one with its line and field', async () => {
    const job = await waitForJob(t, shop, jobId);
    expect(job).toMatchObject({
      kind: 'catalog.import',
      status: 'completed',
      total: 8,
      processed: 8,
      succeeded: 3,
      failed: 5,
      error: null,
      attempts: 1,
    });
    expect(job.finishedAt).toBeTruthy();
    expect(job.issues).toEqual(
      expect.arrayContaining([
        { row: 4, field: 'price', message: expect.any(String) },
        { row: 5, field: 'color', message: expect.stringContaining('rouge') },
        { row: 6, field: 'vintage', message: 'must be a whole number' },
        { row: 7, field: 'sku', message: 'repeats the sku of row 2' },
        { row: 11, field: '', message: expect.stringContaining('13 cells') },
      ]),
    );
    expect(new Set(job.issues.map((issue) => issue.row))).toEqual(new Set([4, 5, 6, 7, 11]));

    const products = await t.db.product.findMany({
      where: { tenantId: shop.id },
      orderBy: { sku: 'asc' },
    });
    expect(products.map((p) => p.sku)).toEqual(['A-1', 'A-2', 'A-6']);
    const [chinon, sancerre, multi] = products;
    expect(chinon).toMatchObject({
      name: 'Chinon',
      description: 'Rouge de Loire, souple',
      priceCents: 1250,
      stock: 10,
      tags: ['loire', 'rouge'],
      attributes: {
        color: 'rouge',
        region: 'Loire',
        vintage: 2021,
        organic: true,
        grapes: ['Cabernet franc'],
      },
    });
    expect(sancerre).toMatchObject({
      priceCents: 1890,
      currency: 'EUR',
      attributes: { organic: false },
    });
    expect(multi).toMatchObject({ name: 'Multi\nligne', priceCents: 550 });
  });

  it('never shows the input bytes', async () => {
    const response = await t.call({
      method: 'GET',
      url: `/v1/tenants/${shop.id}/jobs/${jobId}`,
      key: shop.key,
    });
    expect(response.json()).not.toHaveProperty('input');
    expect(response.body).not.toContain('Chinon');
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await t.db.product.findMany({
      where: { tenantId: shop.id },
      orderBy: { sku: 'asc' },
    });
    const first = await readJob(t, shop, jobId);
    const again = await postImport(t, shop, MIXED_CSV);
    expect(again.statusCode).toBe(202);
    const second = await waitForJob(t, shop, again.json().jobId);
    expect({ ...second, id: 0, createdAt: 0, updatedAt: 0, finishedAt: 0 }).toEqual({
      ...first,
      id: 0,
      createdAt: 0,
      updatedAt: 0,
      finishedAt: 0,
    });
    const after = await t.db.product.findMany({
      where: { tenantId: shop.id },
      orderBy: { sku: 'asc' },
    });
    expect(after).toEqual(before);
  });
});

describe('a JSON import', () => {
  it('takes a list or { products }, prices in cents or euros, and reports bad items by position', async () => {
    const products = [
      { sku: 'J-1', name: 'Morgon', priceCents: 1500, attributes: { color: 'rouge' } },
      { sku: 'J-2', name: 'Muscadet', price: 8.9, tags: ['loire'], attributes: { color: 'blanc' } },
      { sku: 'J-3', name: 'Sans couleur', price: '7,50' },
      { sku: 'J-4', name: 'Deux prix', price: 7, priceCents: 700, attributes: { color: 'rouge' } },
      {
        sku: 'J-5',
        name: 'Champ inconnu',
        priceCents: 700,
        colour: 'x',
        attributes: { color: 'rouge' },
      },
      'not an object',
    ];
    const response = await postImport(t, other, JSON.stringify({ products }), 'application/json');
    expect(response.statusCode, response.body).toBe(202);
    expect(response.json().total).toBe(6);
    const job = await waitForJob(t, other, response.json().jobId);
    expect(job).toMatchObject({ status: 'completed', processed: 6, succeeded: 2, failed: 4 });
    expect(job.issues).toEqual(
      expect.arrayContaining([
        { row: 3, field: 'attributes.color', message: 'is required' },
        { row: 4, field: 'price', message: 'give price or priceCents, not both' },
        { row: 5, field: 'colour', message: 'is not a product field' },
        { row: 6, field: expect.any(String), message: expect.any(String) },
      ]),
    );
    const saved = await t.db.product.findMany({
      where: { tenantId: other.id },
      orderBy: { sku: 'asc' },
    });
    expect(saved.map((p) => [p.sku, p.priceCents])).toEqual([
      ['J-1', 1500],
      ['J-2', 890],
    ]);

    const asList = await postImport(
      t,
      other,
      JSON.stringify(products.slice(0, 2)),
      'application/json',
    );
    expect(asList.statusCode).toBe(202);
    expect(await waitForJob(t, other, asList.json().jobId)).toMatchObject({
      status: 'completed',
      succeeded: 2,
      failed: 0,
      issues: [],
    });
  });
});

describe('a 5 000-row import', () => {
  it('shows its progress while it runs, then every row imported', async () => {
    const response = await postImport(t, shop, wineCsv(5000, 11, 'BIG'));
    expect(response.statusCode, response.body).toBe(202);
    expect(response.json().total).toBe(5000);
    const seen: { status: string; processed: number }[] = [];
    const job = await waitForJob(t, shop, response.json().jobId, {
      onPoll: (polled) => seen.push({ status: polled.status, processed: polled.processed }),
    });
    expect(job).toMatchObject({ status: 'completed', processed: 5000, succeeded: 5000, failed: 0 });
    const midway = seen.filter(
      (state) => state.status === 'running' && state.processed > 0 && state.processed < 5000,
    );
    expect(midway.length, JSON.stringify(seen)).toBeGreaterThan(0);
    const processed = seen.map((state) => state.processed);
    expect(processed).toEqual([...processed].sort((a, b) => a - b));
    expect(
      await t.db.product.count({ where: { tenantId: shop.id, sku: { startsWith: 'BIG' } } }),
    ).toBe(5000);
  }, 150_000);
});

describe('jobs are tenant-scoped', () => {
  it('lists the tenant jobs newest first, paginated, without issues or input', async () => {
    const first = await t.call({
      method: 'GET',
      url: `/v1/tenants/${shop.id}/jobs?limit=2`,
      key: shop.key,
    });
    expect(first.statusCode).toBe(200);
    const page = first.json();
    expect(page.items).toHaveLength(2);
    expect(page.nextCursor).toBeTruthy();
    expect(page.items[0]).not.toHaveProperty('issues');
    expect(page.items[0]).not.toHaveProperty('input');
    expect(page.items[0].createdAt >= page.items[1].createdAt).toBe(true);
    const rest = await t.call({
      method: 'GET',
      url: `/v1/tenants/${shop.id}/jobs?limit=2&cursor=${page.nextCursor}`,
      key: shop.key,
    });
    const all = [...page.items, ...rest.json().items].map((job: { id: string }) => job.id);
    const stored = await t.db.job.findMany({
      where: { tenantId: shop.id },
      orderBy: { createdAt: 'desc' },
    });
    expect(all).toEqual(stored.map((job) => job.id));
  });

  it("answers 404 for another tenant's job, whichever tenant is in the path", async () => {
    const mine = await t.db.job.findFirstOrThrow({ where: { tenantId: shop.id } });
    const viaOwnTenant = await t.call({
      method: 'GET',
      url: `/v1/tenants/${other.id}/jobs/${mine.id}`,
      key: other.key,
    });
    expect(viaOwnTenant.statusCode).toBe(404);
    const viaVictim = await t.call({
      method: 'GET',
      url: `/v1/tenants/${shop.id}/jobs/${mine.id}`,
      key: other.key,
    });
    expect(viaVictim.statusCode).toBe(404);
    const listed = await t.call({
      method: 'GET',
      url: `/v1/tenants/${other.id}/jobs`,
      key: other.key,
    });
    expect(listed.json().items.map((job: { id: string }) => job.id)).not.toContain(mine.id);
    const refused = await postImport(t, { id: shop.id, key: other.key }, MIXED_CSV);
    expect(refused.statusCode).toBe(404);
  });

  it('met no unexpected worker error', () => {
    expect(workerErrors).toEqual([]);
  });
});
