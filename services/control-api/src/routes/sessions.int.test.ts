import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPartner, createTenant, createTestApp, type TestApp } from '../testing/harness.js';

let t: TestApp;
let shop: Awaited<ReturnType<typeof createTenant>>;
let other: Awaited<ReturnType<typeof createTenant>>;

beforeAll(async () => {
  t = await createTestApp();
  shop = await createTenant(t, t.adminKey, 'Shop');
  other = await createTenant(t, t.adminKey, 'Other');
});
afterAll(async () => t?.close());

async function start(tenant: { id: string; key: string }, body?: unknown) {
  return t.call({
    method: 'POST',
    url: `/v1/tenants/${tenant.id}/sessions`,
    key: tenant.key,
    body,
  });
}

describe('tenant sessions', () => {
  it('pins the current published version; a later publish affects only new sessions', async () => {
    const first = await start(shop);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toEqual({
      sessionId: expect.stringMatching(/^ses_/),
      roomName: `scn-${first.json().sessionId}`,
      serverUrl: expect.any(String),
      participantToken: expect.any(String),
      orientation: { slug: 'caviste', version: 1 },
    });

    const published = await t.call({
      method: 'POST',
      url: `/v1/tenants/${shop.id}/orientations/caviste/publish`,
      key: shop.key,
      body: {},
    });
    expect(published.statusCode, published.body).toBe(201);
    const second = await start(shop, { orientation: 'caviste' });
    expect(second.json().orientation).toEqual({ slug: 'caviste', version: 2 });

    const old = await t.call({
      method: 'GET',
      url: `/v1/tenants/${shop.id}/sessions/${first.json().sessionId}`,
      key: shop.key,
    });
    expect(old.statusCode).toBe(200);
    expect(old.json()).toMatchObject({
      id: first.json().sessionId,
      tenantId: shop.id,
      status: 'created',
      orientation: { slug: 'caviste', version: 1 },
      revision: 0,
      endedAt: null,
    });
    const event = await t.db.sessionEvent.findFirst({
      where: { sessionId: first.json().sessionId },
    });
    expect(event).toMatchObject({ type: 'session.created', tenantId: shop.id });
  });

  it('refuses an unknown orientation (404), an unpublished one (409) and unknown fields (400)', async () => {
    const unknown = await start(shop, { orientation: 'fleuriste' });
    expect(unknown.statusCode).toBe(404);

    await t.db.orientation.updateMany({
      where: { tenantId: other.id },
      data: { currentVersion: 0 },
    });
    const unpublished = await start(other);
    expect(unpublished.statusCode).toBe(409);
    expect(unpublished.json().error.code).toBe('orientation_not_published');
    await t.db.orientation.updateMany({
      where: { tenantId: other.id },
      data: { currentVersion: 1 },
    });

    const strict = await start(shop, { orientation: 'caviste', tenantId: other.id });
    expect(strict.statusCode).toBe(400);
    expect(strict.json().error.details[0].path).toBe('body.tenantId');
  });

  it('lists sessions page by page and shows their state', async () => {
    const tenant = await createTenant(t, t.adminKey, 'Pages');
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) ids.push((await start(tenant)).json().sessionId);

    const page1 = await t.call({
      method: 'GET',
      url: `/v1/tenants/${tenant.id}/sessions?limit=2`,
      key: tenant.key,
    });
    const page2 = await t.call({
      method: 'GET',
      url: `/v1/tenants/${tenant.id}/sessions?limit=2&cursor=${page1.json().nextCursor}`,
      key: tenant.key,
    });
    expect(page1.json().items).toHaveLength(2);
    expect(page2.json().nextCursor).toBeNull();
    const seen = [...page1.json().items, ...page2.json().items].map((s: { id: string }) => s.id);
    expect(seen.sort()).toEqual([...ids].sort());

    const state = await t.call({
      method: 'GET',
      url: `/v1/tenants/${tenant.id}/sessions/${ids[0]}/state`,
      key: tenant.key,
    });
    expect(state.statusCode).toBe(200);
    expect(state.json()).toEqual({
      selection: [],
      cart: { lines: [], totalCents: 0, currency: 'EUR' },
      revision: 0,
    });
  });

  it("never shows another tenant's session, even to a key that sees both tenants' paths", async () => {
    const theirs = (await start(other)).json().sessionId;
    for (const url of [
      `/v1/tenants/${shop.id}/sessions/${theirs}`,
      `/v1/tenants/${shop.id}/sessions/${theirs}/state`,
    ]) {
      const response = await t.call({ method: 'GET', url, key: shop.key });
      expect(response.statusCode, url).toBe(404);
      // The admin sees both tenants, but the session is not under this one.
      expect((await t.call({ method: 'GET', url })).statusCode, url).toBe(404);
    }
    const list = await t.call({ method: 'GET', url: `/v1/tenants/${shop.id}/sessions` });
    expect(list.json().items.map((s: { id: string }) => s.id)).not.toContain(theirs);
  });

  it("lets the owning partner start a session but not a partner that doesn't own the tenant", async () => {
    const owner = await createPartner(t, 'Owner');
    const stranger = await createPartner(t, 'Stranger');
    const owned = await createTenant(t, owner.key, 'Owned');
    expect((await start({ id: owned.id, key: owner.key })).statusCode).toBe(201);
    expect((await start({ id: owned.id, key: stranger.key })).statusCode).toBe(404);
    expect((await start({ id: owned.id, key: owned.publishableKey })).statusCode).toBe(403);
    const count = await t.db.session.count({ where: { tenantId: owned.id } });
    expect(count).toBe(1);
  });

  it("lets the voice client resync a session's state with its publishable key, from its origin only", async () => {
    const sessionId = (await start(shop)).json().sessionId as string;
    const url = `/v1/tenants/${shop.id}/sessions/${sessionId}/state`;
    const read = (headers: Record<string, string>) =>
      t.call({ method: 'GET', url, key: shop.publishableKey, headers });
    expect((await read({ origin: 'http://localhost:4321' })).statusCode).toBe(200);
    expect((await read({ origin: 'https://evil.example' })).statusCode).toBe(403);
    expect((await read({})).statusCode).toBe(403);
    // Reading one session's state is all it may do: listing sessions stays closed.
    const list = await t.call({
      method: 'GET',
      url: `/v1/tenants/${shop.id}/sessions`,
      key: shop.publishableKey,
      headers: { origin: 'http://localhost:4321' },
    });
    expect(list.statusCode).toBe(403);
  });
});
