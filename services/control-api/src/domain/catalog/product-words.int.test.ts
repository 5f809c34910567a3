import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, createTestApp, type TestApp } from '../../testing/harness.js';
import { correctWords } from './correct-words.js';
import { deleteProduct } from './delete-product.js';
import { saveProduct } from './save-product.js';
import { searchProducts } from './search-products.js';
import { tenantCatalog } from './tenant-catalog.js';
import { wines } from './test-fixtures.js';
import { upsertProducts } from './upsert-products.js';

// The vocabulary ("ProductWord") is kept by triggers on Product; these tests write products the
// ways the application does and compare it with a vocabulary recomputed from the products.
let t: TestApp;
let shop: string;
let other: string;

beforeAll(async () => {
  t = await createTestApp();
  shop = (await createTenant(t, t.adminKey, 'Cave A')).id;
  other = (await createTenant(t, t.adminKey, 'Cave B')).id;
  for (const tenantId of [shop, other]) {
    const orientation = await tenantCatalog({ db: t.db, tenantId });
    await upsertProducts({ db: t.db, tenantId, orientation, products: wines });
  }
});
afterAll(async () => t?.close());

/** Rows where the stored vocabulary and one recomputed from the products differ. */
async function drift(): Promise<unknown[]> {
  return t.db.$queryRaw`
    WITH expected AS (
      SELECT p."tenantId", w.word, scenaro_word_sound(w.word) AS sound, count(*)::int AS products
      FROM "Product" p CROSS JOIN LATERAL scenaro_text_words(p."searchText") AS w(word)
      GROUP BY 1, 2)
    SELECT e."tenantId" AS expected_tenant, e.word AS expected_word, e.products AS expected,
           s."tenantId" AS stored_tenant, s.word AS stored_word, s.products AS stored
    FROM expected e FULL JOIN "ProductWord" s ON s."tenantId" = e."tenantId" AND s.word = e.word
    WHERE e.products IS DISTINCT FROM s.products OR e.sound IS DISTINCT FROM s.sound`;
}

async function count(tenantId: string, word: string): Promise<number> {
  const row = await t.db.productWord.findUnique({
    where: { tenantId_word: { tenantId, word } },
    select: { products: true },
  });
  return row?.products ?? 0;
}

const orientationOf = (tenantId: string) => tenantCatalog({ db: t.db, tenantId });

describe('the vocabulary follows every write', () => {
  it('after an import: one row per word of each tenant, counting products', async () => {
    expect(await drift()).toEqual([]);
    // "pinot" is in the text of the four Pinot Noir wines of the fixtures.
    const pinot = wines.filter((wine) => JSON.stringify(wine).toLowerCase().includes('pinot'));
    expect(await count(shop, 'pinot')).toBe(pinot.length);
    expect(await count(other, 'pinot')).toBe(pinot.length);
    expect(await count(shop, 'sancerre')).toBe(1);
  });

  it('after updates: changed words move, a price change leaves it alone', async () => {
    const orientation = await orientationOf(shop);
    const loire = wines.find((wine) => wine.sku === 'LOI-01');
    await upsertProducts({
      db: t.db,
      tenantId: shop,
      orientation,
      products: [{ ...loire, name: 'Menetou-Salon Rosé' }],
    });
    expect(await count(shop, 'sancerre')).toBe(0);
    expect(await count(shop, 'menetou')).toBe(1);
    expect(await count(other, 'sancerre')).toBe(1);
    await upsertProducts({
      db: t.db,
      tenantId: shop,
      orientation,
      products: [{ ...loire, name: 'Menetou-Salon Rosé', priceCents: 1900 }],
    });
    expect(await count(shop, 'menetou')).toBe(1);
    await saveProduct({
      db: t.db,
      tenantId: shop,
      orientation,
      mode: 'replace',
      sku: 'LOI-01',
      input: { ...loire, name: 'Sancerre Rosé', sku: undefined },
    });
    expect(await count(shop, 'menetou')).toBe(0);
    expect(await count(shop, 'sancerre')).toBe(1);
    await saveProduct({
      db: t.db,
      tenantId: shop,
      orientation,
      mode: 'create',
      input: { ...wines[0], sku: 'NEW-01', name: 'Clos Zéphyrin' },
    });
    expect(await count(shop, 'zephyrin')).toBe(1);
    expect(await drift()).toEqual([]);
  });

  it('after deletes, of a product and of a whole tenant', async () => {
    await deleteProduct({ db: t.db, tenantId: shop, idOrSku: 'NEW-01' });
    expect(await count(shop, 'zephyrin')).toBe(0);
    const before = await count(shop, 'pinot');
    await deleteProduct({ db: t.db, tenantId: shop, idOrSku: 'BRG-01' });
    expect(await count(shop, 'pinot')).toBe(before - 1);
    expect(await count(other, 'pinot')).toBe(before);
    expect(await drift()).toEqual([]);

    const gone = (await createTenant(t, t.adminKey, 'Cave C')).id;
    await upsertProducts({
      db: t.db,
      tenantId: gone,
      orientation: await orientationOf(gone),
      products: wines.slice(0, 3),
    });
    expect(await count(gone, 'pinot')).toBeGreaterThan(0);
    await t.db.tenant.delete({ where: { id: gone } });
    expect(await t.db.productWord.count({ where: { tenantId: gone } })).toBe(0);
    expect(await drift()).toEqual([]);
  });

  it('in the writer transaction: a rolled-back import leaves no word behind', async () => {
    const orientation = await orientationOf(shop);
    await expect(
      t.db.$transaction(async (tx) => {
        await upsertProducts({
          db: tx,
          tenantId: shop,
          orientation,
          products: [{ ...wines[0], sku: 'TX-01', name: 'Cuvée Quetzalcoatl' }],
        });
        expect(
          await tx.productWord.count({ where: { tenantId: shop, word: 'quetzalcoatl' } }),
        ).toBe(1);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await count(shop, 'quetzalcoatl')).toBe(0);
    expect(await drift()).toEqual([]);
  });
});

describe('correcting query words', () => {
  it('keeps known words, finds misspelt ones by sound then trigrams, drops the rest', async () => {
    const fixed = await correctWords(t.db, other, 'pinot nouar sancere chardonay xqzwv du 2019');
    expect(fixed).toEqual({
      words: ['pinot', 'noir', 'sancerre', 'chardonnay', 'du', '2019'],
      searchable: true,
    });
    // Words are the tenant's own: the shop renamed nothing called "menetou" back.
    expect((await correctWords(t.db, other, 'menetou')).words).toEqual([]);
    expect(await correctWords(t.db, other, 'de la')).toEqual({
      words: ['de', 'la'],
      searchable: false,
    });
  });

  it('the typo search reports the corrected words it searched', async () => {
    const orientation = await orientationOf(other);
    const result = await searchProducts({
      db: t.db,
      tenantId: other,
      orientation,
      search: { q: 'chardonay' },
    });
    expect(result.interpreted).toMatchObject({ mode: 'typo', text: 'chardonnay' });
    expect(result.items.length).toBeGreaterThan(0);
    expect(
      result.items.every((item) => (item.attributes.grapes as string[]).includes('Chardonnay')),
    ).toBe(true);
  });
});

describe('relevance tiers', () => {
  let tiers: string;
  beforeAll(async () => {
    tiers = (await createTenant(t, t.adminKey, 'Cave tiers')).id;
    const orientation = await orientationOf(tiers);
    // 30 wines list Syrah among their grapes, 3 also name it; names come first whatever the
    // price, and the rest still follow, page after page.
    const products = Array.from({ length: 30 }, (_, i) => ({
      sku: `T-${String(i).padStart(2, '0')}`,
      name: i % 10 === 9 ? `Syrah du Clos ${i}` : `Cuvée du Clos ${i}`,
      priceCents: 5000 - i * 100,
      attributes: { color: 'rouge', region: 'Rhône', grapes: ['Syrah'] },
    }));
    await upsertProducts({ db: t.db, tenantId: tiers, orientation, products });
  });

  it('ranks the products naming the words first, then the other matches, without repeats', async () => {
    const orientation = await orientationOf(tiers);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await searchProducts({
        db: t.db,
        tenantId: tiers,
        orientation,
        search: { q: 'syrah', limit: 7, ...(cursor ? { cursor } : {}) },
      });
      expect(page.interpreted.mode).toBe('fulltext');
      seen.push(...page.items.map((item) => item.sku));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(30);
    expect(new Set(seen).size).toBe(30);
    // Names first, cheapest first among equals; then the others, also cheapest first.
    expect(seen.slice(0, 3)).toEqual(['T-29', 'T-19', 'T-09']);
    expect(seen.slice(3, 6)).toEqual(['T-28', 'T-27', 'T-26']);
  });
});
