import type { Db } from '@scenaro/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createConsoleUser,
  createPartner,
  createTenant,
  createTestApp,
  snapshot,
  type TestApp,
} from '../testing/harness.js';

// Walks the OpenAPI document, so a route added later cannot escape these checks.
let t: TestApp;
let routes: { method: string; path: string }[];
let victim: Awaited<ReturnType<typeof createTenant>>;
let victimKeyId: string;
let victimSessionId: string;
let victimJobId: string;
let victimDocumentId: string;
let victimViewerToken: string;
const callers: Record<string, string | null> = {};

beforeAll(async () => {
  t = await createTestApp();
  const owner = await createPartner(t, 'Owner');
  const stranger = await createPartner(t, 'Stranger');
  victim = await createTenant(t, owner.key, 'Victim');
  const other = await createTenant(t, stranger.key, 'Other');
  victimKeyId = (
    await t.db.apiKey.findFirstOrThrow({ where: { tenantId: victim.id, kind: 'tenant' } })
  ).id;
  victimSessionId = (
    await t.call({ method: 'POST', url: `/v1/tenants/${victim.id}/sessions`, key: victim.key })
  ).json().sessionId;
  // A product of the victim, so that the `{sku}` routes have something to find.
  await t.call({
    method: 'PUT',
    url: `/v1/tenants/${victim.id}/products/ISO-1`,
    key: victim.key,
    body: { name: 'Vin', priceCents: 1000, attributes: { color: 'rouge' } },
  });
  // A job of the victim (a catalogue import, never run: no worker here), for `{jobId}`.
  victimJobId = (
    await t.call({
      method: 'POST',
      url: `/v1/tenants/${victim.id}/catalog/imports`,
      key: victim.key,
      headers: { 'content-type': 'text/csv' },
      body: 'sku,name,price,color\nISO-2,Vin,12.50,rouge\n',
    })
  ).json().jobId;

  // A knowledge document of the victim (never ingested: no worker here), for `{documentId}`.
  victimDocumentId = (
    await t.call({
      method: 'POST',
      url: `/v1/tenants/${victim.id}/knowledge/documents`,
      key: victim.key,
      body: { title: 'Livraison', content: '# Livraison\n\nNous livrons à Lyon.' },
    })
  ).json().documentId;

  const revoked = await t.call({
    method: 'POST',
    url: `/v1/tenants/${victim.id}/keys`,
    key: victim.key,
    body: { name: 'to revoke', kind: 'tenant' },
  });
  await t.call({
    method: 'DELETE',
    url: `/v1/tenants/${victim.id}/keys/${revoked.json().id}`,
    key: victim.key,
  });

  callers['another tenant key'] = other.key;
  callers["another tenant's publishable key"] = other.publishableKey;
  callers['a partner that does not own the tenant'] = stranger.key;
  callers['a revoked key of the tenant'] = revoked.json().secret;
  callers['no key'] = null;
  // Console sign-ins are tenant principals too: an admin of another tenant must get the same
  // 404 (its role would allow everything), a signed-out sign-in of the tenant the same 401.
  callers["another tenant's console admin"] = (
    await createConsoleUser(t, { role: 'admin', tenantId: other.id })
  ).token;
  const signedOut = await createConsoleUser(t, { role: 'admin', tenantId: victim.id });
  await t.call({ method: 'DELETE', url: '/v1/console/sessions/current', key: signedOut.token });
  callers['a signed-out console admin of the tenant'] = signedOut.token;
  victimViewerToken = (await createConsoleUser(t, { role: 'viewer', tenantId: victim.id })).token;

  const openapi = (await t.call({ method: 'GET', url: '/openapi.json', key: null })).json();
  routes = Object.entries(openapi.paths as Record<string, Record<string, unknown>>).flatMap(
    ([path, ops]) => Object.keys(ops).map((method) => ({ method: method.toUpperCase(), path })),
  );
});
afterAll(async () => t?.close());

function concrete(path: string) {
  return path
    .replaceAll('{tenantId}', victim.id)
    .replaceAll('{slug}', 'caviste')
    .replaceAll('{version}', '1')
    .replaceAll('{keyId}', victimKeyId)
    .replaceAll('{sessionId}', victimSessionId)
    .replaceAll('{sku}', 'ISO-1')
    .replaceAll('{jobId}', victimJobId)
    .replaceAll('{documentId}', victimDocumentId)
    .replace(/\/knowledge\/ask$/, '/knowledge/ask?q=livraison');
}

const expected: Record<string, number> = {
  'another tenant key': 404,
  "another tenant's publishable key": 404,
  'a partner that does not own the tenant': 404,
  'a revoked key of the tenant': 401,
  'no key': 401,
  "another tenant's console admin": 404,
  'a signed-out console admin of the tenant': 401,
};

/** The harness snapshot plus the tenant-owned tables a write under a tenant could touch. */
async function fullSnapshot(db: Db) {
  const [products, documents, jobs, sessions, users] = await Promise.all([
    db.product.findMany({ orderBy: { id: 'asc' } }),
    db.knowledgeDocument.findMany({ orderBy: { id: 'asc' } }),
    db.job.findMany({ orderBy: { id: 'asc' } }),
    db.session.findMany({ orderBy: { id: 'asc' } }),
    db.consoleUser.findMany({ orderBy: { id: 'asc' } }),
  ]);
  return { ...(await snapshot(db)), products, documents, jobs, sessions, users };
}

describe('tenant isolation on every tenant-scoped route', () => {
  it('finds the tenant routes in the OpenAPI document', () => {
    const tenantRoutes = routes.filter((r) => r.path.includes('{tenantId}'));
    expect(tenantRoutes.length).toBeGreaterThanOrEqual(14);
  });

  for (const caller of Object.keys(expected)) {
    it(`refuses ${caller}, and changes nothing`, async () => {
      const before = await snapshot(t.db);
      for (const { method, path } of routes.filter((r) => r.path.includes('{tenantId}'))) {
        const url = concrete(path) + (path.endsWith('/diff') ? '?from=1&to=draft' : '');
        const response = await t.call({
          method: method as 'GET',
          url,
          key: callers[caller] ?? null,
          ...(method === 'GET' || method === 'DELETE' ? {} : { body: { name: 'x', version: 1 } }),
        });
        expect(response.statusCode, `${method} ${path}`).toBe(expected[caller]);
        expect(response.body, `${method} ${path}`).not.toContain('Victim');
      }
      expect(await snapshot(t.db)).toEqual(before);
    });
  }

  it("lets the tenant's own key read every GET route (the refusals above are not blanket 404s)", async () => {
    for (const { path } of routes.filter(
      (r) => r.method === 'GET' && r.path.includes('{tenantId}'),
    )) {
      const url = concrete(path) + (path.endsWith('/diff') ? '?from=1&to=draft' : '');
      const response = await t.call({ method: 'GET', url, key: victim.key });
      expect(response.statusCode, path).toBe(200);
    }
  });

  it("refuses every write to the tenant's own console viewer (403), and changes nothing", async () => {
    const before = await fullSnapshot(t.db);
    const writes = routes.filter((r) => r.path.includes('{tenantId}') && r.method !== 'GET');
    expect(writes.length).toBeGreaterThanOrEqual(10);
    for (const { method, path } of writes) {
      const response = await t.call({
        method: method as 'POST',
        url: concrete(path),
        key: victimViewerToken,
        ...(method === 'DELETE' ? {} : { body: { name: 'x', version: 1 } }),
      });
      expect(response.statusCode, `${method} ${path}`).toBe(403);
      expect(response.json().error.code, `${method} ${path}`).toBe('forbidden');
    }
    expect(await fullSnapshot(t.db)).toEqual(before);
  });

  it("lets the tenant's own console viewer read every GET route", async () => {
    for (const { path } of routes.filter(
      (r) => r.method === 'GET' && r.path.includes('{tenantId}'),
    )) {
      const url = concrete(path) + (path.endsWith('/diff') ? '?from=1&to=draft' : '');
      const response = await t.call({ method: 'GET', url, key: victimViewerToken });
      // Managing the tenant's keys is for admins, even reading them.
      const expected = path.endsWith('/keys') ? 403 : 200;
      expect(response.statusCode, path).toBe(expected);
    }
  });

  it("refuses the tenant's own publishable key on management routes (403)", async () => {
    for (const { method, path } of routes.filter((r) => r.path.includes('{tenantId}'))) {
      const response = await t.call({
        method: method as 'GET',
        url: concrete(path),
        key: victim.publishableKey,
      });
      expect(response.statusCode, `${method} ${path}`).toBe(403);
    }
  });
});
