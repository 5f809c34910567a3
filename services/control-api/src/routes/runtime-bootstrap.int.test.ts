import { createHmac, timingSafeEqual } from 'node:crypto';
import { IMMUTABLE_CACHE_CONTROL } from '@scenaro/api-contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPartner,
  createTenant,
  createTestApp,
  TEST_LIVEKIT,
  type TestApp,
} from '../testing/harness.js';

let t: TestApp;
let shop: Awaited<ReturnType<typeof createTenant>>;
let other: Awaited<ReturnType<typeof createTenant>>;
let partner: Awaited<ReturnType<typeof createPartner>>;
let runtimeKey: string;

const ALLOWED_ORIGIN = 'http://localhost:4321';

beforeAll(async () => {
  t = await createTestApp();
  partner = await createPartner(t, 'Reseller');
  shop = await createTenant(t, partner.key, 'Shop');
  other = await createTenant(t, t.adminKey, 'Other');
  const key = await t.call({
    method: 'POST',
    url: '/v1/keys',
    body: { name: 'runtime', kind: 'runtime' },
  });
  runtimeKey = key.json().secret;
});
afterAll(async () => t?.close());

async function startSession(
  tenant: { id: string; key: string },
  headers: Record<string, string> = {},
) {
  return t.call({
    method: 'POST',
    url: `/v1/tenants/${tenant.id}/sessions`,
    key: tenant.key,
    headers,
  });
}

async function newSession(tenant: { id: string; key: string } = shop) {
  const response = await startSession(tenant);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as {
    sessionId: string;
    roomName: string;
    serverUrl: string;
    participantToken: string;
    orientation: { slug: string; version: number };
  };
}

function runtime(url: string) {
  return t.call({ method: 'GET', url, key: runtimeKey });
}

/** Decodes a LiveKit JWT after checking its HS256 signature against the secret. */
function verifyJwt(token: string, secret: string): Record<string, unknown> {
  const [header, payload, signature] = token.split('.');
  if (!header || !payload || !signature) throw new Error('not a JWT');
  expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toMatchObject({ alg: 'HS256' });
  const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new Error('bad signature');
  }
  return JSON.parse(Buffer.from(payload, 'base64url').toString());
}

async function sessionCount() {
  return t.db.session.count();
}

describe('voice sessions', () => {
  it('returns the room, server and a token that dispatches the agent for this room only', async () => {
    const session = await newSession();
    expect(session).toEqual({
      sessionId: expect.stringMatching(/^ses_/),
      roomName: `scn-${session.sessionId}`,
      serverUrl: TEST_LIVEKIT.LIVEKIT_URL,
      participantToken: expect.any(String),
      orientation: { slug: 'caviste', version: 1 },
    });

    const claims = verifyJwt(session.participantToken, TEST_LIVEKIT.LIVEKIT_API_SECRET);
    expect(claims.iss).toBe(TEST_LIVEKIT.LIVEKIT_API_KEY);
    expect(claims.sub).toBe(`customer-${session.sessionId}`);
    expect(Number(claims.exp) - Number(claims.nbf)).toBe(15 * 60);
    expect(claims.video).toEqual({
      room: `scn-${session.sessionId}`,
      roomJoin: true,
      canPublish: true,
      canSubscribe: true,
      canPublishData: true,
    });
    const roomConfig = claims.roomConfig as { agents: { agentName: string; metadata: string }[] };
    expect(roomConfig.agents).toHaveLength(1);
    expect(roomConfig.agents[0]?.agentName).toBe('scenaro-agent');
    expect(JSON.parse(roomConfig.agents[0]?.metadata ?? '')).toEqual({
      sessionId: session.sessionId,
    });
    expect(() => verifyJwt(session.participantToken, 'another-secret')).toThrow('bad signature');
  });

  it("lets the tenant's publishable key start a session from an allowed origin only", async () => {
    const allowed = await startSession(
      { id: shop.id, key: shop.publishableKey },
      { origin: ALLOWED_ORIGIN },
    );
    expect(allowed.statusCode, allowed.body).toBe(201);
    expect(allowed.json().roomName).toBe(`scn-${allowed.json().sessionId}`);

    const before = await sessionCount();
    const elsewhere = await startSession(
      { id: shop.id, key: shop.publishableKey },
      { origin: 'https://evil.example' },
    );
    expect(elsewhere.statusCode).toBe(403);
    expect(elsewhere.json().error.code).toBe('forbidden');
    const noOrigin = await startSession({ id: shop.id, key: shop.publishableKey });
    expect(noOrigin.statusCode).toBe(403);
    // Another tenant's publishable key, even from an origin it allows, does not see this tenant.
    const foreign = await startSession(
      { id: shop.id, key: other.publishableKey },
      { origin: ALLOWED_ORIGIN },
    );
    expect(foreign.statusCode).toBe(404);
    expect(await sessionCount()).toBe(before);

    // A publishable key may do nothing else, even from its origin.
    for (const url of [`/v1/tenants/${shop.id}/sessions`, `/v1/tenants/${shop.id}`]) {
      const read = await t.call({
        method: 'GET',
        url,
        key: shop.publishableKey,
        headers: { origin: ALLOWED_ORIGIN },
      });
      expect(read.statusCode, url).toBe(403);
    }
  });

  it('answers the browser preflight for an origin listed in CORS_ORIGINS', async () => {
    const preflight = await t.app.inject({
      method: 'OPTIONS',
      url: `/v1/tenants/${shop.id}/sessions`,
      headers: {
        origin: ALLOWED_ORIGIN,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    });
    expect(preflight.statusCode).toBeLessThan(300);
    expect(preflight.headers['access-control-allow-origin']).toBe(ALLOWED_ORIGIN);
  });

  it('answers 503 and writes nothing when LiveKit is not configured', async () => {
    const bare = await createTestApp({
      LIVEKIT_URL: '',
      LIVEKIT_API_KEY: '',
      LIVEKIT_API_SECRET: '',
    });
    try {
      const tenant = await createTenant(bare);
      const before = await bare.db.session.count();
      const response = await bare.call({
        method: 'POST',
        url: `/v1/tenants/${tenant.id}/sessions`,
        key: tenant.key,
      });
      expect(response.statusCode).toBe(503);
      expect(response.json().error).toMatchObject({
        code: 'unavailable',
        message: expect.stringContaining('LIVEKIT_URL'),
      });
      expect(await bare.db.session.count()).toBe(before);
      expect(await bare.db.sessionEvent.count()).toBe(0);
    } finally {
      await bare.close();
    }
  });
});

describe('runtime bootstrap', () => {
  it('serves the pinned version, even after a newer publish; the next session gets the new one', async () => {
    const first = await newSession();
    const boot = await runtime(`/v1/runtime/sessions/${first.sessionId}/bootstrap`);
    expect(boot.statusCode, boot.body).toBe(200);
    const tenant = await t.db.tenant.findUniqueOrThrow({ where: { id: shop.id } });
    const v1 = await t.db.orientationVersion.findFirstOrThrow({
      where: { tenantId: shop.id, version: 1 },
    });
    expect(boot.json()).toEqual({
      session: { id: first.sessionId, status: 'created', revision: 0 },
      tenant: { id: shop.id, name: 'Shop', variables: tenant.variables },
      orientation: { versionId: v1.id, slug: 'caviste', version: 1 },
    });
    expect(boot.headers['cache-control']).toBe('no-store');

    const published = await t.call({
      method: 'POST',
      url: `/v1/tenants/${shop.id}/orientations/caviste/publish`,
      key: shop.key,
      body: {},
    });
    expect(published.statusCode, published.body).toBe(201);

    const again = await runtime(`/v1/runtime/sessions/${first.sessionId}/bootstrap`);
    expect(again.json().orientation).toEqual({ versionId: v1.id, slug: 'caviste', version: 1 });

    const second = await newSession();
    expect(second.orientation.version).toBe(2);
    const next = await runtime(`/v1/runtime/sessions/${second.sessionId}/bootstrap`);
    const v2 = await t.db.orientationVersion.findFirstOrThrow({
      where: { tenantId: shop.id, version: 2 },
    });
    expect(next.json().orientation).toEqual({ versionId: v2.id, slug: 'caviste', version: 2 });
  });

  it("reads the tenant's current name and variables and the session's current status, every time", async () => {
    const session = await newSession(other);
    const bootstrap = () => runtime(`/v1/runtime/sessions/${session.sessionId}/bootstrap`);
    const before = await bootstrap();
    expect(before.statusCode, before.body).toBe(200);
    expect(before.json().tenant).toMatchObject({ id: other.id, name: 'Other' });
    expect(before.json().session.status).toBe('created');

    const renamed = await t.call({
      method: 'PATCH',
      url: `/v1/tenants/${other.id}`,
      body: { name: 'Other, renamed', variables: { shop_name: 'La Cave du Coin' } },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    const ended = await t.call({
      method: 'POST',
      url: `/v1/runtime/sessions/${session.sessionId}/end`,
      key: runtimeKey,
      body: {},
    });
    expect(ended.statusCode, ended.body).toBe(200);

    const after = await bootstrap();
    expect(after.statusCode, after.body).toBe(200);
    expect(after.json().tenant).toEqual({
      id: other.id,
      name: 'Other, renamed',
      variables: { shop_name: 'La Cave du Coin' },
    });
    // The API reports the status; the runtime refuses to start an ended session.
    expect(after.json().session).toMatchObject({ id: session.sessionId, status: 'ended' });
  });

  it('needs a runtime key that is still valid on this very request', async () => {
    const session = await newSession();
    const url = `/v1/runtime/sessions/${session.sessionId}/bootstrap`;
    const created = await t.call({
      method: 'POST',
      url: '/v1/keys',
      body: { name: 'short-lived runtime', kind: 'runtime' },
    });
    const { id, secret } = created.json();
    expect((await t.call({ method: 'GET', url, key: secret })).statusCode).toBe(200);
    expect((await t.call({ method: 'GET', url, key: null })).statusCode).toBe(401);
    expect((await t.call({ method: 'GET', url, key: shop.key })).statusCode).toBe(403);

    expect((await t.call({ method: 'DELETE', url: `/v1/keys/${id}` })).statusCode).toBe(200);
    const revoked = await t.call({ method: 'GET', url, key: secret });
    expect(revoked.statusCode).toBe(401);
    expect(revoked.json().error.code).toBe('unauthenticated');
  });

  it('serves a version by id as immutable, and 404 for an unknown one', async () => {
    const v1 = await t.db.orientationVersion.findFirstOrThrow({
      where: { tenantId: shop.id, version: 1 },
    });
    const response = await runtime(`/v1/runtime/orientation-versions/${v1.id}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['cache-control']).toBe(IMMUTABLE_CACHE_CONTROL);
    expect(response.json()).toEqual({
      id: v1.id,
      slug: 'caviste',
      version: 1,
      document: v1.document,
    });

    const unknown = await runtime('/v1/runtime/orientation-versions/ver_doesnotexist');
    expect(unknown.statusCode).toBe(404);
    const session = await runtime('/v1/runtime/sessions/ses_doesnotexist/bootstrap');
    expect(session.statusCode).toBe(404);
    expect(session.json().error.code).toBe('not_found');
  });
});

/** A body each runtime route accepts, so that a 404 comes from the session lookup. */
function sampleBody(method: string, path: string): unknown {
  if (method === 'GET' || method === 'DELETE') return undefined;
  if (path.includes('/tools/')) return { arguments: {} };
  if (path.endsWith('/selection')) return { productId: 'prd_none' };
  if (path.endsWith('/cart')) return { productId: 'prd_none', quantity: 1 };
  if (path.includes('/cart/')) return { quantity: 1 };
  if (path.endsWith('/events')) return { type: 'metrics', payload: {} };
  return {};
}

describe('runtime routes (walked from the OpenAPI document)', () => {
  it('refuse every key but the runtime key (403), and name an unknown session 404', async () => {
    const openapi = (await t.call({ method: 'GET', url: '/openapi.json', key: null })).json();
    const routes = Object.entries(openapi.paths as Record<string, Record<string, unknown>>)
      .filter(([path]) => path.startsWith('/v1/runtime/'))
      .flatMap(([path, ops]) =>
        Object.keys(ops).map((method) => ({ method: method.toUpperCase(), path })),
      );
    expect(routes.length).toBeGreaterThanOrEqual(17);
    expect(routes.map((route) => route.path)).toContain(
      '/v1/runtime/sessions/{sessionId}/tools/catalog.search',
    );

    const session = await newSession();
    const version = await t.db.orientationVersion.findFirstOrThrow({
      where: { tenantId: shop.id },
    });
    const callers = {
      admin: t.adminKey,
      partner: partner.key,
      tenant: shop.key,
      publishable: shop.publishableKey,
    };
    for (const { method, path } of routes) {
      const url = path
        .replace('{sessionId}', session.sessionId)
        .replace('{versionId}', version.id)
        .replace('{productId}', 'prd_none');
      const body = sampleBody(method, path);
      for (const [name, key] of Object.entries(callers)) {
        const response = await t.call({
          method: method as 'GET',
          url,
          key,
          body,
          headers: { origin: ALLOWED_ORIGIN },
        });
        expect(response.statusCode, `${name} ${method} ${path}`).toBe(403);
      }
      const unknown = await t.call({
        method: method as 'GET',
        url: path
          .replace('{sessionId}', 'ses_unknown0000000000000')
          .replace('{versionId}', 'ver_unknown')
          .replace('{productId}', 'prd_none'),
        key: runtimeKey,
        body,
      });
      expect(unknown.statusCode, `runtime ${method} ${path}: ${unknown.body}`).toBe(404);
    }
  });
});
