import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createConsoleUser,
  createPartner,
  createTenant,
  createTestApp,
  type TestApp,
} from '../testing/harness.js';

let t: TestApp;
let shop: Awaited<ReturnType<typeof createTenant>>;
let otherShop: Awaited<ReturnType<typeof createTenant>>;
let partner: Awaited<ReturnType<typeof createPartner>>;
let partnerShop: Awaited<ReturnType<typeof createTenant>>;

beforeAll(async () => {
  t = await createTestApp();
  partner = await createPartner(t, 'Reseller');
  shop = await createTenant(t, t.adminKey, 'Shop');
  otherShop = await createTenant(t, t.adminKey, 'Other shop');
  partnerShop = await createTenant(t, partner.key, 'Partner shop');
});
afterAll(async () => t?.close());

const body = (over: Record<string, unknown> = {}) => ({
  email: `u-${Math.random().toString(36).slice(2)}@example.com`,
  name: 'Claire',
  password: 'a long enough password',
  role: 'viewer',
  ...over,
});
const ids = (response: { json(): { items: { id: string }[] } }) =>
  response.json().items.map((u) => u.id);
const me = (token: string) => t.call({ method: 'GET', url: '/v1/console/me', key: token });

describe('console users: scope', () => {
  it('lets the admin key see everyone, filter by tenant and page through', async () => {
    const a = await createConsoleUser(t, { role: 'viewer', tenantId: shop.id });
    const b = await createConsoleUser(t, { role: 'editor', tenantId: otherShop.id });
    const platform = await createConsoleUser(t, { role: 'admin', tenantId: null });
    const all = await t.call({ method: 'GET', url: '/v1/console/users?limit=100' });
    expect(all.statusCode).toBe(200);
    expect(ids(all)).toEqual(expect.arrayContaining([a.user.id, b.user.id, platform.user.id]));
    expect(all.body).not.toContain('scrypt');

    const filtered = await t.call({ method: 'GET', url: `/v1/console/users?tenantId=${shop.id}` });
    expect(ids(filtered)).toContain(a.user.id);
    expect(ids(filtered)).not.toContain(b.user.id);
    expect(ids(filtered)).not.toContain(platform.user.id);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await t.call({
        method: 'GET',
        url: `/v1/console/users?limit=1${cursor ? `&cursor=${cursor}` : ''}`,
      });
      expect(page.json().items.length).toBeLessThanOrEqual(1);
      seen.push(...ids(page));
      cursor = page.json().nextCursor;
    } while (cursor);
    expect(seen).toEqual(ids(all));

    // A platform-wide console admin sees as much as the admin key.
    const asPlatform = await t.call({
      method: 'GET',
      url: '/v1/console/users?limit=100',
      key: platform.token,
    });
    expect(ids(asPlatform).sort()).toEqual(ids(all).sort());
  });

  it('limits a tenant key and a tenant console admin to their own tenant’s users', async () => {
    const mine = await createConsoleUser(t, { role: 'viewer', tenantId: shop.id });
    const theirs = await createConsoleUser(t, { role: 'viewer', tenantId: otherShop.id });
    const platform = await createConsoleUser(t, { role: 'viewer', tenantId: null });
    const admin = await createConsoleUser(t, { role: 'admin', tenantId: shop.id });

    for (const key of [shop.key, admin.token]) {
      const list = await t.call({ method: 'GET', url: '/v1/console/users?limit=100', key });
      expect(ids(list)).toContain(mine.user.id);
      expect(ids(list)).not.toContain(theirs.user.id);
      expect(ids(list)).not.toContain(platform.user.id);
      for (const hidden of [theirs.user.id, platform.user.id]) {
        for (const method of ['GET', 'PATCH', 'DELETE'] as const) {
          const response = await t.call({
            method,
            url: `/v1/console/users/${hidden}`,
            key,
            ...(method === 'PATCH' ? { body: { name: 'Hijacked' } } : {}),
          });
          expect(response.statusCode, `${method} ${hidden}`).toBe(404);
        }
      }
      const otherTenant = await t.call({
        method: 'GET',
        url: `/v1/console/users?tenantId=${otherShop.id}`,
        key,
      });
      expect(otherTenant.statusCode).toBe(404);
      const platformWide = await t.call({
        method: 'POST',
        url: '/v1/console/users',
        key,
        body: body({ tenantId: null }),
      });
      expect(platformWide.statusCode).toBe(403);
      const elsewhere = await t.call({
        method: 'POST',
        url: '/v1/console/users',
        key,
        body: body({ tenantId: otherShop.id }),
      });
      expect(elsewhere.statusCode).toBe(404);
      const own = await t.call({
        method: 'POST',
        url: '/v1/console/users',
        key,
        body: body({ tenantId: shop.id, role: 'admin' }),
      });
      expect(own.statusCode).toBe(201);
      expect(own.json().tenantId).toBe(shop.id);
    }
    const untouched = await t.db.consoleUser.findUniqueOrThrow({ where: { id: theirs.user.id } });
    expect(untouched.name).toBe('Test viewer');
  });

  it('limits a partner key to the users of its tenants, never platform-wide ones', async () => {
    const inPartnerShop = await createConsoleUser(t, { role: 'editor', tenantId: partnerShop.id });
    const elsewhere = await createConsoleUser(t, { role: 'editor', tenantId: shop.id });
    const list = await t.call({
      method: 'GET',
      url: '/v1/console/users?limit=100',
      key: partner.key,
    });
    expect(ids(list)).toContain(inPartnerShop.user.id);
    expect(ids(list)).not.toContain(elsewhere.user.id);
    expect(
      list.json().items.every((u: { tenantId: string | null }) => u.tenantId === partnerShop.id),
    ).toBe(true);
    const hidden = await t.call({
      method: 'GET',
      url: `/v1/console/users/${elsewhere.user.id}`,
      key: partner.key,
    });
    expect(hidden.statusCode).toBe(404);
    const platformWide = await t.call({
      method: 'POST',
      url: '/v1/console/users',
      key: partner.key,
      body: body({ tenantId: null, role: 'admin' }),
    });
    expect(platformWide.statusCode).toBe(403);
    const created = await t.call({
      method: 'POST',
      url: '/v1/console/users',
      key: partner.key,
      body: body({ tenantId: partnerShop.id }),
    });
    expect(created.statusCode).toBe(201);
  });
});

describe('console users: rules', () => {
  it('keeps emails unique whatever their case (409)', async () => {
    const first = await t.call({
      method: 'POST',
      url: '/v1/console/users',
      body: body({ email: 'dup@example.com' }),
    });
    expect(first.statusCode).toBe(201);
    const second = await t.call({
      method: 'POST',
      url: '/v1/console/users',
      body: body({ email: 'DUP@Example.com', tenantId: shop.id }),
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('conflict');
  });

  it('refuses weak passwords and unknown fields with their path', async () => {
    const weak = await t.call({
      method: 'POST',
      url: '/v1/console/users',
      body: body({ password: 'short' }),
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.details[0].path).toBe('body.password');
    const extra = await t.call({
      method: 'POST',
      url: '/v1/console/users',
      body: body({ passwordHash: 'scrypt$1$1$1$x$y' }),
    });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().error.details[0].path).toBe('body.passwordHash');
  });

  it('does not let you disable, delete or demote yourself, but lets you rename yourself', async () => {
    const self = await createConsoleUser(t, { role: 'admin', tenantId: shop.id });
    const url = `/v1/console/users/${self.user.id}`;
    for (const request of [
      { method: 'PATCH' as const, body: { disabled: true } },
      { method: 'PATCH' as const, body: { role: 'editor' } },
      { method: 'DELETE' as const },
    ]) {
      const response = await t.call({ url, key: self.token, ...request });
      expect(response.statusCode, JSON.stringify(request)).toBe(409);
      expect(response.json().error.code).toBe('own_account_protected');
    }
    const renamed = await t.call({
      method: 'PATCH',
      url,
      key: self.token,
      body: { name: 'Renée' },
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ name: 'Renée', role: 'admin', disabledAt: null });
    expect((await me(self.token)).statusCode).toBe(200);
  });

  it('signs a user out everywhere on a new password, on disabling and on deletion', async () => {
    const target = await createConsoleUser(t, { role: 'editor', tenantId: shop.id });
    const url = `/v1/console/users/${target.user.id}`;
    const changed = await t.call({
      method: 'PATCH',
      url,
      key: shop.key,
      body: { password: 'a brand new pass phrase' },
    });
    expect(changed.statusCode).toBe(200);
    expect((await me(target.token)).statusCode).toBe(401);
    const old = await t.call({
      method: 'POST',
      url: '/v1/console/sessions',
      key: null,
      body: { email: target.email, password: target.password },
    });
    expect(old.statusCode).toBe(401);
    const again = await t.call({
      method: 'POST',
      url: '/v1/console/sessions',
      key: null,
      body: { email: target.email, password: 'a brand new pass phrase' },
    });
    expect(again.statusCode).toBe(201);
    const token = again.json().token as string;

    // Renaming alone signs nobody out.
    await t.call({ method: 'PATCH', url, key: shop.key, body: { name: 'Zoé' } });
    expect((await me(token)).statusCode).toBe(200);

    await t.call({ method: 'PATCH', url, key: shop.key, body: { disabled: true } });
    expect((await me(token)).statusCode).toBe(401);
    const enabled = await t.call({
      method: 'PATCH',
      url,
      key: shop.key,
      body: { disabled: false },
    });
    expect(enabled.json().disabledAt).toBeNull();
    // Re-enabling does not bring the revoked sign-in back.
    expect((await me(token)).statusCode).toBe(401);

    const fresh = await t.call({
      method: 'POST',
      url: '/v1/console/sessions',
      key: null,
      body: { email: target.email, password: 'a brand new pass phrase' },
    });
    const deleted = await t.call({ method: 'DELETE', url, key: shop.key });
    expect(deleted.statusCode).toBe(204);
    expect((await me(fresh.json().token)).statusCode).toBe(401);
    expect((await t.call({ method: 'GET', url })).statusCode).toBe(404);
  });

  it('keeps the current sign-in when users change their own password, and ends the others', async () => {
    const self = await createConsoleUser(t, { role: 'viewer', tenantId: null });
    const other = await t.call({
      method: 'POST',
      url: '/v1/console/sessions',
      key: null,
      body: { email: self.email, password: self.password },
    });
    // A viewer may not manage users, not even change their own password through this route.
    const viewerChange = await t.call({
      method: 'PATCH',
      url: `/v1/console/users/${self.user.id}`,
      key: self.token,
      body: { password: 'another long pass phrase' },
    });
    expect(viewerChange.statusCode).toBe(403);
    const admin = await createConsoleUser(t, { role: 'admin', tenantId: null });
    const second = await t.call({
      method: 'POST',
      url: '/v1/console/sessions',
      key: null,
      body: { email: admin.email, password: admin.password },
    });
    const changed = await t.call({
      method: 'PATCH',
      url: `/v1/console/users/${admin.user.id}`,
      key: admin.token,
      body: { password: 'another long pass phrase' },
    });
    expect(changed.statusCode).toBe(200);
    expect((await me(admin.token)).statusCode).toBe(200);
    expect((await me(second.json().token)).statusCode).toBe(401);
    expect((await me(other.json().token)).statusCode).toBe(200);
  });

  it('records creation, changes and deletion in the audit trail, without any password', async () => {
    const created = await t.call({
      method: 'POST',
      url: '/v1/console/users',
      key: shop.key,
      body: body({ tenantId: shop.id, password: 'audit trail password' }),
    });
    const id = created.json().id as string;
    await t.call({
      method: 'PATCH',
      url: `/v1/console/users/${id}`,
      key: shop.key,
      body: { role: 'editor', password: 'another audit password' },
    });
    await t.call({ method: 'DELETE', url: `/v1/console/users/${id}`, key: shop.key });
    const events = await t.db.auditEvent.findMany({
      where: { targetId: id },
      orderBy: { createdAt: 'asc' },
    });
    expect(events.map((e) => e.action)).toEqual([
      'console_user.created',
      'console_user.updated',
      'console_user.deleted',
    ]);
    expect(events.every((e) => e.tenantId === shop.id)).toBe(true);
    expect(events[1]?.details).toMatchObject({ changed: ['password', 'role'], role: 'editor' });
    const text = JSON.stringify(events);
    expect(text).not.toMatch(/audit (trail )?password|scrypt/);
    const trail = await t.call({
      method: 'GET',
      url: `/v1/tenants/${shop.id}/audit`,
      key: shop.key,
    });
    expect(trail.body).toContain('console_user.deleted');
  });
});
