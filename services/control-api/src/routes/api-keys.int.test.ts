import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, createTestApp, type TestApp } from '../testing/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('API keys', () => {
  it('shows a secret once, lists keys without secrets, and a revoked key fails on the next request', async () => {
    const shop = await createTenant(t);
    const created = await t.call({
      method: 'POST',
      url: `/v1/tenants/${shop.id}/keys`,
      key: shop.key,
      body: { name: 'Caisse', kind: 'tenant' },
    });
    expect(created.statusCode).toBe(201);
    const { id, secret } = created.json();
    expect(secret).toMatch(/^scn_ten_/);

    const list = await t.call({ method: 'GET', url: `/v1/tenants/${shop.id}/keys`, key: secret });
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(secret);
    expect(list.json().items.find((k: { id: string }) => k.id === id).lastUsedAt).not.toBeNull();

    const revoked = await t.call({
      method: 'DELETE',
      url: `/v1/tenants/${shop.id}/keys/${id}`,
      key: shop.key,
    });
    expect(revoked.json().revokedAt).not.toBeNull();
    const after = await t.call({ method: 'GET', url: `/v1/tenants/${shop.id}`, key: secret });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('unauthenticated');
  });

  it('validates key bodies: publishable keys need origins, kinds are restricted', async () => {
    const shop = await createTenant(t);
    const url = `/v1/tenants/${shop.id}/keys`;
    const cases = [
      { body: { name: 'pub', kind: 'publishable' }, path: 'allowedOrigins' },
      {
        body: { name: 'pub', kind: 'publishable', allowedOrigins: ['https://x.fr/path'] },
        path: 'allowedOrigins',
      },
      { body: { name: 'adm', kind: 'admin' }, path: 'kind' },
      { body: { name: 'k', kind: 'tenant', tenantId: 'ten_other' }, path: 'body' },
    ];
    for (const { body, path } of cases) {
      const response = await t.call({ method: 'POST', url, key: shop.key, body });
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(
        response
          .json()
          .error.details.map((d: { path: string }) => d.path)
          .join(' '),
      ).toContain(path);
    }
  });

  it('lets only admins create platform keys; a runtime key cannot use the management API', async () => {
    const shop = await createTenant(t);
    const refused = await t.call({
      method: 'POST',
      url: '/v1/keys',
      key: shop.key,
      body: { name: 'r', kind: 'runtime' },
    });
    expect(refused.statusCode).toBe(403);
    const runtime = await t.call({
      method: 'POST',
      url: '/v1/keys',
      body: { name: 'runtime', kind: 'runtime' },
    });
    expect(runtime.statusCode).toBe(201);
    const use = await t.call({
      method: 'GET',
      url: `/v1/tenants/${shop.id}`,
      key: runtime.json().secret,
    });
    expect(use.statusCode).toBe(403);
    const tools = await t.call({ method: 'GET', url: '/v1/tools', key: runtime.json().secret });
    expect(tools.statusCode).toBe(200);
  });

  it('rejects malformed, unknown and tampered keys with 401', async () => {
    const shop = await createTenant(t);
    const tampered = `${shop.key.slice(0, -1)}${shop.key.endsWith('A') ? 'B' : 'A'}`;
    for (const key of ['nonsense', tampered, shop.key.replace('scn_ten_', 'scn_run_')]) {
      const response = await t.call({ method: 'GET', url: '/v1/tenants', key });
      expect(response.statusCode, key).toBe(401);
    }
  });

  it('lists and revokes platform keys (admins only); a revoked runtime key fails at once', async () => {
    const created = await t.call({
      method: 'POST',
      url: '/v1/keys',
      body: { name: 'old runtime', kind: 'runtime' },
    });
    const { id, secret } = created.json();
    const listed = await t.call({ method: 'GET', url: '/v1/keys?limit=100' });
    expect(listed.statusCode).toBe(200);
    expect(listed.body).not.toContain(secret);
    const kinds = new Set(listed.json().items.map((k: { kind: string }) => k.kind));
    expect([...kinds].every((kind) => kind === 'admin' || kind === 'runtime')).toBe(true);
    expect(listed.json().items.map((k: { id: string }) => k.id)).toContain(id);

    const shop = await createTenant(t);
    expect((await t.call({ method: 'GET', url: '/v1/keys', key: shop.key })).statusCode).toBe(403);
    expect(
      (await t.call({ method: 'DELETE', url: `/v1/keys/${id}`, key: secret })).statusCode,
    ).toBe(403);
    // A tenant key is not a platform key: it cannot be revoked here.
    const tenantKeyId = (await t.db.apiKey.findFirstOrThrow({ where: { tenantId: shop.id } })).id;
    expect((await t.call({ method: 'DELETE', url: `/v1/keys/${tenantKeyId}` })).statusCode).toBe(
      404,
    );

    const revoked = await t.call({ method: 'DELETE', url: `/v1/keys/${id}` });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json().revokedAt).not.toBeNull();
    expect((await t.call({ method: 'GET', url: '/v1/tools', key: secret })).statusCode).toBe(401);
    const audit = await t.db.auditEvent.findFirst({
      where: { action: 'api_key.revoked', targetId: id },
    });
    expect(audit?.actorKind).toBe('admin');
  });

  it('refuses to let an admin key revoke itself', async () => {
    const admin = await t.call({
      method: 'POST',
      url: '/v1/keys',
      body: { name: 'second admin', kind: 'admin' },
    });
    const { id, secret } = admin.json();
    const self = await t.call({ method: 'DELETE', url: `/v1/keys/${id}`, key: secret });
    expect(self.statusCode).toBe(409);
    expect((await t.call({ method: 'GET', url: '/v1/keys', key: secret })).statusCode).toBe(200);
  });
});
