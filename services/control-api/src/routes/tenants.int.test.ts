import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPartner,
  createTenant,
  createTestApp,
  snapshot,
  type TestApp,
} from '../testing/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('POST /v1/tenants', () => {
  it('creates the tenant with its orientation published as version 1 and its first keys', async () => {
    const response = await t.call({
      method: 'POST',
      url: '/v1/tenants',
      body: {
        name: 'Cave Saint-Jean',
        template: 'caviste',
        variables: { shop_name: 'Cave Saint-Jean' },
        allowedOrigins: ['https://cave-saint-jean.fr'],
      },
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.tenant).toMatchObject({
      name: 'Cave Saint-Jean',
      template: 'caviste',
      partnerId: null,
    });
    expect(body.orientation).toEqual({ slug: 'caviste', version: 1 });
    expect(body.keys.map((k: { kind: string }) => k.kind)).toEqual(['tenant', 'publishable']);
    expect(body.keys[1].allowedOrigins).toEqual(['https://cave-saint-jean.fr']);

    const tenantKey = body.keys[0].secret as string;
    const versions = await t.call({
      method: 'GET',
      url: `/v1/tenants/${body.tenant.id}/orientations/caviste/versions`,
      key: tenantKey,
    });
    expect(versions.json().items).toMatchObject([{ version: 1, current: true }]);
    // Keys rest hashed: the secret text appears nowhere in the row.
    const rows = await t.db.apiKey.findMany({ where: { tenantId: body.tenant.id } });
    for (const row of rows) {
      expect(JSON.stringify(row)).not.toContain(tenantKey.split('_').at(-1));
    }
  });

  it('rejects an unknown template, bad variables and forbidden fields, writing nothing', async () => {
    const before = await snapshot(t.db);
    const cases = [
      { body: { name: 'X', template: 'fromager' }, status: 400, path: 'template' },
      {
        body: { name: 'X', template: 'caviste', variables: { nope: 'x' } },
        status: 422,
        path: 'variables.nope',
      },
      {
        body: {
          name: 'X',
          template: 'caviste',
          variables: { free_delivery_threshold: 'beaucoup' },
        },
        status: 422,
        path: 'variables.free_delivery_threshold',
      },
      { body: { name: 'X', template: 'caviste', id: 'ten_mine' }, status: 400, path: 'body' },
      { body: { name: 'X', template: 'caviste', tenantId: 'ten_mine' }, status: 400, path: 'body' },
      {
        body: { name: 'X', template: 'caviste', partnerId: 'par_nope' },
        status: 400,
        path: 'partnerId',
      },
      { body: { template: 'caviste' }, status: 400, path: 'body.name' },
    ];
    for (const { body, status, path } of cases) {
      const response = await t.call({ method: 'POST', url: '/v1/tenants', body });
      expect(response.statusCode, JSON.stringify(body)).toBe(status);
      const error = response.json().error;
      expect(error.details.map((d: { path: string }) => d.path).join(' ')).toContain(path);
    }
    expect(await snapshot(t.db)).toEqual(before);
  });

  it('lets a partner create and see only its own tenants', async () => {
    const alpha = await createPartner(t, 'Alpha');
    const beta = await createPartner(t, 'Beta');
    const mine = await createTenant(t, alpha.key, 'Alpha shop');
    await createTenant(t, beta.key, 'Beta shop');

    const list = await t.call({ method: 'GET', url: '/v1/tenants', key: alpha.key });
    expect(list.json().items.map((x: { id: string }) => x.id)).toEqual([mine.id]);
    const tenant = await t.call({ method: 'GET', url: `/v1/tenants/${mine.id}`, key: beta.key });
    expect(tenant.statusCode).toBe(404);

    const smuggled = await t.call({
      method: 'POST',
      url: '/v1/tenants',
      key: alpha.key,
      body: { name: 'Steal', template: 'caviste', partnerId: beta.id },
    });
    expect(smuggled.statusCode).toBe(400);
  });

  it('updates name and variables, validating values against the orientation', async () => {
    const shop = await createTenant(t);
    const bad = await t.call({
      method: 'PATCH',
      url: `/v1/tenants/${shop.id}`,
      key: shop.key,
      body: { variables: { free_delivery_threshold: 'gratuit' } },
    });
    expect(bad.statusCode).toBe(422);
    const good = await t.call({
      method: 'PATCH',
      url: `/v1/tenants/${shop.id}`,
      key: shop.key,
      body: { name: 'Renamed', variables: { shop_name: 'Chez Paul' } },
    });
    expect(good.statusCode).toBe(200);
    expect(good.json()).toMatchObject({ name: 'Renamed', variables: { shop_name: 'Chez Paul' } });
    const empty = await t.call({
      method: 'PATCH',
      url: `/v1/tenants/${shop.id}`,
      key: shop.key,
      body: {},
    });
    expect(empty.statusCode).toBe(400);
  });

  it('deletes a tenant with what it owns; its keys stop working', async () => {
    const shop = await createTenant(t);
    const refused = await t.call({
      method: 'DELETE',
      url: `/v1/tenants/${shop.id}`,
      key: shop.key,
    });
    expect(refused.statusCode).toBe(403);
    const deleted = await t.call({ method: 'DELETE', url: `/v1/tenants/${shop.id}` });
    expect(deleted.statusCode).toBe(204);
    expect(await t.db.orientation.count({ where: { tenantId: shop.id } })).toBe(0);
    const after = await t.call({ method: 'GET', url: `/v1/tenants/${shop.id}`, key: shop.key });
    expect(after.statusCode).toBe(401);
    const audit = await t.db.auditEvent.findMany({ where: { tenantId: shop.id } });
    expect(audit.map((event) => event.action)).toContain('tenant.deleted');
  });
});

describe('Idempotency-Key', () => {
  const body = { name: 'Idempotent shop', template: 'caviste' };

  it('20 concurrent identical requests create one tenant and get the same response', async () => {
    const before = await t.db.tenant.count();
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        t.call({
          method: 'POST',
          url: '/v1/tenants',
          body,
          headers: { 'idempotency-key': 'create-shop-0001' },
        }),
      ),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(20).fill(201));
    expect(new Set(responses.map((r) => r.body)).size).toBe(1);
    expect(await t.db.tenant.count()).toBe(before + 1);
    expect(responses.filter((r) => r.headers['idempotent-replayed'] === 'true')).toHaveLength(19);
  });

  it('refuses the same key with a different body (422), and scopes keys per caller', async () => {
    const key = { 'idempotency-key': 'create-shop-0002' };
    const first = await t.call({ method: 'POST', url: '/v1/tenants', body, headers: key });
    expect(first.statusCode).toBe(201);
    const changed = await t.call({
      method: 'POST',
      url: '/v1/tenants',
      body: { ...body, name: 'Other' },
      headers: key,
    });
    expect(changed.statusCode).toBe(422);
    expect(changed.json().error.code).toBe('idempotency_key_reused');

    const partner = await createPartner(t);
    const other = await t.call({
      method: 'POST',
      url: '/v1/tenants',
      key: partner.key,
      body,
      headers: key,
    });
    expect(other.statusCode).toBe(201);
    expect(other.json().tenant.id).not.toBe(first.json().tenant.id);
  });

  it('stores the replayable response encrypted: no key secret in the database', async () => {
    const response = await t.call({
      method: 'POST',
      url: '/v1/tenants',
      body,
      headers: { 'idempotency-key': 'create-shop-0003' },
    });
    const secret = response.json().keys[0].secret as string;
    const record = await t.db.idempotencyRecord.findFirstOrThrow({
      where: { key: 'create-shop-0003' },
    });
    expect(Buffer.from(record.responseBody).toString('latin1')).not.toContain(secret);
  });
});
