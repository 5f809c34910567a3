import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, createTestApp, type TestApp } from '../testing/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp(
    { BODY_LIMIT_BYTES: '4096' },
    {
      beforeReady: (app) => {
        app.get('/test/boom', async () => {
          throw new Error('connection to postgres://admin:hunter2@db failed');
        });
      },
    },
  );
});
afterAll(async () => t?.close());

describe('HTTP behaviour', () => {
  it('lets a browser on an allowed origin send every method the console uses', async () => {
    for (const method of ['PUT', 'PATCH', 'DELETE']) {
      const preflight = await t.app.inject({
        method: 'OPTIONS',
        url: '/v1/tenants/ten_x/orientations/caviste',
        headers: {
          origin: 'http://localhost:5173',
          'access-control-request-method': method,
          'access-control-request-headers': 'authorization,content-type,if-match',
        },
      });
      expect(preflight.statusCode, method).toBeLessThan(300);
      expect(preflight.headers['access-control-allow-methods'], method).toContain(method);
      expect(preflight.headers['access-control-allow-origin']).toBe('http://localhost:5173');
    }
  });

  it('answers unknown routes 404 and wrong methods 405 with Allow, in the error shape', async () => {
    const missing = await t.call({ method: 'GET', url: '/v1/nothing-here' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('not_found');
    const wrong = await t.call({ method: 'PUT', url: '/v1/tenants' });
    expect(wrong.statusCode).toBe(405);
    expect(wrong.headers.allow).toContain('POST');
    expect(wrong.json().error.code).toBe('method_not_allowed');
  });

  it('refuses oversized bodies (413), unsupported and YAML-on-JSON-only types (415), bad JSON (400)', async () => {
    const big = await t.call({
      method: 'POST',
      url: '/v1/partners',
      body: { name: 'x'.repeat(10_000) },
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('payload_too_large');
    const text = await t.call({
      method: 'POST',
      url: '/v1/partners',
      body: 'name=x',
      headers: { 'content-type': 'text/plain' },
    });
    expect(text.statusCode).toBe(415);
    const yaml = await t.call({
      method: 'POST',
      url: '/v1/partners',
      body: 'name: x',
      headers: { 'content-type': 'application/yaml' },
    });
    expect(yaml.statusCode).toBe(415);
    const broken = await t.call({
      method: 'POST',
      url: '/v1/partners',
      body: '{"name": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.code).toBe('invalid_json');
  });

  it('caps page sizes and rejects forged cursors', async () => {
    const tooBig = await t.call({ method: 'GET', url: '/v1/tenants?limit=1000' });
    expect(tooBig.statusCode).toBe(400);
    expect(tooBig.json().error.details[0].path).toBe('querystring.limit');
    const forged = await t.call({ method: 'GET', url: '/v1/tenants?cursor=bm9wZQ' });
    expect(forged.statusCode).toBe(400);
  });

  it('paginates with a cursor without skipping or repeating', async () => {
    for (let i = 0; i < 5; i++) await createTenant(t, undefined, `Page ${i}`);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await t.call({
        method: 'GET',
        url: `/v1/tenants?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      });
      seen.push(...page.json().items.map((x: { id: string }) => x.id));
      cursor = page.json().nextCursor;
    } while (cursor);
    const all = await t.db.tenant.findMany({ select: { id: true } });
    expect(seen.sort()).toEqual(all.map((x) => x.id).sort());
  });

  it('hides internals in 5xx bodies', async () => {
    const response = await t.call({ method: 'GET', url: '/test/boom' });
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain('hunter2');
    expect(response.body).not.toContain('postgres');
    expect(response.json().error).toMatchObject({ code: 'internal_error' });
    expect(response.json().error.requestId).toBeTruthy();
  });

  it('serves health, readiness and the OpenAPI document without a key', async () => {
    expect((await t.call({ method: 'GET', url: '/healthz', key: null })).statusCode).toBe(200);
    const ready = await t.call({ method: 'GET', url: '/readyz', key: null });
    expect(ready.json()).toMatchObject({
      status: 'ok',
      postgres: { status: 'ok' },
      redis: { status: 'ok' },
    });
    const openapi = await t.call({ method: 'GET', url: '/openapi.json', key: null });
    expect(
      openapi.json().paths['/v1/tenants/{tenantId}/orientations/{slug}/publish'],
    ).toBeDefined();
    const docs = await t.call({ method: 'GET', url: '/docs/', key: null });
    expect(docs.statusCode).toBe(200);
  });
});

describe('rate limit and readiness failures', () => {
  // Its own admin key: rate budgets are per key, and other tests spend the default one.
  const limitedApp = () =>
    createTestApp({
      RATE_LIMIT_PER_MINUTE: '3',
      SCENARO_ADMIN_KEY: `rate-limit-admin-${Date.now()}-${Math.random()}`,
    });

  it('answers 429 with Retry-After once a key spends its budget', async () => {
    const limited = await limitedApp();
    try {
      const shop = await createTenant(limited);
      const statuses: number[] = [];
      let last: Awaited<ReturnType<TestApp['call']>> | undefined;
      for (let i = 0; i < 5; i++) {
        last = await limited.call({ method: 'GET', url: `/v1/tenants/${shop.id}`, key: shop.key });
        statuses.push(last.statusCode);
      }
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      expect(Number(last?.headers['retry-after'])).toBeGreaterThan(0);
      expect(last?.json().error.code).toBe('rate_limited');
      // Another key still has its own budget.
      const admin = await limited.call({ method: 'GET', url: '/v1/tenants' });
      expect(admin.statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('gives each session its own budget on the shared runtime key', async () => {
    const limited = await limitedApp();
    try {
      const shop = await createTenant(limited);
      const runtimeKey = (
        await limited.call({
          method: 'POST',
          url: '/v1/keys',
          body: { name: 'rt', kind: 'runtime' },
        })
      ).json().secret as string;
      const sessions: string[] = [];
      for (let i = 0; i < 2; i++) {
        const created = await limited.call({
          method: 'POST',
          url: `/v1/tenants/${shop.id}/sessions`,
          key: shop.key,
        });
        expect(created.statusCode, created.body).toBe(201);
        sessions.push(created.json().sessionId);
      }
      const state = async (sessionId: string | undefined) =>
        (
          await limited.call({
            method: 'GET',
            url: `/v1/runtime/sessions/${sessionId}/state`,
            key: runtimeKey,
          })
        ).statusCode;
      const first: number[] = [];
      for (let i = 0; i < 4; i++) first.push(await state(sessions[0]));
      expect(first).toEqual([200, 200, 200, 429]);
      expect(await state(sessions[1])).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('is not ready when Redis is unreachable', async () => {
    const broken = await createTestApp({ REDIS_URL: 'redis://127.0.0.1:1' });
    try {
      const ready = await broken.call({ method: 'GET', url: '/readyz', key: null });
      expect(ready.statusCode).toBe(503);
      expect(ready.json().error.code).toBe('unavailable');
    } finally {
      await broken.close();
    }
  });
});

describe('NUL characters', () => {
  it('refuses them anywhere in a request with their path, and writes nothing', async () => {
    const shop = await createTenant(t);
    const put = await t.call({
      method: 'PUT',
      url: `/v1/tenants/${shop.id}/products/NUL-1`,
      key: shop.key,
      body: { name: 'Vin\u0000', priceCents: 900, tags: ['ok', 'x\u0000y'], attributes: {} },
    });
    expect(put.statusCode).toBe(400);
    expect(put.json().error.details).toEqual([
      { path: 'body.name', message: 'contains a NUL character' },
      { path: 'body.tags.1', message: 'contains a NUL character' },
    ]);
    expect(await t.db.product.count({ where: { tenantId: shop.id } })).toBe(0);
    const search = await t.call({
      method: 'GET',
      url: `/v1/tenants/${shop.id}/products?q=ros%00e`,
      key: shop.key,
    });
    expect(search.statusCode).toBe(400);
    expect(search.json().error.details).toEqual([
      { path: 'querystring.q', message: 'contains a NUL character' },
    ]);
    // Another tenant's caller learns nothing new: the access check answers first.
    const other = await createTenant(t);
    const hidden = await t.call({
      method: 'GET',
      url: `/v1/tenants/${shop.id}/products?q=ros%00e`,
      key: other.key,
    });
    expect(hidden.statusCode).toBe(404);
  });
});
