import type { Db } from '@scenaro/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPartner, createTenant, createTestApp, type TestApp } from '../testing/harness.js';

let t: TestApp;
let shop: Awaited<ReturnType<typeof createTenant>>;
let other: Awaited<ReturnType<typeof createTenant>>;
let runtimeKey: string;
let productSeq = 0;

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
});
afterAll(async () => t?.close());

async function product(
  tenantId: string,
  fields: { priceCents?: number; stock?: number; currency?: string } = {},
) {
  productSeq += 1;
  const created = await t.db.product.create({
    data: {
      id: `prd_test${productSeq}`,
      tenantId,
      sku: `SKU-${productSeq}`,
      name: `Vin ${productSeq}`,
      priceCents: fields.priceCents ?? 1250,
      currency: fields.currency ?? 'EUR',
      stock: fields.stock ?? 100,
      searchText: '',
    },
  });
  return created.id;
}

async function newSession(tenant: { id: string; key: string } = shop) {
  const response = await t.call({
    method: 'POST',
    url: `/v1/tenants/${tenant.id}/sessions`,
    key: tenant.key,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().sessionId as string;
}

function rt(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown) {
  return t.call({ method, url: `/v1/runtime/sessions/${url}`, key: runtimeKey, body });
}

/** Everything a session owns, to prove a refused request changed nothing. */
async function sessionRows(db: Db, sessionId: string) {
  const [session, selection, cart, events] = await Promise.all([
    db.session.findUnique({ where: { id: sessionId } }),
    db.selectionItem.findMany({ where: { sessionId }, orderBy: { productId: 'asc' } }),
    db.cartLine.findMany({ where: { sessionId }, orderBy: { productId: 'asc' } }),
    db.sessionEvent.findMany({ where: { sessionId }, orderBy: { id: 'asc' } }),
  ]);
  return { session, selection, cart, events };
}

function errorCode(response: { json(): unknown }) {
  return (response.json() as { error: { code: string } }).error.code;
}

describe('cart', () => {
  it('sums quantities on one line, keeps the unit price of the first add, totals in cents', async () => {
    const session = await newSession();
    const wine = await product(shop.id, { priceCents: 1250 });
    const cheap = await product(shop.id, { priceCents: 799 });

    const first = await rt('POST', `${session}/cart`, { productId: wine, quantity: 2 });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().line).toMatchObject({
      productId: wine,
      sku: expect.any(String),
      quantity: 2,
      unitPriceCents: 1250,
      lineTotalCents: 2500,
    });
    expect(first.json().revision).toBe(1);

    // A later catalogue price change does not reprice the existing line.
    await t.db.product.update({ where: { id: wine }, data: { priceCents: 9999 } });
    const second = await rt('POST', `${session}/cart`, { productId: wine, quantity: 3 });
    expect(second.json().line).toMatchObject({ quantity: 5, unitPriceCents: 1250 });
    await rt('POST', `${session}/cart`, { productId: cheap, quantity: 1 });

    const cart = await rt('GET', `${session}/cart`);
    expect(cart.json()).toEqual({
      cart: {
        lines: [
          expect.objectContaining({ productId: wine, quantity: 5, lineTotalCents: 6250 }),
          expect.objectContaining({ productId: cheap, quantity: 1, lineTotalCents: 799 }),
        ],
        totalCents: 7049,
        currency: 'EUR',
      },
      revision: 3,
    });

    const events = await t.db.sessionEvent.findMany({
      where: { sessionId: session, type: { startsWith: 'cart.' } },
      orderBy: { createdAt: 'asc' },
    });
    expect(events.map((e) => [e.type, (e.payload as { quantity: number }).quantity])).toEqual([
      ['cart.added', 2],
      ['cart.updated', 5],
      ['cart.added', 1],
    ]);
    expect(await t.db.session.findUnique({ where: { id: session } })).toMatchObject({
      revision: 3,
      status: 'active',
    });
  });

  it('sets a quantity, removes the line at 0, and refuses lines that are not there', async () => {
    const session = await newSession();
    const wine = await product(shop.id);
    await rt('POST', `${session}/cart`, { productId: wine, quantity: 4 });

    const updated = await rt('PATCH', `${session}/cart/${wine}`, { quantity: 2 });
    expect(updated.json().line.quantity).toBe(2);

    const zero = await rt('PATCH', `${session}/cart/${wine}`, { quantity: 0 });
    expect(zero.statusCode).toBe(200);
    expect(zero.json()).toMatchObject({ line: null, cart: { lines: [], totalCents: 0 } });

    const missing = await rt('PATCH', `${session}/cart/${wine}`, { quantity: 1 });
    expect(missing.statusCode).toBe(409);
    expect(errorCode(missing)).toBe('not_in_cart');
    const removeMissing = await rt('DELETE', `${session}/cart/${wine}`);
    expect(errorCode(removeMissing)).toBe('not_in_cart');

    await rt('POST', `${session}/cart`, { productId: wine, quantity: 1 });
    const removed = await rt('DELETE', `${session}/cart/${wine}`);
    expect(removed.statusCode).toBe(200);
    expect(removed.json().cart.lines).toEqual([]);
    expect(removed.json().revision).toBe(5);
  });

  it('refuses more than the stock, and products out of stock', async () => {
    const session = await newSession();
    const scarce = await product(shop.id, { stock: 3 });
    const none = await product(shop.id, { stock: 0 });

    const tooMany = await rt('POST', `${session}/cart`, { productId: scarce, quantity: 4 });
    expect(tooMany.statusCode).toBe(409);
    expect(errorCode(tooMany)).toBe('insufficient_stock');
    expect(tooMany.json().error.message).toContain('Only 3');

    expect(
      (await rt('POST', `${session}/cart`, { productId: scarce, quantity: 3 })).statusCode,
    ).toBe(200);
    const oneMore = await rt('POST', `${session}/cart`, { productId: scarce, quantity: 1 });
    expect(errorCode(oneMore)).toBe('insufficient_stock');
    const patchMore = await rt('PATCH', `${session}/cart/${scarce}`, { quantity: 4 });
    expect(errorCode(patchMore)).toBe('insufficient_stock');

    const out = await rt('POST', `${session}/cart`, { productId: none, quantity: 1 });
    expect(out.statusCode).toBe(409);
    expect(errorCode(out)).toBe('out_of_stock');

    const state = await rt('GET', `${session}/cart`);
    expect(state.json().cart.lines).toEqual([expect.objectContaining({ quantity: 3 })]);
  });

  it('keeps quantities within 1..maxQuantityPerLine (36 for the caviste) and lines within maxLines (30)', async () => {
    const session = await newSession();
    const wine = await product(shop.id, { stock: 1000 });

    const atMax = await rt('POST', `${session}/cart`, { productId: wine, quantity: 36 });
    expect(atMax.statusCode).toBe(200);
    const over = await rt('POST', `${session}/cart`, { productId: wine, quantity: 1 });
    expect(over.statusCode).toBe(422);
    expect(errorCode(over)).toBe('quantity_out_of_range');
    expect(over.json().error.message).toContain('36');
    expect(errorCode(await rt('PATCH', `${session}/cart/${wine}`, { quantity: 37 }))).toBe(
      'quantity_out_of_range',
    );
    for (const quantity of [0, -1, 1.5, 1000, '2']) {
      const bad = await rt('POST', `${session}/cart`, { productId: wine, quantity });
      expect(bad.statusCode, String(quantity)).toBe(400);
    }

    const many = await newSession();
    for (let i = 0; i < 30; i += 1) {
      const added = await rt('POST', `${many}/cart`, {
        productId: await product(shop.id),
        quantity: 1,
      });
      expect(added.statusCode, added.body).toBe(200);
    }
    const full = await rt('POST', `${many}/cart`, {
      productId: await product(shop.id),
      quantity: 1,
    });
    expect(full.statusCode).toBe(409);
    expect(errorCode(full)).toBe('cart_full');
  });

  it("refuses unknown products and another tenant's products, changing nothing", async () => {
    const session = await newSession();
    const foreign = await product(other.id);
    await rt('POST', `${session}/cart`, { productId: await product(shop.id), quantity: 1 });
    const before = await sessionRows(t.db, session);

    for (const productId of ['prd_nope', foreign]) {
      for (const response of [
        await rt('POST', `${session}/cart`, { productId, quantity: 1 }),
        await rt('PATCH', `${session}/cart/${productId}`, { quantity: 1 }),
        await rt('POST', `${session}/selection`, { productId }),
      ]) {
        expect(response.statusCode, response.body).toBe(422);
        expect(errorCode(response)).toBe('unknown_product');
      }
      expect((await rt('DELETE', `${session}/cart/${productId}`)).statusCode).toBe(409);
      expect((await rt('DELETE', `${session}/selection/${productId}`)).statusCode).toBe(409);
    }
    expect(await sessionRows(t.db, session)).toEqual(before);
    expect(await t.db.cartLine.count({ where: { productId: foreign } })).toBe(0);
  });

  it('loses no update when 20 "add 1" run at once on one line', async () => {
    const session = await newSession();
    const wine = await product(shop.id, { stock: 100, priceCents: 1000 });
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        rt('POST', `${session}/cart`, { productId: wine, quantity: 1 }),
      ),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(20).fill(200));
    expect(new Set(responses.map((r) => r.json().revision)).size).toBe(20);

    const state = (await rt('GET', `${session}/state`)).json();
    expect(state.cart.lines).toEqual([
      expect.objectContaining({ productId: wine, quantity: 20, lineTotalCents: 20_000 }),
    ]);
    expect(state.cart.totalCents).toBe(20_000);
    expect(state.revision).toBe(20);
    const events = await t.db.sessionEvent.findMany({
      where: { sessionId: session, type: { startsWith: 'cart.' } },
    });
    expect(events).toHaveLength(20);
    expect(
      events.map((e) => (e.payload as { quantity: number }).quantity).sort((a, b) => a - b),
    ).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });
});

describe('selection', () => {
  it('adds once (a second add is a no-op), removes, and refuses what is not there', async () => {
    const session = await newSession();
    const wine = await product(shop.id, { stock: 0 });

    const added = await rt('POST', `${session}/selection`, {
      productId: wine,
      note: 'pour samedi',
    });
    expect(added.statusCode, added.body).toBe(200);
    expect(added.json()).toMatchObject({
      changed: true,
      productId: wine,
      revision: 1,
      selection: [{ productId: wine, note: 'pour samedi', priceCents: 1250, currency: 'EUR' }],
    });
    const again = await rt('POST', `${session}/selection`, { productId: wine });
    expect(again.json()).toMatchObject({ changed: false, revision: 1 });
    expect(again.json().selection).toHaveLength(1);

    const shown = await rt('GET', `${session}/selection`);
    expect(shown.json()).toMatchObject({ revision: 1, selection: [{ productId: wine }] });

    const removed = await rt('DELETE', `${session}/selection/${wine}`);
    expect(removed.json()).toMatchObject({ changed: true, selection: [], revision: 2 });
    const missing = await rt('DELETE', `${session}/selection/${wine}`);
    expect(missing.statusCode).toBe(409);
    expect(errorCode(missing)).toBe('not_in_selection');

    const events = await t.db.sessionEvent.findMany({
      where: { sessionId: session, type: { startsWith: 'selection.' } },
      orderBy: { createdAt: 'asc' },
    });
    expect(events.map((e) => e.type)).toEqual(['selection.added', 'selection.removed']);
    expect(events[0]?.payload).toMatchObject({ productId: wine, revision: 1 });
  });

  it('holds at most maxItems (20 for the caviste)', async () => {
    const session = await newSession();
    for (let i = 0; i < 20; i += 1) {
      const added = await rt('POST', `${session}/selection`, { productId: await product(shop.id) });
      expect(added.statusCode).toBe(200);
    }
    const full = await rt('POST', `${session}/selection`, { productId: await product(shop.id) });
    expect(full.statusCode).toBe(409);
    expect(errorCode(full)).toBe('selection_full');
  });
});

describe('session lifecycle and events', () => {
  it('ends a session; an ended session refuses changes but can still be read', async () => {
    const session = await newSession();
    const wine = await product(shop.id);
    await rt('POST', `${session}/cart`, { productId: wine, quantity: 1 });

    const ended = await rt('POST', `${session}/end`, { reason: 'client parti' });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json()).toMatchObject({ sessionId: session, status: 'ended' });
    const again = await rt('POST', `${session}/end`);
    expect(again.json().endedAt).toBe(ended.json().endedAt);

    const before = await sessionRows(t.db, session);
    for (const response of [
      await rt('POST', `${session}/cart`, { productId: wine, quantity: 1 }),
      await rt('PATCH', `${session}/cart/${wine}`, { quantity: 2 }),
      await rt('DELETE', `${session}/cart/${wine}`),
      await rt('POST', `${session}/selection`, { productId: wine }),
    ]) {
      expect(response.statusCode).toBe(409);
      expect(errorCode(response)).toBe('session_ended');
    }
    expect(await sessionRows(t.db, session)).toEqual(before);
    expect((await rt('GET', `${session}/state`)).json().cart.lines).toHaveLength(1);
    expect(before.events.filter((e) => e.type === 'session.ended')).toHaveLength(1);
  });

  it('appends allowed events only, with a payload size cap', async () => {
    const session = await newSession();
    const appended = await rt('POST', `${session}/events`, {
      type: 'transcript.user',
      payload: { text: 'Un rouge pour ce soir ?' },
    });
    expect(appended.statusCode, appended.body).toBe(201);
    expect(appended.json()).toMatchObject({ id: expect.any(String), type: 'transcript.user' });

    const notAllowed = await rt('POST', `${session}/events`, { type: 'cart.updated', payload: {} });
    expect(notAllowed.statusCode).toBe(400);
    const tooLarge = await rt('POST', `${session}/events`, {
      type: 'metrics',
      payload: { blob: 'x'.repeat(20_000) },
    });
    expect(tooLarge.statusCode).toBe(413);
    expect(errorCode(tooLarge)).toBe('payload_too_large');

    const stored = await t.db.sessionEvent.findMany({
      where: { sessionId: session, type: { not: 'session.created' } },
    });
    expect(stored.map((e) => [e.type, e.payload])).toEqual([
      ['transcript.user', { text: 'Un rouge pour ce soir ?' }],
    ]);
  });
});

describe('runtime access', () => {
  it('refuses admin, partner, tenant and publishable keys (403) on every runtime route', async () => {
    const session = await newSession();
    const partner = await createPartner(t, 'Runtime partner');
    const owned = await createTenant(t, partner.key, 'Owned');
    const wine = await product(shop.id);
    const routes: [method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown][] = [
      ['GET', 'state'],
      ['GET', 'selection'],
      ['POST', 'selection', { productId: wine }],
      ['DELETE', `selection/${wine}`],
      ['GET', 'cart'],
      ['POST', 'cart', { productId: wine, quantity: 1 }],
      ['PATCH', `cart/${wine}`, { quantity: 1 }],
      ['DELETE', `cart/${wine}`],
      ['POST', 'events', { type: 'metrics', payload: {} }],
      ['POST', 'end'],
    ];
    for (const key of [t.adminKey, partner.key, owned.key, shop.key, shop.publishableKey]) {
      for (const [method, path, body] of routes) {
        const response = await t.call({
          method,
          url: `/v1/runtime/sessions/${session}/${path}`,
          key,
          body,
        });
        expect(response.statusCode, `${method} ${path}`).toBe(403);
      }
    }
    const rows = await sessionRows(t.db, session);
    expect(rows.session).toMatchObject({ status: 'created', revision: 0 });
    expect(rows.events.map((e) => e.type)).toEqual(['session.created']);

    for (const [method, path, body] of routes) {
      const response = await rt(method, `ses_unknown/${path}`, body);
      expect(response.statusCode, `${method} ${path}`).toBe(404);
      expect(errorCode(response)).toBe('not_found');
    }
  });

  it('refuses unknown fields in bodies (a tenantId above all)', async () => {
    const session = await newSession();
    const wine = await product(shop.id);
    for (const [method, path, body] of [
      ['POST', 'cart', { productId: wine, quantity: 1, tenantId: other.id }],
      ['PATCH', `cart/${wine}`, { quantity: 1, unitPriceCents: 1 }],
      ['POST', 'selection', { productId: wine, sessionId: 'x' }],
      ['POST', 'events', { type: 'metrics', payload: {}, tenantId: other.id }],
      ['POST', 'end', { reason: 'x', status: 'active' }],
    ] as const) {
      const response = await rt(method, `${session}/${path}`, body);
      expect(response.statusCode, path).toBe(400);
      expect(errorCode(response)).toBe('invalid_request');
    }
  });
});
