import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cheeses, fromagerYaml, wines } from '../domain/catalog/test-fixtures.js';
import { createTenant, createTestApp, type TestApp } from '../testing/harness.js';

// A cheese shop: its orientation declares other attributes, and the same code validates,
// searches and counts its products. The catalogue follows the tenant's primary (oldest)
// orientation, so the shop replaces the caviste it was created with by its fromager.
let t: TestApp;
let shop: Awaited<ReturnType<typeof createTenant>>;
let base: string;

beforeAll(async () => {
  t = await createTestApp();
  shop = await createTenant(t, t.adminKey, 'Fromagerie');
  const orientations = `/v1/tenants/${shop.id}/orientations`;
  const created = await t.call({
    method: 'POST',
    url: orientations,
    key: shop.key,
    headers: { 'content-type': 'application/yaml' },
    body: fromagerYaml,
  });
  expect(created.statusCode, created.body).toBe(201);
  const removed = await t.call({ method: 'DELETE', url: `${orientations}/caviste`, key: shop.key });
  expect(removed.statusCode, removed.body).toBe(204);
  base = `/v1/tenants/${shop.id}/products`;
});
afterAll(async () => t?.close());

async function search(query: string) {
  const response = await t.call({ method: 'GET', url: `${base}?${query}`, key: shop.key });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}
const skus = (result: { items: { sku: string }[] }) => result.items.map((item) => item.sku);

describe('a cheese shop, with no code of its own', () => {
  it("validates products against the fromager's attributes", async () => {
    const wrong = await t.call({
      method: 'POST',
      url: `${base}/batch`,
      key: shop.key,
      body: {
        products: [
          { ...cheeses[0], attributes: { ...cheeses[0]?.attributes, affinageMonths: 72 } },
          { ...cheeses[1], attributes: { milk: 'chamelle' } },
          wines[0],
        ],
      },
    });
    expect(wrong.statusCode).toBe(422);
    // The wine's region and pairings fit the fromager's own region and pairings attributes.
    expect(
      wrong
        .json()
        .error.details.map((d: { path: string }) => d.path)
        .sort(),
    ).toEqual([
      'products[0].attributes.affinageMonths',
      'products[1].attributes.milk',
      'products[2].attributes.color',
      'products[2].attributes.grapes',
      'products[2].attributes.milk',
      'products[2].attributes.organic',
      'products[2].attributes.vintage',
    ]);

    const loaded = await t.call({
      method: 'POST',
      url: `${base}/batch`,
      key: shop.key,
      body: { products: cheeses },
    });
    expect(loaded.json()).toEqual({ inserted: cheeses.length, updated: 0, unchanged: 0 });
  });

  it('searches with its own words and attributes', async () => {
    expect(skus(await search('q=comte'))).toEqual(['CHZ-COMTE']);
    // "chèvre" is a value of the milk attribute: a filter; "pas cher" orders by price.
    const goat = await search(`q=${encodeURIComponent('fromages de chèvre pas chers')}`);
    expect(goat.interpreted).toMatchObject({ filters: { milk: 'chèvre' }, sort: 'price_asc' });
    expect(skus(goat)).toEqual(['CHZ-CROTTIN', 'CHZ-STMAURE']);
    expect(skus(await search('q=loire')).sort()).toEqual(['CHZ-CROTTIN', 'CHZ-STMAURE']);
    expect(skus(await search('q=roquefor'))).toEqual(['CHZ-ROQUEFORT']);
    expect(skus(await search('attr.affinageMonthsMin=3&sort=price_desc'))).toEqual([
      'CHZ-COMTE',
      'CHZ-ROQUEFORT',
    ]);
    expect(skus(await search('attr.rawMilk=false&sort=price_asc'))).toEqual([
      'CHZ-MOZZA',
      'CHZ-STMAURE',
    ]);
    expect(skus(await search('attr.region=Jura'))).toEqual(['CHZ-COMTE']);
    const refused = await t.call({ method: 'GET', url: `${base}?attr.color=rouge`, key: shop.key });
    expect(refused.statusCode).toBe(400);
  });

  it('counts its own facets', async () => {
    const facets = (await t.call({ method: 'GET', url: `${base}/facets`, key: shop.key })).json();
    expect(facets.attributes.map((a: { key: string }) => a.key)).toEqual([
      'milk',
      'region',
      'rawMilk',
    ]);
    const milk = facets.attributes[0].values;
    expect(milk).toEqual([
      { value: 'chèvre', count: 2 },
      { value: 'vache', count: 2 },
      { value: 'brebis', count: 1 },
      { value: 'bufflonne', count: 1 },
    ]);
    expect(facets.attributes[2].values).toEqual([
      { value: true, count: 4 },
      { value: false, count: 2 },
    ]);
  });
});
