import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, createTestApp, snapshot, type TestApp } from '../testing/harness.js';

let t: TestApp;
let shop: Awaited<ReturnType<typeof createTenant>>;
let other: Awaited<ReturnType<typeof createTenant>>;
let runtimeKey: string;
let productId: string;

type Doc = {
  prompt: { greeting?: string };
  tools: { name: string; handler: string }[];
  state: { cart: { maxQuantityPerLine: number } };
};

const orientationUrl = () => `/v1/tenants/${shop.id}/orientations/caviste`;

async function draft(): Promise<Doc> {
  const response = await t.call({ method: 'GET', url: orientationUrl(), key: shop.key });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().draft as Doc;
}

async function saveDraft(edit: (document: Doc) => void) {
  const document = await draft();
  edit(document);
  const response = await t.call({
    method: 'PUT',
    url: orientationUrl(),
    key: shop.key,
    body: document,
  });
  expect(response.statusCode, response.body).toBe(200);
}

async function publish(): Promise<number> {
  const response = await t.call({
    method: 'POST',
    url: `${orientationUrl()}/publish`,
    key: shop.key,
    body: {},
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().version as number;
}

function startPlayground(body: unknown, tenant: { id: string; key: string } = shop) {
  return t.call({
    method: 'POST',
    url: `/v1/tenants/${tenant.id}/playground-sessions`,
    key: tenant.key,
    body,
  });
}

async function playground(body: unknown = {}): Promise<string> {
  const response = await startPlayground(body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json().sessionId as string;
}

function runtime(method: 'GET' | 'POST', url: string, body?: unknown) {
  return t.call({ method, url: `/v1/runtime/sessions/${url}`, key: runtimeKey, body });
}

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
  const product = await t.db.product.create({
    data: {
      id: 'prd_play1',
      tenantId: shop.id,
      sku: 'PLAY-1',
      name: 'Vin du bac à sable',
      priceCents: 1200,
      stock: 100,
      searchText: '',
    },
  });
  productId = product.id;
});
afterAll(async () => t?.close());

describe('POST /v1/tenants/{tenantId}/playground-sessions', () => {
  it('on the draft: a playground session that keeps the draft as it was, even after edits', async () => {
    await saveDraft((document) => {
      document.prompt.greeting = 'Bonjour depuis le brouillon A.';
    });
    const response = await startPlayground({ source: 'draft' });
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json();
    expect(created).toEqual({
      sessionId: expect.stringMatching(/^ses_/),
      tenantId: shop.id,
      orientation: { slug: 'caviste', version: null },
    });

    await saveDraft((document) => {
      document.prompt.greeting = 'Bonjour depuis le brouillon B.';
    });
    const boot = await runtime('GET', `${created.sessionId}/bootstrap`);
    expect(boot.statusCode, boot.body).toBe(200);
    const { orientation } = boot.json();
    expect(orientation).toMatchObject({ versionId: null, slug: 'caviste', version: null });
    expect(orientation.document.prompt.greeting).toBe('Bonjour depuis le brouillon A.');

    const row = await t.db.session.findUniqueOrThrow({ where: { id: created.sessionId } });
    expect(row).toMatchObject({
      tenantId: shop.id,
      mode: 'playground',
      orientationVersionId: null,
      status: 'created',
    });
    // The caller: the tenant key's id, as the audit trail names it.
    const key = await t.db.apiKey.findFirstOrThrow({
      where: { tenantId: shop.id, kind: 'tenant' },
    });
    expect(row.createdBy).toBe(key.id);
  });

  it('on {version: n}: pinned to that version, like a voice session', async () => {
    await saveDraft((document) => {
      document.prompt.greeting = 'Bonjour de la version publiée.';
    });
    const version = await publish();
    await saveDraft((document) => {
      document.prompt.greeting = 'Bonjour du brouillon suivant.';
    });
    const response = await startPlayground({ orientation: 'caviste', source: { version } });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().orientation).toEqual({ slug: 'caviste', version });

    const boot = (await runtime('GET', `${response.json().sessionId}/bootstrap`)).json();
    expect(boot.orientation).toMatchObject({ slug: 'caviste', version });
    expect(boot.orientation.document).toBeUndefined();
    const fetched = await t.call({
      method: 'GET',
      url: `/v1/runtime/orientation-versions/${boot.orientation.versionId}`,
      key: runtimeKey,
    });
    expect(fetched.json().document.prompt.greeting).toBe('Bonjour de la version publiée.');

    const v1 = await startPlayground({ source: { version: 1 } });
    expect(v1.statusCode, v1.body).toBe(201);
    expect(v1.json().orientation).toEqual({ slug: 'caviste', version: 1 });
  });

  it('a version that does not exist is a 404, and nothing is written', async () => {
    const before = await t.db.session.count();
    const response = await startPlayground({ source: { version: 99 } });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
    const unknown = await startPlayground({ orientation: 'nope' });
    expect(unknown.statusCode).toBe(404);
    expect(await t.db.session.count()).toBe(before);
  });

  it("another tenant's key gets a 404 and nothing is written", async () => {
    const before = await snapshot(t.db);
    const sessions = await t.db.session.count();
    const response = await startPlayground({}, { id: shop.id, key: other.key });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('tenant_not_found');
    expect(await snapshot(t.db)).toEqual(before);
    expect(await t.db.session.count()).toBe(sessions);
    const publishable = await t.call({
      method: 'POST',
      url: `/v1/tenants/${shop.id}/playground-sessions`,
      key: shop.publishableKey,
      headers: { origin: 'http://localhost:4321' },
      body: {},
    });
    expect(publishable.statusCode).toBe(403);
  });

  it('dryRun answers the document the session would run and writes nothing', async () => {
    await saveDraft((document) => {
      document.prompt.greeting = 'Bonjour, essai à blanc.';
    });
    const before = await t.db.session.count();
    const response = await startPlayground({ dryRun: true });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      tenantId: shop.id,
      orientation: { slug: 'caviste', version: null },
      document: { prompt: { greeting: 'Bonjour, essai à blanc.' } },
    });
    expect(await t.db.session.count()).toBe(before);
  });

  it('refuses unknown fields', async () => {
    const response = await startPlayground({ source: 'draft', tenantId: other.id });
    expect(response.statusCode).toBe(400);
  });
});

describe('a draft session runs the draft, not the published version', () => {
  it("runtime tools validate against the draft's tools", async () => {
    // The published version has search_wines; the draft drops every catalog.search tool.
    await saveDraft((document) => {
      document.tools = document.tools.filter((tool) => tool.handler !== 'catalog.search');
    });
    const onDraft = await playground({ source: 'draft' });
    const refused = await runtime('POST', `${onDraft}/tools/catalog.search`, {
      arguments: { query: 'rouge' },
    });
    expect(refused.statusCode, refused.body).toBe(403);
    expect(refused.json().error.details[0].message).toContain('catalog.search');

    const onVersion = await playground({ source: { version: 1 } });
    const allowed = await runtime('POST', `${onVersion}/tools/catalog.search`, {
      arguments: { query: 'rouge' },
    });
    expect(allowed.statusCode, allowed.body).toBe(200);

    // Restoring the tool in the draft does not reach the running session.
    const v1 = await t.call({
      method: 'GET',
      url: `${orientationUrl()}/versions/1`,
      key: shop.key,
    });
    await saveDraft((document) => {
      document.tools = (v1.json().document as Doc).tools;
    });
    const still = await runtime('POST', `${onDraft}/tools/catalog.search`, {
      arguments: { query: 'rouge' },
    });
    expect(still.statusCode).toBe(403);
  });

  it("the cart follows the draft's state limits", async () => {
    await saveDraft((document) => {
      document.state.cart.maxQuantityPerLine = 2;
    });
    const onDraft = await playground();
    const tooMany = await runtime('POST', `${onDraft}/cart`, { productId, quantity: 5 });
    expect(tooMany.statusCode, tooMany.body).toBe(422);
    expect(tooMany.json().error.code).toBe('quantity_out_of_range');
    const fine = await runtime('POST', `${onDraft}/cart`, { productId, quantity: 2 });
    expect(fine.statusCode, fine.body).toBe(200);
    expect(await t.db.cartLine.count({ where: { sessionId: onDraft } })).toBe(1);

    const onVersion = await playground({ source: { version: 1 } });
    const published = await runtime('POST', `${onVersion}/cart`, { productId, quantity: 5 });
    expect(published.statusCode, published.body).toBe(200);
  });
});

describe('session views', () => {
  it('say the mode, filter by it, and name the draft of a playground session', async () => {
    const live = await t.call({
      method: 'POST',
      url: `/v1/tenants/${shop.id}/sessions`,
      key: shop.key,
    });
    expect(live.statusCode, live.body).toBe(201);
    const liveId = live.json().sessionId as string;
    const draftId = await playground({ source: 'draft' });

    const list = async (query: string) => {
      const response = await t.call({
        method: 'GET',
        url: `/v1/tenants/${shop.id}/sessions?limit=100${query}`,
        key: shop.key,
      });
      expect(response.statusCode, response.body).toBe(200);
      return response.json().items as { id: string; mode: string; orientation: unknown }[];
    };
    const all = await list('');
    expect(all.find((s) => s.id === liveId)).toMatchObject({
      mode: 'live',
      orientation: { slug: 'caviste', version: expect.any(Number) },
    });
    expect(all.find((s) => s.id === draftId)).toMatchObject({
      mode: 'playground',
      orientation: { slug: 'caviste', version: null },
    });
    const playgrounds = await list('&mode=playground');
    expect(playgrounds.length).toBeGreaterThan(1);
    expect(playgrounds.every((s) => s.mode === 'playground')).toBe(true);
    expect(playgrounds.map((s) => s.id)).toContain(draftId);
    const lives = await list('&mode=live');
    expect(lives.map((s) => s.id)).toEqual([liveId]);
    const bad = await t.call({
      method: 'GET',
      url: `/v1/tenants/${shop.id}/sessions?mode=other`,
      key: shop.key,
    });
    expect(bad.statusCode).toBe(400);

    const detail = await t.call({
      method: 'GET',
      url: `/v1/tenants/${shop.id}/sessions/${draftId}`,
      key: shop.key,
    });
    expect(detail.statusCode, detail.body).toBe(200);
    expect(detail.json()).toMatchObject({
      id: draftId,
      mode: 'playground',
      orientation: { slug: 'caviste', version: null },
      transcript: [],
    });
    const hidden = await t.call({
      method: 'GET',
      url: `/v1/tenants/${shop.id}/sessions/${draftId}`,
      key: other.key,
    });
    expect(hidden.statusCode).toBe(404);
  });
});
