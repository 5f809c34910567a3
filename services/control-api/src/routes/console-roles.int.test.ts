import type { Db } from '@scenaro/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createConsoleUser,
  createTenant,
  createTestApp,
  snapshot,
  type TestApp,
} from '../testing/harness.js';

let t: TestApp;
let shop: Awaited<ReturnType<typeof createTenant>>;
let viewer: Awaited<ReturnType<typeof createConsoleUser>>;
let editor: Awaited<ReturnType<typeof createConsoleUser>>;
let tenantAdmin: Awaited<ReturnType<typeof createConsoleUser>>;
let platformViewer: Awaited<ReturnType<typeof createConsoleUser>>;

beforeAll(async () => {
  t = await createTestApp();
  shop = await createTenant(t);
  viewer = await createConsoleUser(t, { role: 'viewer', tenantId: shop.id });
  editor = await createConsoleUser(t, { role: 'editor', tenantId: shop.id, name: 'Élise Durand' });
  tenantAdmin = await createConsoleUser(t, { role: 'admin', tenantId: shop.id });
  platformViewer = await createConsoleUser(t, { role: 'viewer', tenantId: null });
});
afterAll(async () => t?.close());

/** The harness snapshot plus the tables these writes would touch. */
async function fullSnapshot(db: Db) {
  const [products, documents, users, sessions] = await Promise.all([
    db.product.findMany({ orderBy: { id: 'asc' } }),
    db.knowledgeDocument.findMany({ orderBy: { id: 'asc' } }),
    db.consoleUser.findMany({ orderBy: { id: 'asc' } }),
    db.session.count(),
  ]);
  return { ...(await snapshot(db)), products, documents, users, sessions };
}

const draftUrl = () => `/v1/tenants/${shop.id}/orientations/caviste`;

async function draftBody() {
  const detail = await t.call({ method: 'GET', url: draftUrl(), key: shop.key });
  return { ...detail.json().draft, name: 'Caviste renamed' };
}

describe('console roles', () => {
  it('lets a viewer read but not change anything (403), and the database stays as it was', async () => {
    expect((await t.call({ method: 'GET', url: draftUrl(), key: viewer.token })).statusCode).toBe(
      200,
    );
    expect(
      (await t.call({ method: 'GET', url: `/v1/tenants/${shop.id}/products`, key: viewer.token }))
        .statusCode,
    ).toBe(200);

    const before = await fullSnapshot(t.db);
    const createProduct = {
      method: 'POST' as const,
      url: `/v1/tenants/${shop.id}/products`,
      body: { sku: 'V-1', name: 'Vin', priceCents: 1200, attributes: { color: 'rouge' } },
    };
    const writes = [
      { method: 'PUT' as const, url: draftUrl(), body: await draftBody() },
      createProduct,
      { method: 'POST' as const, url: `${draftUrl()}/publish`, body: {} },
      {
        method: 'POST' as const,
        url: `/v1/tenants/${shop.id}/knowledge/documents`,
        body: { title: 'Livraison', content: '# Livraison\n\nNous livrons.' },
      },
      { method: 'POST' as const, url: `/v1/tenants/${shop.id}/sessions` },
    ];
    for (const write of writes) {
      const response = await t.call({ ...write, key: viewer.token });
      expect(response.statusCode, `${write.method} ${write.url}`).toBe(403);
      expect(response.json().error).toMatchObject({
        code: 'forbidden',
        message: 'Your role (viewer) may not change anything.',
      });
    }
    expect(await fullSnapshot(t.db)).toEqual(before);

    // The same writes with the tenant key do go through: the refusals are about the role.
    const product = await t.call({ ...createProduct, key: shop.key });
    expect(product.statusCode).toBe(201);
  });

  it('lets an editor edit and publish, but not manage keys, users or the tenant', async () => {
    const saved = await t.call({
      method: 'PUT',
      url: draftUrl(),
      key: editor.token,
      body: await draftBody(),
    });
    expect(saved.statusCode).toBe(200);
    const published = await t.call({
      method: 'POST',
      url: `${draftUrl()}/publish`,
      key: editor.token,
      body: { note: 'by the editor' },
    });
    expect(published.statusCode).toBe(201);

    const before = await fullSnapshot(t.db);
    const createKey = {
      method: 'POST' as const,
      url: `/v1/tenants/${shop.id}/keys`,
      body: { name: 'k', kind: 'tenant' },
    };
    const renameTenant = {
      method: 'PATCH' as const,
      url: `/v1/tenants/${shop.id}`,
      body: { name: 'Renamed' },
    };
    const adminOnly = [
      { method: 'GET' as const, url: `/v1/tenants/${shop.id}/keys` },
      createKey,
      { method: 'GET' as const, url: '/v1/console/users' },
      {
        method: 'POST' as const,
        url: '/v1/console/users',
        body: {
          email: 'new@example.com',
          name: 'New',
          password: 'a long enough password',
          role: 'viewer',
          tenantId: shop.id,
        },
      },
      renameTenant,
    ];
    for (const request of adminOnly) {
      const response = await t.call({ ...request, key: editor.token });
      expect(response.statusCode, `${request.method} ${request.url}`).toBe(403);
      expect(response.json().error.message).toContain('needs the admin role');
    }
    expect(await fullSnapshot(t.db)).toEqual(before);

    // A tenant admin may do those in its own tenant.
    const key = await t.call({ ...createKey, key: tenantAdmin.token });
    expect(key.statusCode).toBe(201);
    const renamed = await t.call({ ...renameTenant, key: tenantAdmin.token });
    expect(renamed.statusCode).toBe(200);
    // …but not what no tenant may do, role or not.
    const tenantCreate = await t.call({
      method: 'POST',
      url: '/v1/tenants',
      key: tenantAdmin.token,
      body: { name: 'Mine', template: 'caviste' },
    });
    expect(tenantCreate.statusCode).toBe(403);
  });

  it('gives a platform-wide viewer every tenant to read and no platform key to see', async () => {
    const tenants = await t.call({ method: 'GET', url: '/v1/tenants', key: platformViewer.token });
    expect(tenants.statusCode).toBe(200);
    expect(tenants.json().items.map((x: { id: string }) => x.id)).toContain(shop.id);
    const keys = await t.call({ method: 'GET', url: '/v1/keys', key: platformViewer.token });
    expect(keys.statusCode).toBe(403);
    const partners = await t.call({
      method: 'GET',
      url: '/v1/partners',
      key: platformViewer.token,
    });
    expect(partners.statusCode).toBe(403);
    // A viewer may still sign out.
    const out = await t.call({
      method: 'DELETE',
      url: '/v1/console/sessions/current',
      key: platformViewer.token,
    });
    expect(out.statusCode).toBe(204);
  });

  it('names version authors: the console user, the key by its name, else the id', async () => {
    await t.call({ method: 'POST', url: `${draftUrl()}/publish`, key: shop.key, body: {} });
    await t.call({ method: 'POST', url: `${draftUrl()}/publish`, body: {} });
    const list = await t.call({
      method: 'GET',
      url: `${draftUrl()}/versions?limit=100`,
      key: viewer.token,
    });
    expect(list.statusCode).toBe(200);
    const byNote = list.json().items as {
      createdBy: string;
      author: string;
      note: string | null;
    }[];
    const authors = byNote.map((v) => v.author);
    expect(authors).toContain(`Élise Durand <${editor.email}>`);
    expect(authors).toContain('First tenant key');
    const fromEnvKey = byNote.find((v) => v.createdBy.startsWith('key_env_'));
    expect(fromEnvKey?.author).toBe(fromEnvKey?.createdBy);
    const editorVersion = byNote.find((v) => v.note === 'by the editor');
    expect(editorVersion?.createdBy).toBe(editor.user.id);

    const one = await t.call({
      method: 'GET',
      url: `${draftUrl()}/versions/${(editorVersion as unknown as { version: number }).version}`,
      key: viewer.token,
    });
    expect(one.json().author).toBe(`Élise Durand <${editor.email}>`);
  });
});
