import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPartner, createTenant, createTestApp, type TestApp } from '../testing/harness.js';

let t: TestApp;
let shop: Awaited<ReturnType<typeof createTenant>>;
let other: Awaited<ReturnType<typeof createTenant>>;

beforeAll(async () => {
  t = await createTestApp();
  shop = await createTenant(t, t.adminKey, 'Shop');
  other = await createTenant(t, t.adminKey, 'Other');
  const renamed = await t.call({
    method: 'PATCH',
    url: `/v1/tenants/${shop.id}`,
    key: shop.key,
    body: { variables: { shop_name: 'Les Vins de Margaux' } },
  });
  if (renamed.statusCode !== 200) throw new Error(`rename: ${renamed.body}`);
});
afterAll(async () => t?.close());

const ORIGIN = 'http://localhost:4321'; // the harness's tenants allow it for their publishable key

const appearance = (tenantId: string, key: string | null, query = '', origin = ORIGIN) =>
  t.call({
    method: 'GET',
    url: `/v1/tenants/${tenantId}/appearance${query}`,
    key,
    headers: { origin },
  });

describe('GET /v1/tenants/:tenantId/appearance', () => {
  it("gives the publishable key the current version's ui, rendered with the tenant's values", async () => {
    const response = await appearance(shop.id, shop.publishableKey);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      name: 'Caviste',
      locale: 'fr-FR',
      title: 'Les Vins de Margaux',
      subtitle: expect.any(String),
      colors: {
        primary: expect.stringMatching(/^#[0-9a-fA-F]{3,8}$/),
        accent: expect.stringMatching(/^#/),
        background: expect.stringMatching(/^#/),
        text: expect.stringMatching(/^#/),
      },
      labels: {
        selection: expect.any(String),
        cart: expect.any(String),
        start: expect.any(String),
      },
      show: { selection: true, cart: true, transcript: true },
    });
    expect(JSON.stringify(response.json())).not.toContain('{{');
  });

  it('follows the published version, not the draft', async () => {
    const draft = await t.call({
      method: 'GET',
      url: `/v1/tenants/${other.id}/orientations/caviste`,
      key: other.key,
    });
    const document = draft.json().draft;
    document.ui.title = 'Nouveau titre';
    const saved = await t.call({
      method: 'PUT',
      url: `/v1/tenants/${other.id}/orientations/caviste`,
      key: other.key,
      body: document,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await appearance(other.id, other.publishableKey)).json().title).not.toBe(
      'Nouveau titre',
    );
    const published = await t.call({
      method: 'POST',
      url: `/v1/tenants/${other.id}/orientations/caviste/publish`,
      key: other.key,
      body: {},
    });
    expect(published.statusCode, published.body).toBe(201);
    const after = await appearance(other.id, other.publishableKey, '?orientation=caviste');
    expect(after.json().title).toBe('Nouveau titre');
  });

  it('is readable by tenant, admin and owning partner keys', async () => {
    const partner = await createPartner(t, 'Owner');
    const owned = await createTenant(t, partner.key, 'Owned');
    expect((await appearance(shop.id, shop.key)).statusCode).toBe(200);
    expect((await appearance(shop.id, t.adminKey)).statusCode).toBe(200);
    expect((await appearance(owned.id, partner.key)).statusCode).toBe(200);
    expect((await appearance(shop.id, partner.key)).statusCode).toBe(404);
  });

  it("answers 404 to another tenant's publishable key, 401 without a key", async () => {
    const stranger = await appearance(shop.id, other.publishableKey);
    expect(stranger.statusCode).toBe(404);
    expect(stranger.json().error.code).toBe('tenant_not_found');
    expect((await appearance(shop.id, null)).statusCode).toBe(401);
    expect(
      (await appearance(shop.id, shop.publishableKey, '?orientation=fleuriste')).statusCode,
    ).toBe(404);
  });

  it('refuses the publishable key from another origin, or without one (403)', async () => {
    const elsewhere = await appearance(shop.id, shop.publishableKey, '', 'https://evil.example');
    expect(elsewhere.statusCode).toBe(403);
    expect(elsewhere.json().error.code).toBe('forbidden');
    const bare = await t.call({
      method: 'GET',
      url: `/v1/tenants/${shop.id}/appearance`,
      key: shop.publishableKey,
    });
    expect(bare.statusCode).toBe(403);
    expect((await appearance(shop.id, shop.key, '', 'https://evil.example')).statusCode).toBe(200);
  });

  it('answers 409 while the orientation has never been published', async () => {
    await t.db.orientation.updateMany({
      where: { tenantId: other.id },
      data: { currentVersion: 0 },
    });
    const response = await appearance(other.id, other.key);
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('orientation_not_published');
  });
});
