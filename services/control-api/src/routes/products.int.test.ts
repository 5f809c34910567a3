import type { ProductSearchResult } from '@scenaro/api-contract';
import { type Db, Prisma } from '@scenaro/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDEXED_VALUE_LENGTH, indexedFilterQuery } from '../domain/catalog/attribute-filters.js';
import { compareProducts } from '../domain/catalog/compare-products.js';
import { suggestForOccasion } from '../domain/catalog/occasion.js';
import { pairProducts } from '../domain/catalog/pairing.js';
import { type SearchRequest, searchProducts } from '../domain/catalog/search-products.js';
import {
  CANDIDATES,
  priceBand,
  rowOfTenant,
  SEARCH_PRICE_BOUNDS,
  textMatches,
} from '../domain/catalog/search-sql.js';
import { tenantCatalog } from '../domain/catalog/tenant-catalog.js';
import { wines } from '../domain/catalog/test-fixtures.js';
import { upsertProducts } from '../domain/catalog/upsert-products.js';
import { createTenant, createTestApp, type TestApp } from '../testing/harness.js';

let t: TestApp;
let shop: Awaited<ReturnType<typeof createTenant>>;
let other: Awaited<ReturnType<typeof createTenant>>;
let base: string;

beforeAll(async () => {
  t = await createTestApp();
  shop = await createTenant(t, t.adminKey, 'Cave A');
  other = await createTenant(t, t.adminKey, 'Cave B');
  base = `/v1/tenants/${shop.id}/products`;
  const loaded = await t.call({
    method: 'POST',
    url: `${base}/batch`,
    key: shop.key,
    body: { products: wines },
  });
  expect(loaded.statusCode, loaded.body).toBe(200);
});
afterAll(async () => t?.close());

/** GET the search with these query parameters, as the shop. */
async function search(params: Record<string, string | number>) {
  const query = new URLSearchParams(
    Object.entries(params).map(([k, v]): [string, string] => [k, String(v)]),
  );
  const response = await t.call({ method: 'GET', url: `${base}?${query}`, key: shop.key });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as {
    items: {
      sku: string;
      priceCents: number;
      score: number | null;
      attributes: Record<string, unknown>;
    }[];
    nextCursor: string | null;
    interpreted: { text: string; filters: Record<string, unknown>; sort: string; mode: string };
  };
}
const skus = (result: { items: { sku: string }[] }) => result.items.map((item) => item.sku);

describe('writing products', () => {
  it('re-importing the same catalogue changes nothing, not even updatedAt', async () => {
    const before = await t.db.product.findMany({
      where: { tenantId: shop.id },
      orderBy: { sku: 'asc' },
    });
    const again = await t.call({
      method: 'POST',
      url: `${base}/batch`,
      key: shop.key,
      body: { products: wines },
    });
    expect(again.json()).toEqual({ inserted: 0, updated: 0, unchanged: wines.length });
    const after = await t.db.product.findMany({
      where: { tenantId: shop.id },
      orderBy: { sku: 'asc' },
    });
    expect(after).toEqual(before);

    const changed = wines.map((wine) => (wine.sku === 'BDX-01' ? { ...wine, stock: 11 } : wine));
    const once = await t.call({
      method: 'POST',
      url: `${base}/batch`,
      key: shop.key,
      body: { products: changed },
    });
    expect(once.json()).toEqual({ inserted: 0, updated: 1, unchanged: wines.length - 1 });
    const bdx = await t.db.product.findFirstOrThrow({
      where: { tenantId: shop.id, sku: 'BDX-01' },
    });
    expect(bdx.stock).toBe(11);
    expect(bdx.updatedAt.getTime()).toBeGreaterThan(
      before.find((p) => p.sku === 'BDX-01')?.updatedAt.getTime() ?? Number.POSITIVE_INFINITY,
    );
    // Folded search text, kept by the application.
    expect(bdx.searchText).toContain('chateau les ormes, bordeaux superieur');
  });

  it('refuses a batch with bad products, listing every problem with its path, and writes nothing', async () => {
    const count = await t.db.product.count();
    const bad = [
      { ...wines[0], sku: 'NEW-1' },
      { ...wines[1], sku: 'NEW-2', attributes: { ...wines[1]?.attributes, vintage: 1800 } },
      {
        ...wines[2],
        sku: 'NEW-3',
        priceCents: -5,
        attributes: { region: 'Mars', grapes: 'Syrah', smell: 'x' },
      },
      { ...wines[3], sku: 'NEW-1' },
      { ...wines[4], sku: 'NEW-5', id: 'prd_x' },
    ];
    const response = await t.call({
      method: 'POST',
      url: `${base}/batch`,
      key: shop.key,
      body: { products: bad },
    });
    expect(response.statusCode, response.body).toBe(422);
    const { error } = response.json();
    expect(error.code).toBe('invalid_products');
    const paths = error.details.map((d: { path: string }) => d.path).sort();
    expect(paths).toEqual(
      [
        'products[1].attributes.vintage',
        'products[2].priceCents',
        'products[2].attributes.region',
        'products[2].attributes.grapes',
        'products[2].attributes.smell',
        'products[2].attributes.color',
        'products[3].sku',
        'products[4].id',
      ].sort(),
    );
    expect(await t.db.product.count()).toBe(count);
  });

  it('creates, replaces, reads and deletes one product by sku', async () => {
    const body = {
      ...wines[0],
      sku: 'ONE-1',
      name: 'Bourgogne Aligoté',
      attributes: { color: 'blanc', region: 'Bourgogne', grapes: ['Aligoté'] },
    };
    const created = await t.call({ method: 'POST', url: base, key: shop.key, body });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      sku: 'ONE-1',
      currency: 'EUR',
      attributes: { color: 'blanc' },
    });
    const duplicate = await t.call({ method: 'POST', url: base, key: shop.key, body });
    expect(duplicate.statusCode).toBe(409);

    const { sku: _sku, ...withoutSku } = body;
    const replaced = await t.call({
      method: 'PUT',
      url: `${base}/ONE-1`,
      key: shop.key,
      body: { ...withoutSku, priceCents: 1234 },
    });
    expect(replaced.statusCode, replaced.body).toBe(200);
    expect(replaced.json().priceCents).toBe(1234);
    const mismatch = await t.call({
      method: 'PUT',
      url: `${base}/ONE-1`,
      key: shop.key,
      body: { ...body, sku: 'OTHER' },
    });
    expect(mismatch.statusCode).toBe(422);
    const invalid = await t.call({
      method: 'PUT',
      url: `${base}/ONE-2`,
      key: shop.key,
      body: { ...withoutSku, attributes: { color: 'bleu' } },
    });
    expect(invalid.statusCode).toBe(422);
    expect(invalid.json().error.details).toEqual([
      { path: 'attributes.color', message: expect.stringContaining('rouge') },
    ]);
    const put = await t.call({
      method: 'PUT',
      url: `${base}/ONE-2`,
      key: shop.key,
      body: withoutSku,
    });
    expect(put.statusCode).toBe(201);

    const bySku = await t.call({ method: 'GET', url: `${base}/ONE-1`, key: shop.key });
    const byId = await t.call({
      method: 'GET',
      url: `${base}/${created.json().id}`,
      key: shop.key,
    });
    expect(bySku.json()).toEqual(byId.json());

    for (const sku of ['ONE-1', 'ONE-2']) {
      expect(
        (await t.call({ method: 'DELETE', url: `${base}/${sku}`, key: shop.key })).statusCode,
      ).toBe(204);
    }
    expect((await t.call({ method: 'GET', url: `${base}/ONE-1`, key: shop.key })).statusCode).toBe(
      404,
    );
    expect(
      (await t.call({ method: 'DELETE', url: `${base}/ONE-1`, key: shop.key })).statusCode,
    ).toBe(404);
  });
});

describe('French search', () => {
  it('finds "Côtes du Rhône" from "cote du rhone" (accents, plural, stop word)', async () => {
    const result = await search({ q: 'cote du rhone' });
    expect(result.interpreted.mode).toBe('fulltext');
    expect(skus(result).sort()).toEqual(['RHO-01', 'RHO-03']);
    expect(skus(await search({ q: 'Côtes-du-Rhône' })).sort()).toEqual(['RHO-01', 'RHO-03']);
  });

  it('folds accents both ways and stems plurals', async () => {
    expect(skus(await search({ q: 'chateau' }))).toEqual(['BDX-01']);
    expect(skus(await search({ q: 'MACON' }))).toEqual(['BRG-03']);
    expect(skus(await search({ q: 'huitre' }))).toEqual(['CHA-01']);
    expect(skus(await search({ q: 'tanin' }))).toEqual(['BDX-01']);
  });

  it('"bourgogne rouge pas cher": red Burgundies, cheapest first', async () => {
    const result = await search({ q: 'bourgogne rouge pas cher' });
    expect(result.interpreted).toMatchObject({ sort: 'price_asc', filters: { color: 'rouge' } });
    expect(skus(result)).toEqual(['BRG-01', 'BRG-04', 'BRG-02']);
    const inStock = await search({ q: 'vins rouges de bourgogne bon marché', inStock: 'true' });
    expect(skus(inStock)).toEqual(['BRG-01', 'BRG-02']);
  });

  it('tolerates typos when full text finds nothing: "pinot nouar"', async () => {
    const result = await search({ q: 'pinot nouar' });
    expect(result.interpreted.mode).toBe('typo');
    expect(result.items.length).toBeGreaterThan(0);
    expect(result.items.flatMap((item) => item.attributes.grapes)).toContain('Pinot Noir');
    expect(skus(result)).toContain('BRG-01');
  });

  it('turns searchable enum values into filters when the words alone find nothing', async () => {
    // No product text says "alsace riesling sec" as such; "alsace" becomes region=Alsace.
    const result = await search({ q: 'alsace' });
    expect(skus(result)).toEqual(['ALS-01']);
  });

  it('filters on attributes, price and stock', async () => {
    expect(skus(await search({ 'attr.color': 'rosé', sort: 'price_asc' }))).toEqual([
      'PRO-01',
      'LOI-01',
    ]);
    expect(skus(await search({ 'attr.color': 'ROSE', sort: 'price_asc' }))).toEqual([
      'PRO-01',
      'LOI-01',
    ]);
    expect(skus(await search({ 'attr.grapes': 'Syrah', sort: 'price_asc' }))).toEqual([
      'RHO-01',
      'RHO-02',
    ]);
    expect(
      skus(await search({ 'attr.vintageMin': 2019, 'attr.vintageMax': 2020, sort: 'price_asc' })),
    ).toEqual(['BRG-04', 'ALS-01', 'BRG-02']);
    expect(skus(await search({ 'attr.organic': 'true', sort: 'price_desc' }))).toEqual([
      'RHO-02',
      'BRG-01',
    ]);
    expect(skus(await search({ priceMin: 1500, priceMax: 1900, sort: 'price_asc' }))).toEqual([
      'BDX-01',
      'LOI-01',
      'BRG-01',
    ]);
    expect(
      skus(
        await search({
          q: 'pinot',
          inStock: 'true',
          'attr.region': 'bourgogne',
          sort: 'price_desc',
        }),
      ),
    ).toEqual(['BRG-02', 'BRG-01']);
  });

  it('ranks by relevance and reports a score', async () => {
    const result = await search({ q: 'pinot noir' });
    expect(result.interpreted.sort).toBe('relevance');
    const scores = result.items.map((item) => item.score ?? 0);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores.every((score) => score > 0)).toBe(true);
  });

  it('refuses unknown filters and bad values with their path', async () => {
    const bad = await t.call({
      method: 'GET',
      url: `${base}?attr.color=vert&attr.smell=x&attr.vintageMin=old&foo=1`,
      key: shop.key,
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.details.map((d: { path: string }) => d.path)
        .sort(),
    ).toEqual(['querystring.foo']);
    const badAttributes = await t.call({
      method: 'GET',
      url: `${base}?attr.color=vert&attr.smell=x&attr.vintageMin=old`,
      key: shop.key,
    });
    expect(
      badAttributes
        .json()
        .error.details.map((d: { path: string }) => d.path)
        .sort(),
    ).toEqual(['querystring.attr.color', 'querystring.attr.smell', 'querystring.attr.vintageMin']);
    expect(
      (await t.call({ method: 'GET', url: `${base}?limit=101`, key: shop.key })).statusCode,
    ).toBe(400);
    expect(
      (await t.call({ method: 'GET', url: `${base}?cursor=nonsense`, key: shop.key })).statusCode,
    ).toBe(400);
  });
});

/** A search of `tenantId`, with the raw statements it sent, recorded on their way to the database. */
async function recordedSearch(tenantId: string, search: SearchRequest) {
  const statements: Prisma.Sql[] = [];
  const db = new Proxy(t.db, {
    get: (target, property, receiver) =>
      property === '$queryRaw'
        ? (first: Prisma.Sql | TemplateStringsArray, ...values: unknown[]) => {
            const query = first instanceof Prisma.Sql ? first : Prisma.sql(first, ...values);
            statements.push(query);
            return target.$queryRaw(query);
          }
        : Reflect.get(target, property, receiver),
  }) as Db;
  const orientation = await tenantCatalog({ db: t.db, tenantId });
  const result = await searchProducts({ db, tenantId, orientation, search });
  return { statements, result };
}

const statementsOf = async (tenantId: string, q: string) =>
  (await recordedSearch(tenantId, { q })).statements;

/** The skus of every page of a search, following its cursors. */
async function allPages(tenantId: string, search: SearchRequest): Promise<string[]> {
  const orientation = await tenantCatalog({ db: t.db, tenantId });
  const skus: string[] = [];
  let cursor: string | null = null;
  do {
    const page: ProductSearchResult = await searchProducts({
      db: t.db,
      tenantId,
      orientation,
      search: { ...search, ...(cursor ? { cursor } : {}) },
    });
    skus.push(...page.items.map((item) => item.sku));
    cursor = page.nextCursor;
  } while (cursor);
  return skus;
}

async function planOf(statement: Prisma.Sql): Promise<string> {
  const rows = await t.db.$queryRawUnsafe<Record<string, string>[]>(
    `EXPLAIN ${statement.text}`,
    ...statement.values,
  );
  return rows.map((row) => row['QUERY PLAN']).join('\n');
}

describe('indexes', () => {
  let bulk: string;
  beforeAll(async () => {
    // Enough rows for the planner to prefer the search indexes, as it does at scale.
    bulk = (await createTenant(t, t.adminKey, 'Bulk')).id;
    const orientation = await tenantCatalog({ db: t.db, tenantId: bulk });
    const regions = ['Bordeaux', 'Loire', 'Alsace', 'Provence', 'Languedoc'];
    const products = Array.from({ length: 3000 }, (_, i) => ({
      sku: `BULK-${i}`,
      name: i % 300 === 0 ? `Côtes du Rhône ${i}` : `Cuvée ${i} ${regions[i % 5]}`,
      description: 'Un vin de table.',
      priceCents: 500 + i,
      attributes: { color: 'rouge', region: regions[i % 5], grapes: ['Merlot'] },
    }));
    await upsertProducts({ db: t.db, tenantId: bulk, orientation, products });
    await t.db.$executeRawUnsafe('ANALYZE "Product"');
  });

  it("full text reads the tenant's own postings, and checks the tenant ($1) on every row", async () => {
    const [statement] = await statementsOf(bulk, 'cote du rhone');
    const tenantVector = (vector: string) =>
      `scenaro_tenant_tsvector("tenantId", ${vector}) @@ scenaro_tenant_tsquery($`;
    expect(statement?.text.replace(/\s+/g, ' ')).toContain(
      `"tenantId" COLLATE "C" = $1 AND ${tenantVector(`to_tsvector('french', left("searchText", char_length(name)))`)}2,`,
    );
    expect(statement?.text).toContain(
      tenantVector(
        `(to_tsvector('french', "searchText") || scenaro_product_lexemes("priceCents", attributes))`,
      ),
    );
    expect(statement?.values.slice(0, 2)).toEqual([bulk, bulk]);
    const plan = await planOf(statement as Prisma.Sql);
    expect(plan).toContain('Bitmap Index Scan on "Product_tenant_name_idx"');
    expect(plan).toContain('Bitmap Index Scan on "Product_tenant_text_idx"');
    // Never ANDed with a bitmap of every product of the tenant: the postings are the tenant's.
    expect(plan).not.toContain('BitmapAnd');
  });

  it('scores at most CANDIDATES matches of a tier, and pages through them without repeats', async () => {
    // "cuvée" is in 2 700 of the bulk names: one page reads CANDIDATES of them, not all.
    const [statement] = await statementsOf(bulk, 'cuvee');
    const analyzed = await planOf(Prisma.sql`ANALYZE ${statement as Prisma.Sql}`);
    expect(analyzed).toMatch(new RegExp(`Limit .*\\(actual time=[\\d.]+ rows=${CANDIDATES} `));
    expect(analyzed).not.toMatch(/on "Product" .*\(actual time=[\d.]+ rows=\d{4,} /);
    const seen = await allPages(bulk, { q: 'cuvee', limit: 100 });
    expect(seen).toHaveLength(CANDIDATES);
    expect(new Set(seen).size).toBe(CANDIDATES);
  });

  it('reads price-ordered matches band by band, and stops at the band that fills the page', async () => {
    const band = async (cents: number) =>
      (
        await t.db.$queryRaw<{ lexeme: string }[]>`
          SELECT scenaro_product_lexemes(${cents}::int, '{}')::text AS lexeme`
      )[0]?.lexeme;
    for (const [i, bound] of SEARCH_PRICE_BOUNDS.entries()) {
      expect([await band(bound - 1), await band(bound)]).toEqual([
        `'#price${i}'`,
        `'#price${i + 1}'`,
      ]);
      expect([priceBand(bound - 1), priceBand(bound)]).toEqual([i, i + 1]);
    }
    // Bulk prices run from 5.00 € to 34.99 €: the cheapest "cuvée" page is in the first band.
    const [statement] = await statementsOf(bulk, 'cuvee pas cher');
    const analyzed = await planOf(Prisma.sql`ANALYZE ${statement as Prisma.Sql}`);
    expect(analyzed).toContain(`'#price${priceBand(500)}'`);
    expect(analyzed).toMatch(/never executed/);
  });

  it('answers equality and list filters in the index, and reads only the rows that pass them', async () => {
    // Region is a filter here, not words: "cuvée" is in 2 700 names, 540 of them in the Loire.
    const search = { q: 'cuvee', sort: 'price_asc' as const, filters: { region: 'Loire' } };
    const { statements: sent, result: found } = await recordedSearch(bulk, search);
    expect(found.items.map((item) => item.attributes.region)).toEqual(Array(20).fill('Loire'));
    const analyzed = await planOf(Prisma.sql`ANALYZE ${sent[0] as Prisma.Sql}`);
    expect(analyzed).toContain("'#region=Loire'");
    expect(analyzed).not.toMatch(/Rows Removed by Filter/);
    // The index holds each value as it is stored; a value it leaves out is a filter like before.
    for (const [value, indexed] of [
      ["L'Étoile \\ «Jura»", true],
      ['x'.repeat(INDEXED_VALUE_LENGTH), true],
      ['x'.repeat(INDEXED_VALUE_LENGTH + 1), false],
    ] as const) {
      const query = indexedFilterQuery([{ key: 'region', kind: 'equals', value }]);
      expect(query === null).toBe(!indexed);
      if (query === null) continue;
      const [row] = await t.db.$queryRaw<{ hit: boolean }[]>`
        SELECT scenaro_product_lexemes(100, jsonb_build_object('region', ${value}::text))
               @@ ${query}::tsquery AS hit`;
      expect(row?.hit).toBe(true);
    }
  });

  it('pages text matches in exact price order, both ways, within price bounds', async () => {
    const expected = await t.db.product.findMany({
      where: { tenantId: bulk, name: { startsWith: 'Cuvée' }, priceCents: { gte: 700, lte: 2600 } },
      select: { sku: true, priceCents: true, id: true },
    });
    for (const sort of ['price_asc', 'price_desc'] as const) {
      const seen = await allPages(bulk, {
        q: 'cuvee',
        sort,
        priceMinCents: 700,
        priceMaxCents: 2600,
        limit: 100,
      });
      const order = [...expected].sort((a, b) =>
        a.priceCents !== b.priceCents ? a.priceCents - b.priceCents : a.id < b.id ? -1 : 1,
      );
      if (sort === 'price_desc') order.reverse();
      expect(seen).toEqual(order.map((product) => product.sku));
    }
  });

  it('the typo fallback corrects words in the vocabulary, then searches through the full-text index', async () => {
    // French stemming already forgives "rhonne"; "rhaune" only sounds like "rhône".
    const known = await statementsOf(bulk, 'cotes du rhaune');
    expect(known).toHaveLength(3);
    expect(known[1]?.text).toContain('FROM "ProductWord" w');
    expect(await planOf(known.at(-1) as Prisma.Sql)).toContain('Product_tenant_text_idx');
    // No statement matches products by trigram any more: that cost grew with the whole table.
    const unknown = await statementsOf(bulk, 'sancere');
    expect(unknown.map((statement) => statement.text).join('\n')).not.toMatch(
      /<%|similarity\([^)]*"searchText"/,
    );
    expect(skus(await search({ q: 'sancere' }))).toEqual(['LOI-01']);
    expect(skus(await search({ q: 'cotes du rhaune' })).sort()).toEqual(['RHO-01', 'RHO-03']);
  });
});

describe('pagination', () => {
  it('walks the whole catalogue in price order with keyset cursors', async () => {
    const seen: { sku: string; priceCents: number }[] = [];
    let cursor: string | null = null;
    do {
      const page = await search({ sort: 'price_asc', limit: 5, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.map((item) => item.sku).sort()).toEqual(wines.map((wine) => wine.sku).sort());
    const prices = seen.map((item) => item.priceCents);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
  });

  it('pages relevance results without repeats', async () => {
    const first = await search({ q: 'pinot', limit: 2 });
    expect(first.nextCursor).not.toBeNull();
    const second = await search({ q: 'pinot', limit: 2, cursor: first.nextCursor ?? '' });
    const all = await search({ q: 'pinot', limit: 100 });
    expect([...skus(first), ...skus(second)]).toEqual(skus(all).slice(0, 4));
  });
});

describe('facets', () => {
  it('counts values of facet attributes and price bands, in stock only', async () => {
    const response = await t.call({ method: 'GET', url: `${base}/facets`, key: shop.key });
    expect(response.statusCode, response.body).toBe(200);
    const facets = response.json();
    expect(facets.inStock).toBe(wines.length - 1);
    const color = facets.attributes.find((a: { key: string }) => a.key === 'color');
    expect(color.values).toContainEqual({ value: 'rouge', count: 5 }); // BRG-04 is out of stock
    expect(color.values).toContainEqual({ value: 'rosé', count: 2 });
    const grapes = facets.attributes.find((a: { key: string }) => a.key === 'grapes');
    expect(grapes.values[0]).toEqual({ value: 'Pinot Noir', count: 4 }); // BRG-04 is out of stock
    const organic = facets.attributes.find((a: { key: string }) => a.key === 'organic');
    expect(organic.values).toEqual([{ value: true, count: 2 }]);
    expect(facets.price).toMatchObject({ minCents: 990, maxCents: 6500 });
    expect(facets.price.bands[0]).toEqual({ minCents: 0, maxCents: 1000, count: 1 });
    expect(
      facets.price.bands.reduce((sum: number, band: { count: number }) => sum + band.count, 0),
    ).toBe(wines.length - 1);
  });
});

describe('tenant isolation', () => {
  it("never shows a tenant's products to another tenant", async () => {
    const theirs = await t.call({
      method: 'GET',
      url: `/v1/tenants/${other.id}/products?q=bourgogne`,
      key: other.key,
    });
    expect(theirs.json().items).toEqual([]);
    const facets = await t.call({
      method: 'GET',
      url: `/v1/tenants/${other.id}/products/facets`,
      key: other.key,
    });
    expect(facets.json().inStock).toBe(0);
    const id = (
      await t.db.product.findFirstOrThrow({ where: { tenantId: shop.id, sku: 'BRG-01' } })
    ).id;
    for (const ref of ['BRG-01', id]) {
      const get = await t.call({
        method: 'GET',
        url: `/v1/tenants/${other.id}/products/${ref}`,
        key: other.key,
      });
      expect(get.statusCode).toBe(404);
      const del = await t.call({
        method: 'DELETE',
        url: `/v1/tenants/${other.id}/products/${ref}`,
        key: other.key,
      });
      expect(del.statusCode).toBe(404);
    }
    const cross = await t.call({ method: 'GET', url: `${base}?q=bourgogne`, key: other.key });
    expect(cross.statusCode).toBe(404);
    // The same sku in another tenant is another product.
    const mine = await t.call({
      method: 'PUT',
      url: `/v1/tenants/${other.id}/products/BRG-01`,
      key: other.key,
      body: { name: 'Autre', priceCents: 100, attributes: { color: 'blanc', region: 'Loire' } },
    });
    expect(mine.statusCode, mine.body).toBe(201);
    const original = await t.call({ method: 'GET', url: `${base}/BRG-01`, key: shop.key });
    expect(original.json().name).toBe('Bourgogne Pinot Noir Les Ursulines');
    // A query of negated words only is matched by no posting: the tenant check on each row
    // is what keeps the other tenant's products out.
    const negated = await t.db.$queryRaw<{ name: string }[]>`
      SELECT name FROM "Product" WHERE ${rowOfTenant(other.id)}
        AND ${textMatches(other.id, Prisma.sql`websearch_to_tsquery('french', '-bourgogne')`)}`;
    expect(negated.map((row) => row.name)).toEqual(['Autre']);
  });
});

describe('advice', () => {
  it('pairs a dish with products through the pairing attribute, under a price cap', async () => {
    const orientation = await tenantCatalog({ db: t.db, tenantId: shop.id });
    const oysters = await pairProducts({
      db: t.db,
      tenantId: shop.id,
      orientation,
      dish: 'des huîtres et du pain de seigle',
    });
    expect(oysters.map((p) => p.sku)).toEqual(['CHA-01']);
    const fish = await pairProducts({
      db: t.db,
      tenantId: shop.id,
      orientation,
      dish: 'un poisson grillé',
      priceMaxCents: 2000,
    });
    expect(fish.map((p) => p.sku)).toEqual(['BRG-03']);
    const none = await pairProducts({ db: t.db, tenantId: other.id, orientation, dish: 'huîtres' });
    expect(none).toEqual([]);
  });

  it('compares 2 to 4 products side by side', async () => {
    const orientation = await tenantCatalog({ db: t.db, tenantId: shop.id });
    const result = await compareProducts({
      db: t.db,
      tenantId: shop.id,
      orientation,
      ids: ['BRG-01', 'RHO-01'],
    });
    expect(result.products.map((p) => p.sku)).toEqual(['BRG-01', 'RHO-01']);
    expect(result.attributes.find((a) => a.key === 'region')?.values).toEqual([
      'Bourgogne',
      'Rhône',
    ]);
    await expect(
      compareProducts({ db: t.db, tenantId: other.id, orientation, ids: ['BRG-02', 'RHO-01'] }),
    ).rejects.toThrow();
    await expect(
      compareProducts({ db: t.db, tenantId: shop.id, orientation, ids: ['BRG-01'] }),
    ).rejects.toThrow();
  });

  it('suggests quantities for an occasion within the budget', async () => {
    const orientation = await tenantCatalog({ db: t.db, tenantId: shop.id });
    const party = await suggestForOccasion({
      db: t.db,
      tenantId: shop.id,
      orientation,
      occasion: 'grillades entre amis',
      guests: 12,
      budgetCents: 6000,
    });
    expect(party.units).toBe(4);
    expect(party.items.reduce((sum, item) => sum + item.quantity, 0)).toBe(4);
    expect(party.totalCents).toBeLessThanOrEqual(6000);
    expect(party.withinBudget).toBe(true);
    expect(party.items[0]?.product.sku).toBe('RHO-01');
    const tight = await suggestForOccasion({
      db: t.db,
      tenantId: shop.id,
      orientation,
      occasion: 'mariage',
      guests: 30,
      budgetCents: 2000,
    });
    expect(tight.withinBudget).toBe(false);
    expect(tight.totalCents).toBeLessThanOrEqual(2000);
  });
});
