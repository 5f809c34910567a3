import { describe, expect, it } from 'vitest';
import { createApiClient } from '../api/client';
import { canAccess } from '../auth/permissions';
import { createSessionStore } from '../auth/session-store';
import { createAuthProvider } from './authProvider';

// The auth provider's logic over a fetch double: sign-in, expiry, sign-out, 401/403, and what
// each role is offered.

const NOW = Date.parse('2026-11-24T10:00:00Z');

function memoryStorage() {
  const values = new Map<string, string>();
  return {
    values,
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    removeItem: (key: string) => void values.delete(key),
  };
}

function user(role: 'admin' | 'editor' | 'viewer', tenantId: string | null) {
  return {
    id: `u-${role}`,
    email: `${role}@shop.test`,
    name: `${role} name`,
    role,
    tenantId,
    createdAt: '2026-11-01T00:00:00Z',
    lastLoginAt: null,
    disabledAt: null,
  };
}

function setUp({
  status = 201,
  role = 'editor' as 'admin' | 'editor' | 'viewer',
  tenantId = 't1' as string | null,
  expiresAt = '2026-11-24T18:00:00Z',
  unreachable = false,
} = {}) {
  const storage = memoryStorage();
  const sessions = createSessionStore(storage);
  const requests: { method: string; url: string; authorization?: string; body?: string }[] = [];
  const fetchImpl = (async (input: URL | RequestInfo, init: RequestInit = {}) => {
    const headers = (init.headers ?? {}) as Record<string, string>;
    requests.push({
      method: init.method ?? 'GET',
      url: String(input),
      authorization: headers.authorization,
      body: init.body as string | undefined,
    });
    if (unreachable) throw new TypeError('fetch failed');
    if (init.method === 'DELETE') return new Response(null, { status: 204 });
    if (status !== 201) {
      return new Response(
        JSON.stringify({ error: { code: 'unauthenticated', message: 'Wrong email or password.' } }),
        { status, headers: { 'content-type': 'application/json' } },
      );
    }
    return new Response(
      JSON.stringify({ token: 'secret-token', expiresAt, user: user(role, tenantId) }),
      { status: 201, headers: { 'content-type': 'application/json' } },
    );
  }) as typeof fetch;
  const api = createApiClient({ baseUrl: 'http://api.test', getToken: sessions.token, fetchImpl });
  const tenants: (string | null)[] = [];
  let now = NOW;
  const auth = createAuthProvider({
    api,
    sessions,
    setTenant: (id) => tenants.push(id),
    now: () => now,
    permissionsDelayMs: 0,
  });
  return { auth, storage, sessions, requests, tenants, advance: (ms: number) => (now += ms) };
}

describe('auth provider', () => {
  it('signs in, keeps the session, and makes a tenant user’s tenant the current one', async () => {
    const { auth, sessions, requests, tenants } = setUp();
    await auth.login({ email: ' Editor@shop.test ', password: 'correct horse battery' });
    expect(requests[0]).toMatchObject({
      method: 'POST',
      url: 'http://api.test/v1/console/sessions',
    });
    expect(requests[0]?.authorization).toBeUndefined();
    expect(JSON.parse(requests[0]?.body ?? '{}')).toEqual({
      email: 'Editor@shop.test',
      password: 'correct horse battery',
    });
    expect(sessions.token()).toBe('secret-token');
    expect(tenants).toEqual(['t1']);
    await expect(auth.checkAuth({})).resolves.toBeUndefined();
    expect(await auth.getPermissions?.({})).toEqual({ role: 'editor', tenantId: 't1' });
    expect(await auth.getIdentity?.()).toMatchObject({ id: 'u-editor', fullName: 'editor name' });
  });

  it('leaves a platform user’s current tenant alone', async () => {
    const { auth, tenants } = setUp({ role: 'admin', tenantId: null });
    await auth.login({ email: 'admin@shop.test', password: 'x' });
    expect(tenants).toEqual([]);
    expect(await auth.getPermissions?.({})).toEqual({ role: 'admin', tenantId: null });
  });

  it('refuses wrong credentials with a translatable message and stores nothing', async () => {
    const { auth, sessions } = setUp({ status: 401 });
    await expect(auth.login({ email: 'a@b.test', password: 'nope' })).rejects.toThrow(
      'scenaro.auth.invalid_credentials',
    );
    expect(sessions.get()).toBeNull();
  });

  it('says the API is unreachable at sign-in', async () => {
    const { auth } = setUp({ unreachable: true });
    await expect(auth.login({ email: 'a@b.test', password: 'x' })).rejects.toThrow(
      'scenaro.errors.unreachable',
    );
  });

  it('treats an expired session as signed out, with the "expired" message', async () => {
    const { auth, sessions, advance } = setUp({ expiresAt: '2026-11-24T10:30:00Z' });
    await auth.login({ email: 'a@b.test', password: 'x' });
    advance(29 * 60_000);
    await expect(auth.checkAuth({})).resolves.toBeUndefined();
    advance(2 * 60_000);
    await expect(auth.checkAuth({})).rejects.toEqual({ message: false });
    expect(sessions.get()).toBeNull();
    // The login form says why, once.
    expect(sessions.takeExpired()).toBe(true);
    expect(sessions.takeExpired()).toBe(false);
    expect(await auth.getPermissions?.({})).toBeNull();
    expect(await auth.canAccess?.({ action: 'list', resource: 'orientations' })).toBe(false);
  });

  it('shows the login form without a message to someone who never signed in', async () => {
    const { auth, sessions } = setUp();
    await expect(auth.checkAuth({})).rejects.toEqual({ message: false });
    expect(sessions.takeExpired()).toBe(false);
  });

  it('signs out on a 401 from the API, but stays on a 403', async () => {
    const { auth, sessions } = setUp();
    await auth.login({ email: 'a@b.test', password: 'x' });
    await expect(auth.checkError({ status: 403 })).resolves.toBeUndefined();
    expect(sessions.get()).not.toBeNull();
    await expect(auth.checkError({ status: 401 })).rejects.toEqual({ message: false });
    expect(sessions.get()).toBeNull();
    expect(sessions.takeExpired()).toBe(true);
  });

  it('revokes the token at sign-out and forgets the tenant of a tenant user', async () => {
    const { auth, sessions, requests, tenants } = setUp();
    await auth.login({ email: 'a@b.test', password: 'x' });
    await auth.logout({});
    expect(sessions.get()).toBeNull();
    expect(requests.at(-1)).toMatchObject({
      method: 'DELETE',
      url: 'http://api.test/v1/console/sessions/current',
      authorization: 'Bearer secret-token',
    });
    expect(tenants).toEqual(['t1', null]);
  });

  it('signs out locally even when the API is down', async () => {
    const { auth, sessions, requests } = setUp({ unreachable: true });
    sessions.set({
      token: 'secret-token',
      expiresAt: '2026-11-24T18:00:00Z',
      user: user('viewer', 't1'),
    });
    await expect(auth.logout({})).resolves.toBeUndefined();
    expect(requests).toHaveLength(1);
    expect(sessions.get()).toBeNull();
  });
});

describe('what each role is offered', () => {
  const viewer = { role: 'viewer' as const, tenantId: 't1' };
  const editor = { role: 'editor' as const, tenantId: 't1' };
  const tenantAdmin = { role: 'admin' as const, tenantId: 't1' };
  const platformAdmin = { role: 'admin' as const, tenantId: null };

  it('lets a viewer read, never write', () => {
    for (const resource of ['orientations', 'products', 'documents', 'sessions']) {
      expect(canAccess(viewer, { action: 'list', resource })).toBe(true);
      expect(canAccess(viewer, { action: 'show', resource })).toBe(true);
      for (const action of ['create', 'edit', 'delete', 'publish']) {
        expect(canAccess(viewer, { action, resource }), `${action} ${resource}`).toBe(false);
      }
    }
  });

  it('lets an editor write orientations, catalogue, knowledge and imports, not admin screens', () => {
    for (const resource of ['orientations', 'products', 'documents', 'imports']) {
      for (const action of ['create', 'edit', 'delete']) {
        expect(canAccess(editor, { action, resource })).toBe(true);
      }
    }
    for (const resource of ['tenants', 'partners', 'keys', 'platform-keys', 'users']) {
      expect(canAccess(editor, { action: 'list', resource }), resource).toBe(false);
    }
  });

  it('gives a tenant admin its keys and users, its own tenant to edit, nothing platform-wide', () => {
    expect(canAccess(tenantAdmin, { action: 'create', resource: 'keys' })).toBe(true);
    expect(canAccess(tenantAdmin, { action: 'edit', resource: 'users' })).toBe(true);
    expect(canAccess(tenantAdmin, { action: 'edit', resource: 'tenants' })).toBe(true);
    expect(canAccess(tenantAdmin, { action: 'create', resource: 'tenants' })).toBe(false);
    expect(canAccess(tenantAdmin, { action: 'delete', resource: 'tenants' })).toBe(false);
    expect(canAccess(tenantAdmin, { action: 'list', resource: 'partners' })).toBe(false);
    expect(canAccess(tenantAdmin, { action: 'list', resource: 'platform-keys' })).toBe(false);
  });

  it('gives a platform admin everything, and nobody anything when signed out', () => {
    for (const resource of ['tenants', 'partners', 'platform-keys', 'users', 'orientations']) {
      expect(canAccess(platformAdmin, { action: 'delete', resource })).toBe(true);
    }
    expect(canAccess(null, { action: 'list', resource: 'orientations' })).toBe(false);
  });
});
