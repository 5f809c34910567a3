/**
 * Catalogue search benchmark: `npx tsx bench/catalog-search.ts [--products 50000] [--tenants 20]
 * [--iterations 200] [--keep] [--reuse <database url>]`. Loads N generated wines into each of T tenants of a fresh
 * database, then times the API call (app.inject) and the SQL alone (the statements the search
 * issued, replayed on a plain pg connection) for selective and non-selective queries, against
 * a primary-key lookup. Prints a table and the query plans. `--keep` keeps the loaded database;
 * `--reuse` measures again on such a database without loading.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createDb, type Db, Prisma } from '@scenaro/db';
import { createTestDatabase } from '@scenaro/db/testing';
import pg from 'pg';
import { searchProducts } from '../services/control-api/src/domain/catalog/search-products.js';
import { tenantCatalog } from '../services/control-api/src/domain/catalog/tenant-catalog.js';
import { upsertProducts } from '../services/control-api/src/domain/catalog/upsert-products.js';
import { createAppOn } from '../services/control-api/src/testing/harness.js';
import { printTable, summary } from './report.js';

const { values: flags } = parseArgs({
  options: {
    products: { type: 'string', default: '50000' },
    tenants: { type: 'string', default: '20' },
    iterations: { type: 'string', default: '200' },
    keep: { type: 'boolean', default: false },
    reuse: { type: 'string' },
  },
});
const PRODUCTS = Number(flags.products);
const TENANTS = Number(flags.tenants);
const ITERATIONS = Number(flags.iterations);
const ADMIN_KEY = 'bench-admin-key-0123456789abcdef';
const LOAD_CHUNK = 5000;

const QUERIES: { label: string; q: string }[] = [
  { label: 'selective', q: 'syrah' },
  { label: 'selective', q: 'chardonnay' },
  { label: 'non-selective', q: 'rouge' },
  { label: 'non-selective', q: 'réserve' },
  { label: 'phrase + price', q: 'bourgogne rouge pas cher' },
  { label: 'typo fallback', q: 'pinot nouar' },
  { label: 'in most names', q: 'domaine' },
];

type RawProduct = Record<string, unknown> & { sku: string };

/** The demo catalogue generator when it is there, else a small synthetic one. */
async function catalogue(seed: number, count: number): Promise<RawProduct[]> {
  const generator = new URL('../scripts/catalog-generator/generate.ts', import.meta.url);
  if (existsSync(fileURLToPath(generator))) {
    const { generateCatalog } = (await import(generator.href)) as {
      generateCatalog(options: { seed: number; count: number }): RawProduct[];
    };
    return generateCatalog({ seed, count });
  }
  return synthetic(seed, count);
}

function synthetic(seed: number, count: number): RawProduct[] {
  const colors = ['rouge', 'blanc', 'rosé', 'effervescent'];
  const regions = ['Bordeaux', 'Bourgogne', 'Rhône', 'Loire', 'Alsace', 'Champagne', 'Languedoc'];
  const grapes = ['Syrah', 'Grenache', 'Pinot Noir', 'Chardonnay', 'Merlot', 'Chenin', 'Riesling'];
  const words = ['Réserve', 'Vieilles Vignes', 'Tradition', 'Prestige', 'Les Coteaux', 'Clos'];
  let state = seed * 2654435761;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  return Array.from({ length: count }, (_, i) => ({
    sku: `SYN-${i}`,
    name: `Domaine ${next(5000)} ${words[next(words.length)]}`,
    description: 'Un vin de caractère.',
    priceCents: 500 + next(10000),
    stock: next(50),
    attributes: {
      color: colors[next(colors.length)],
      region: regions[next(regions.length)],
      grapes: [grapes[next(grapes.length)]],
    },
  }));
}

async function time(iterations: number, run: (i: number) => Promise<unknown>) {
  for (let i = 0; i < 10; i++) await run(i);
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await run(i);
    samples.push(performance.now() - start);
  }
  return summary(samples);
}

/** A client whose raw queries are recorded, to replay exactly what the search sent. */
function recording(db: Db, into: Prisma.Sql[]): Db {
  return new Proxy(db, {
    get(target, property, receiver) {
      if (property !== '$queryRaw') return Reflect.get(target, property, receiver);
      // Called with a Prisma.Sql or as a tagged template.
      return (first: Prisma.Sql | TemplateStringsArray, ...values: unknown[]) => {
        const query = first instanceof Prisma.Sql ? first : Prisma.sql(first, ...values);
        into.push(query);
        return target.$queryRaw(query);
      };
    },
  });
}

const kept = async () => {};
const database = flags.reuse
  ? { url: flags.reuse, db: createDb(flags.reuse), drop: kept }
  : await createTestDatabase();
if (flags.keep) database.drop = kept;
// The real app (the tests' harness) on the bench database; `bench.close()` drops it.
const bench = await createAppOn(database, {
  SCENARO_ADMIN_KEY: ADMIN_KEY,
  RATE_LIMIT_PER_MINUTE: '10000000',
  QUEUE_PREFIX: `bench-${database.url.split('/').pop()}`,
});
const { app, db } = bench;
const pool = new pg.Pool({ connectionString: database.url, max: 2 });

try {
  const tenants: { id: string; key: string; productIds: string[] }[] = [];
  const loadStart = performance.now();
  if (flags.reuse) {
    const ids = await db.$queryRaw<
      { tenantId: string }[]
    >`SELECT DISTINCT "tenantId" FROM "Product"`;
    for (const { tenantId } of ids) {
      const key = await app.inject({
        method: 'POST',
        url: `/v1/tenants/${tenantId}/keys`,
        headers: { authorization: `Bearer ${ADMIN_KEY}` },
        payload: { name: 'bench', kind: 'tenant' },
      });
      const products = await db.product.findMany({
        where: { tenantId },
        select: { id: true },
        take: 500,
      });
      tenants.push({ id: tenantId, key: key.json().secret, productIds: products.map((p) => p.id) });
    }
    console.log(`Reusing ${database.url}: ${tenants.length} tenants`);
  } else console.log(`Loading ${PRODUCTS} products × ${TENANTS} tenants…`);
  for (let n = 0; n < (flags.reuse ? 0 : TENANTS); n++) {
    const created = await app.inject({
      method: 'POST',
      url: '/v1/tenants',
      headers: { authorization: `Bearer ${ADMIN_KEY}` },
      payload: { name: `Cave ${n}`, template: 'caviste' },
    });
    if (created.statusCode !== 201) throw new Error(created.body);
    const body = created.json();
    const tenantId = body.tenant.id as string;
    const orientation = await tenantCatalog({ db, tenantId });
    const products = await catalogue(n + 1, PRODUCTS);
    for (let start = 0; start < products.length; start += LOAD_CHUNK) {
      await upsertProducts({
        db,
        tenantId,
        orientation,
        products: products.slice(start, start + LOAD_CHUNK),
      });
    }
    const ids = await db.product.findMany({ where: { tenantId }, select: { id: true }, take: 500 });
    tenants.push({ id: tenantId, key: body.keys[0].secret, productIds: ids.map((p) => p.id) });
    process.stdout.write(
      `  tenant ${n + 1}/${TENANTS} (${((performance.now() - loadStart) / 1000).toFixed(0)} s)\n`,
    );
  }
  const loadSeconds = (performance.now() - loadStart) / 1000;
  await pool.query('VACUUM ANALYZE "Product"');
  await pool.query('VACUUM ANALYZE "ProductWord"');
  const size = await pool.query(
    `SELECT pg_size_pretty(pg_total_relation_size('"Product"')) AS total,
            pg_size_pretty(pg_relation_size('"Product_tenant_text_idx"')) AS fts,
            pg_size_pretty(pg_relation_size('"Product_tenant_name_idx"')) AS names,
            pg_size_pretty(pg_total_relation_size('"ProductWord"')) AS vocabulary,
            (SELECT count(*)::int FROM "ProductWord") AS words,
            (SELECT count(*)::int FROM "Product") AS products`,
  );
  const { total, fts, names, vocabulary, words, products } = size.rows[0];
  if (!flags.reuse) {
    console.log(
      `Loaded ${products} products in ${loadSeconds.toFixed(0)} s (${Math.round(products / loadSeconds)}/s)`,
    );
  }
  console.log(
    `${products} products; table+indexes ${total}, fts index ${fts}, name index ${names}; ` +
      `vocabulary ${words} words, ${vocabulary}`,
  );

  const pick = (i: number) => tenants[i % tenants.length] as (typeof tenants)[number];
  const rows: string[][] = [];
  const plans: string[] = [];

  const pkApi = await time(ITERATIONS, (i) => {
    const tenant = pick(i);
    const id = tenant.productIds[i % tenant.productIds.length];
    return app.inject({
      method: 'GET',
      url: `/v1/tenants/${tenant.id}/products/${id}`,
      headers: { authorization: `Bearer ${tenant.key}` },
    });
  });
  const pkSql = await time(ITERATIONS, (i) => {
    const tenant = pick(i);
    return pool.query('SELECT * FROM "Product" WHERE id = $1 AND "tenantId" = $2', [
      tenant.productIds[i % tenant.productIds.length],
      tenant.id,
    ]);
  });
  const fmt = (n: number) => n.toFixed(2);
  rows.push([
    'primary key',
    'by id',
    '1',
    '—',
    '—',
    fmt(pkApi.p50),
    fmt(pkApi.p95),
    fmt(pkApi.p99),
    fmt(pkSql.p50),
    fmt(pkSql.p95),
    fmt(pkSql.p99),
    '1.0',
    '1.0',
  ]);

  for (const { label, q } of QUERIES) {
    // What the search sends for this query (the same for every tenant but the tenant id).
    const statements: Prisma.Sql[] = [];
    const first = pick(0);
    const result = await searchProducts({
      db: recording(db, statements),
      tenantId: first.id,
      orientation: await tenantCatalog({ db, tenantId: first.id }),
      search: { q, limit: 20 },
    });
    const count = await pool.query(
      `SELECT count(*)::int AS n,
              count(*) FILTER (WHERE "searchName" @@ q.t)::int AS names
       FROM "Product", (SELECT websearch_to_tsquery('french', unaccent(lower($2))) AS t OFFSET 0) q
       WHERE "tenantId" = $1 AND to_tsvector('french', "searchText") @@ q.t`,
      [first.id, result.interpreted.text || q],
    );
    // How far the tiers (name matches first) move the first page from a plain ts_rank_cd order
    // over every match, the order before them: products of the page found in both.
    let shared = '—';
    if (result.interpreted.mode !== 'browse' && result.interpreted.sort === 'relevance') {
      const plain = await pool.query(
        `SELECT id FROM "Product", (SELECT websearch_to_tsquery('french', unaccent(lower($2))) AS t OFFSET 0) q
         WHERE "tenantId" = $1 AND to_tsvector('french', "searchText") @@ q.t
         ORDER BY ts_rank_cd("searchHead", q.t, 1) DESC, "priceCents", id LIMIT 20`,
        [first.id, result.interpreted.text || q],
      );
      const page = new Set(result.items.map((item) => item.id));
      const both = plain.rows.filter((row: { id: string }) => page.has(row.id)).length;
      shared = `${both}/${plain.rows.length}`;
    }
    const api = await time(ITERATIONS, (i) => {
      const tenant = pick(i);
      return app.inject({
        method: 'GET',
        url: `/v1/tenants/${tenant.id}/products?q=${encodeURIComponent(q)}`,
        headers: { authorization: `Bearer ${tenant.key}` },
      });
    });
    const sql = await time(ITERATIONS, async (i) => {
      const tenant = pick(i);
      for (const statement of statements) {
        await pool.query(
          statement.text,
          statement.values.map((value) => (value === first.id ? tenant.id : value)),
        );
      }
    });
    const mode = `${result.interpreted.mode}${statements.length > 1 ? ` (${statements.length} stmts)` : ''}`;
    rows.push([
      label,
      q,
      result.interpreted.mode === 'browse' ? '—' : `${count.rows[0].n} / ${count.rows[0].names}`,
      mode,
      shared,
      fmt(api.p50),
      fmt(api.p95),
      fmt(api.p99),
      fmt(sql.p50),
      fmt(sql.p95),
      fmt(sql.p99),
      (api.p50 / pkApi.p50).toFixed(1),
      (sql.p50 / pkSql.p50).toFixed(1),
    ]);
    for (const statement of statements) {
      const plan = await pool.query(
        `EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) ${statement.text}`,
        statement.values,
      );
      const lines = plan.rows.map((row: Record<string, string>) => row['QUERY PLAN'] ?? '');
      plans.push(`-- ${q} (${result.interpreted.mode})\n${lines.join('\n')}`);
    }
  }

  const header = [
    'query',
    'text',
    'matches / in names',
    'mode',
    'page ∩ plain rank',
    'API p50',
    'p95',
    'p99',
    'SQL p50',
    'p95',
    'p99',
    'API ×pk',
    'SQL ×pk',
  ];
  console.log(
    `\n${products} products in ${tenants.length} tenants, ${ITERATIONS} iterations, times in ms\n`,
  );
  printTable(header, rows);
  console.log(`\nQuery plans:\n\n${plans.join('\n\n')}`);
} finally {
  await pool.end();
  await bench.close();
  if (flags.keep || flags.reuse) console.log(`Kept ${database.url}`);
}
