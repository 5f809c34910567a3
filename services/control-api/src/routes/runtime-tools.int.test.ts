import type { Db } from '@scenaro/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchText } from '../domain/catalog/search-text.js';
import { tenantCatalog } from '../domain/catalog/tenant-catalog.js';
import { ingestKnowledgeDocument } from '../domain/knowledge/ingest-document.js';
import { createTenant, createTestApp, type TestApp } from '../testing/harness.js';

let t: TestApp;
let shop: Awaited<ReturnType<typeof createTenant>>;
let other: Awaited<ReturnType<typeof createTenant>>;
let runtimeKey: string;
let sessionId: string;
const ids: Record<string, string> = {};

interface Wine {
  sku: string;
  name: string;
  priceCents: number;
  stock: number;
  description?: string;
  attributes: Record<string, unknown>;
}

const shopWines: Wine[] = [
  {
    sku: 'BRG-01',
    name: 'Bourgogne Pinot Noir Les Ursulines',
    priceCents: 1890,
    stock: 12,
    description: 'Un pinot noir fruité et souple, idéal sur une volaille rôtie.',
    attributes: {
      color: 'rouge',
      region: 'Bourgogne',
      appellation: 'Bourgogne',
      grapes: ['Pinot Noir'],
      vintage: 2021,
      producer: 'Domaine des Ursulines',
      pairings: ['volaille rôtie', 'charcuterie'],
      tastingNotes: 'Cerise, framboise.',
    },
  },
  {
    sku: 'RHO-01',
    name: 'Côtes du Rhône Réserve',
    priceCents: 990,
    stock: 30,
    attributes: {
      color: 'rouge',
      region: 'Rhône',
      grapes: ['Grenache', 'Syrah'],
      vintage: 2022,
      pairings: ['grillades', 'pizza'],
    },
  },
  {
    sku: 'ALS-01',
    name: 'Riesling Grand Cru Schlossberg',
    priceCents: 2900,
    stock: 6,
    attributes: {
      color: 'blanc',
      region: 'Alsace',
      grapes: ['Riesling'],
      vintage: 2020,
      pairings: ['choucroute', 'poisson'],
    },
  },
  {
    sku: 'CHA-01',
    name: 'Champagne Brut Réserve',
    priceCents: 3900,
    stock: 0,
    attributes: {
      color: 'effervescent',
      region: 'Champagne',
      grapes: ['Chardonnay', 'Pinot Noir'],
      pairings: ['apéritif', 'huîtres'],
    },
  },
];

async function insertWine(tenantId: string, wine: Wine, id: string) {
  const orientation = await tenantCatalog({ db: t.db, tenantId });
  await t.db.product.create({
    data: {
      id,
      tenantId,
      sku: wine.sku,
      name: wine.name,
      description: wine.description ?? '',
      priceCents: wine.priceCents,
      stock: wine.stock,
      attributes: wine.attributes as object,
      searchText: buildSearchText(
        { ...wine, description: wine.description ?? '', tags: [] },
        orientation.catalog,
      ),
    },
  });
}

async function insertDocument(tenantId: string, id: string, title: string, content: string) {
  await t.db.knowledgeDocument.create({
    data: { id, tenantId, title, contentType: 'text/markdown', content },
  });
  await ingestKnowledgeDocument({
    db: t.db,
    tenantId,
    documentId: id,
    jobId: `job_${id}`,
    isLastAttempt: true,
  });
}

const DELIVERY = `# Livraison

Nous livrons à domicile dans toute la métropole lyonnaise sous 48 heures. La livraison est offerte dès 150 euros d'achat ; en dessous, elle coûte 9 euros. ${'Les bouteilles voyagent dans des cartons renforcés. '.repeat(20)}

# Retrait en boutique

Le click and collect est gratuit : commandez en ligne et retirez vos bouteilles le lendemain.
`;

beforeAll(async () => {
  t = await createTestApp();
  shop = await createTenant(t, t.adminKey, 'Shop');
  other = await createTenant(t, t.adminKey, 'Other');
  const key = await t.call({
    method: 'POST',
    url: '/v1/keys',
    body: { name: 'runtime', kind: 'runtime' },
  });
  runtimeKey = key.json().secret;
  for (const [index, wine] of shopWines.entries()) {
    ids[wine.sku] = `prd_shop${index}`;
    await insertWine(shop.id, wine, `prd_shop${index}`);
  }
  // The other tenant has a wine that would match every search of the shop's session.
  ids.FOREIGN = 'prd_foreign';
  await insertWine(
    other.id,
    { ...(shopWines[0] as Wine), name: 'Bourgogne Pinot Noir Étranger', sku: 'FOR-01' },
    'prd_foreign',
  );
  await insertDocument(shop.id, 'kdoc_shop', 'Conditions de vente', DELIVERY);
  await insertDocument(
    other.id,
    'kdoc_other',
    'Secrets du concurrent',
    '# Parrainage\n\nLe code de parrainage secret du concurrent est ZEBRE42 pour tout parrainage.\n',
  );
  const session = await t.call({
    method: 'POST',
    url: `/v1/tenants/${shop.id}/sessions`,
    key: shop.key,
  });
  expect(session.statusCode, session.body).toBe(201);
  sessionId = session.json().sessionId;
});
afterAll(async () => t?.close());

function tool(handler: string, body: unknown, session = sessionId) {
  return t.call({
    method: 'POST',
    url: `/v1/runtime/sessions/${session}/tools/${handler}`,
    key: runtimeKey,
    body,
  });
}

/** Everything a refused call could have touched. */
async function state(db: Db) {
  const [products, sessions, events, selection, cart, documents] = await Promise.all([
    db.product.findMany({ orderBy: { id: 'asc' } }),
    db.session.findMany({ orderBy: { id: 'asc' } }),
    db.sessionEvent.count(),
    db.selectionItem.count(),
    db.cartLine.count(),
    db.knowledgeDocument.count(),
  ]);
  return { products, sessions, events, selection, cart, documents };
}

describe('data handlers', () => {
  it('catalog.search: compact items of this tenant only, prices in units, key attributes', async () => {
    const response = await tool('catalog.search', {
      arguments: { query: 'pinot noir', limit: 5, inStockOnly: true },
    });
    expect(response.statusCode, response.body).toBe(200);
    const { result } = response.json();
    expect(result.items).toEqual([
      {
        productId: ids['BRG-01'],
        sku: 'BRG-01',
        name: 'Bourgogne Pinot Noir Les Ursulines',
        price: 18.9,
        currency: 'EUR',
        inStock: true,
        attributes: {
          color: 'rouge',
          region: 'Bourgogne',
          appellation: 'Bourgogne',
          grapes: ['Pinot Noir'],
          vintage: 2021,
        },
      },
    ]);
    expect(result).toMatchObject({ total: 1, more: false });

    const filtered = await tool('catalog.search', {
      arguments: { color: 'rouge', priceMax: 15, sort: 'price_asc' },
    });
    expect(filtered.statusCode, filtered.body).toBe(200);
    expect(filtered.json().result.items.map((item: { sku: string }) => item.sku)).toEqual([
      'RHO-01',
    ]);

    const limited = await tool('catalog.search', {
      arguments: { inStockOnly: false, limit: 2, sort: 'price_desc' },
    });
    expect(limited.json().result).toMatchObject({ total: 2, more: true });
    expect(limited.json().result.items[0]).toMatchObject({ sku: 'CHA-01', inStock: false });
  });

  it('catalog.get: every attribute with a value, a trimmed description', async () => {
    const response = await tool('catalog.get', { arguments: { productId: ids['BRG-01'] } });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().result.product).toMatchObject({
      productId: ids['BRG-01'],
      sku: 'BRG-01',
      price: 18.9,
      stock: 12,
      inStock: true,
      description: 'Un pinot noir fruité et souple, idéal sur une volaille rôtie.',
      attributes: { producer: 'Domaine des Ursulines', tastingNotes: 'Cerise, framboise.' },
    });
  });

  it('catalog.facets: in-stock values per facet and the price range in units', async () => {
    const all = await tool('catalog.facets', { arguments: {} });
    expect(all.statusCode, all.body).toBe(200);
    const { result } = all.json();
    expect(result.inStock).toBe(3);
    expect(result.price).toEqual({ min: 9.9, max: 29, currency: 'EUR' });
    const color = result.facets.find((facet: { attribute: string }) => facet.attribute === 'color');
    expect(color.values).toEqual([
      { value: 'rouge', count: 2 },
      { value: 'blanc', count: 1 },
    ]);

    const one = await tool('catalog.facets', { arguments: { attribute: 'region' } });
    expect(one.json().result.facets.map((f: { attribute: string }) => f.attribute)).toEqual([
      'region',
    ]);
  });

  it('catalog.pairing: wines whose pairings match the dish', async () => {
    const response = await tool('catalog.pairing', { arguments: { dish: 'choucroute' } });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().result).toMatchObject({
      dish: 'choucroute',
      items: [{ sku: 'ALS-01', price: 29 }],
    });
  });

  it('catalog.occasion: products and quantities for the guests within the budget', async () => {
    const response = await tool('catalog.occasion', {
      arguments: { occasion: 'barbecue grillades', guests: 9, budget: 60 },
    });
    expect(response.statusCode, response.body).toBe(200);
    const { result } = response.json();
    expect(result).toMatchObject({
      occasion: 'barbecue grillades',
      guests: 9,
      units: 3,
      currency: 'EUR',
      withinBudget: true,
    });
    const quantities = result.items.reduce(
      (sum: number, item: { quantity: number }) => sum + item.quantity,
      0,
    );
    expect(quantities).toBe(3);
    expect(result.total).toBeLessThanOrEqual(60);
  });

  it('catalog.compare: the products side by side, in the order asked', async () => {
    const response = await tool('catalog.compare', {
      arguments: { productIds: [ids['ALS-01'], ids['RHO-01']] },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(
      response.json().result.items.map((item: { sku: string; price: number }) => item.sku),
    ).toEqual(['ALS-01', 'RHO-01']);
  });

  it('knowledge.ask: trimmed passages of this tenant with their document, or noGoodAnswer', async () => {
    const response = await tool('knowledge.ask', {
      arguments: { question: 'Combien coûte la livraison à domicile ?' },
    });
    expect(response.statusCode, response.body).toBe(200);
    const { result } = response.json();
    expect(result.noGoodAnswer).toBe(false);
    expect(result.answers[0]).toMatchObject({
      heading: 'Livraison',
      documentTitle: 'Conditions de vente',
      text: expect.stringContaining('offerte dès 150 euros'),
    });
    for (const answer of result.answers) expect(answer.text.length).toBeLessThanOrEqual(601);
    expect(result.answers[0].text.endsWith('…')).toBe(true);

    const foreign = await tool('knowledge.ask', {
      arguments: { question: 'Quel est le code de parrainage secret ZEBRE42 ?' },
    });
    expect(foreign.statusCode).toBe(200);
    expect(JSON.stringify(foreign.json().result)).not.toContain('ZEBRE42');
  });
});

describe('hostile arguments are refused and change nothing', () => {
  it('refuses a tenant or session id among the arguments or the body (400)', async () => {
    const before = await state(t.db);
    const cases = [
      { arguments: { query: 'pinot', tenantId: other.id } },
      { arguments: { query: 'pinot', sessionId: 'ses_other' } },
      { arguments: { productId: ids.FOREIGN, tenantId: other.id } },
      { arguments: { query: 'pinot' }, tenantId: other.id },
      { arguments: { query: 'pinot' }, sessionId: 'ses_other' },
    ];
    for (const [index, body] of cases.entries()) {
      const handler = index === 2 ? 'catalog.get' : 'catalog.search';
      const response = await tool(handler, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.code).toBe('invalid_request');
    }
    const named = await tool('catalog.search', { arguments: { tenantId: other.id } });
    expect(named.json().error.details).toEqual([
      { path: 'arguments.tenantId', message: 'is not an allowed field' },
    ]);
    expect(named.json().error.message).toBe('The request was refused: tenantId is not allowed.');
    expect(await state(t.db)).toEqual(before);
  });

  it('refuses negative, fractional and huge limits, prices and counts (400)', async () => {
    const before = await state(t.db);
    const cases: [string, Record<string, unknown>][] = [
      ['catalog.search', { limit: -1 }],
      ['catalog.search', { limit: 0 }],
      ['catalog.search', { limit: 1_000_000 }],
      ['catalog.search', { limit: 2.5 }],
      ['catalog.search', { priceMax: -5 }],
      ['catalog.search', { priceMin: 1e12 }],
      ['catalog.search', { vintageMin: 1200 }],
      ['catalog.search', { color: 'bleu' }],
      ['catalog.search', { sort: 'id; DROP TABLE' }],
      ['catalog.search', { query: 'x'.repeat(201) }],
      ['catalog.pairing', { dish: 'boeuf', limit: 500 }],
      ['catalog.occasion', { occasion: 'mariage', guests: -3 }],
      ['catalog.occasion', { occasion: 'mariage', guests: 1_000_000 }],
      ['catalog.occasion', { occasion: 'mariage', budget: -100 }],
      ['catalog.compare', { productIds: [ids['BRG-01']] }],
      ['catalog.compare', { productIds: Array.from({ length: 5 }, (_, i) => `prd_${i}`) }],
      ['catalog.facets', { attribute: 'secretColumn' }],
      ['catalog.get', {}],
      ['catalog.get', { productId: 42 }],
      ['knowledge.ask', { question: '' }],
      ['knowledge.ask', { question: 'q'.repeat(501) }],
      ['knowledge.ask', { question: 'livraison', limit: 50 }],
    ];
    for (const [handler, args] of cases) {
      const response = await tool(handler, { arguments: args });
      expect(response.statusCode, `${handler} ${JSON.stringify(args)}`).toBe(400);
      expect(response.json().error.details[0].path).toMatch(/^arguments/);
    }
    expect(await state(t.db)).toEqual(before);
  });

  it("treats another tenant's product as unknown (404)", async () => {
    const before = await state(t.db);
    const get = await tool('catalog.get', { arguments: { productId: ids.FOREIGN } });
    expect(get.statusCode).toBe(404);
    expect(get.json().error.message).toBe('No such product in this catalogue.');
    const bySku = await tool('catalog.get', { arguments: { productId: 'FOR-01' } });
    expect(bySku.statusCode).toBe(404);
    const compare = await tool('catalog.compare', {
      arguments: { productIds: [ids['BRG-01'], ids.FOREIGN] },
    });
    expect(compare.statusCode).toBe(404);
    const search = await tool('catalog.search', { arguments: { query: 'étranger' } });
    expect(search.json().result.items).toEqual([]);
    expect(await state(t.db)).toEqual(before);
  });

  it('treats SQL-looking text as plain words', async () => {
    const before = await state(t.db);
    for (const text of [
      `'; DROP TABLE "Product"; --`,
      `pinot' OR '1'='1`,
      `") UNION SELECT * FROM "ApiKey" --`,
    ]) {
      const search = await tool('catalog.search', { arguments: { query: text } });
      expect(search.statusCode, search.body).toBe(200);
      for (const item of search.json().result.items) {
        expect(Object.values(ids).filter((id) => id !== ids.FOREIGN)).toContain(item.productId);
      }
      const pairing = await tool('catalog.pairing', { arguments: { dish: text } });
      expect(pairing.statusCode, pairing.body).toBe(200);
      const get = await tool('catalog.get', { arguments: { productId: text } });
      expect(get.statusCode).toBe(404);
    }
    expect(await state(t.db)).toEqual(before);
  });

  it('refuses malformed bodies, unknown handlers, unknown and ended sessions', async () => {
    const noArguments = await tool('catalog.search', { query: 'pinot' });
    expect(noArguments.statusCode).toBe(400);
    const notObject = await tool('catalog.search', { arguments: ['pinot'] });
    expect(notObject.statusCode).toBe(400);
    const unknownHandler = await tool('cart.empty', { arguments: {} });
    expect(unknownHandler.statusCode).toBe(404);
    const unknownSession = await tool('catalog.search', { arguments: {} }, 'ses_unknown');
    expect(unknownSession.statusCode).toBe(404);

    const ended = await t.call({
      method: 'POST',
      url: `/v1/tenants/${shop.id}/sessions`,
      key: shop.key,
    });
    const endedId = ended.json().sessionId;
    await t.call({
      method: 'POST',
      url: `/v1/runtime/sessions/${endedId}/end`,
      key: runtimeKey,
      body: {},
    });
    const afterEnd = await tool('catalog.search', { arguments: { query: 'pinot' } }, endedId);
    expect(afterEnd.statusCode).toBe(409);
    expect(afterEnd.json().error.code).toBe('session_ended');
  });
});
