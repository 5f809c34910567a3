import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FAILED_SIGN_INS } from '../domain/console-users/sign-in-throttle.js';
import {
  createConsoleUser,
  createTenant,
  createTestApp,
  type TestApp,
} from '../testing/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ CONSOLE_SESSION_TTL_HOURS: '3' });
});
afterAll(async () => t?.close());

const signIn = (email: string, password: string) =>
  t.call({ method: 'POST', url: '/v1/console/sessions', key: null, body: { email, password } });
const me = (token: string) => t.call({ method: 'GET', url: '/v1/console/me', key: token });

describe('console sign-in', () => {
  it('signs in case-insensitively, with a token unlike a key, lasting CONSOLE_SESSION_TTL_HOURS', async () => {
    const shop = await createTenant(t);
    const { user, email, password } = await createConsoleUser(t, {
      role: 'editor',
      tenantId: shop.id,
      email: 'Sophie.Martin@Example.com',
    });
    expect(user.email).toBe('sophie.martin@example.com');

    const before = Date.now();
    const response = await signIn('  SOPHIE.martin@example.com ', password);
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.token).toMatch(/^scn_console_[0-9A-Za-z]{16}_[0-9A-Za-z]{43}$/);
    expect(body.user).toMatchObject({ id: user.id, role: 'editor', tenantId: shop.id });
    expect(body.user).not.toHaveProperty('passwordHash');
    expect(response.body).not.toContain('scrypt$');
    const ttl = Date.parse(body.expiresAt) - before;
    expect(ttl).toBeGreaterThan(3 * 3_600_000 - 60_000);
    expect(ttl).toBeLessThan(3 * 3_600_000 + 60_000);

    // Only the hash of the secret is stored, under the id the token carries.
    const sessionId = `cse_${body.token.split('_')[2]}`;
    const row = await t.db.consoleSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect(Buffer.from(row.secretHash).toString('hex')).not.toContain(
      Buffer.from(body.token.split('_')[3]).toString('hex'),
    );
    const stored = await t.db.consoleUser.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.lastLoginAt).not.toBeNull();

    const who = await me(body.token);
    expect(who.statusCode).toBe(200);
    expect(who.json()).toEqual({
      user: expect.objectContaining({ id: user.id, email: 'sophie.martin@example.com' }),
      expiresAt: body.expiresAt,
    });
    // The token works on the tenant's resources like a tenant key, and on no other tenant.
    const orientations = await t.call({
      method: 'GET',
      url: `/v1/tenants/${shop.id}/orientations`,
      key: body.token,
    });
    expect(orientations.statusCode).toBe(200);
    const other = await createTenant(t);
    const foreign = await t.call({
      method: 'GET',
      url: `/v1/tenants/${other.id}`,
      key: body.token,
    });
    expect(foreign.statusCode).toBe(404);

    const audit = await t.db.auditEvent.findFirst({
      where: { action: 'console_user.signed_in', targetId: user.id },
    });
    expect(audit).toMatchObject({ tenantId: shop.id, actorKeyId: user.id, actorKind: 'tenant' });
    expect(email).toBe('Sophie.Martin@Example.com');
  });

  it('answers the same 401 for an unknown email, a wrong password and a disabled user', async () => {
    const active = await createConsoleUser(t, { role: 'viewer', tenantId: null });
    const disabled = await createConsoleUser(t, { role: 'viewer', tenantId: null });
    const off = await t.call({
      method: 'PATCH',
      url: `/v1/console/users/${disabled.user.id}`,
      body: { disabled: true },
    });
    expect(off.statusCode).toBe(200);

    const answers = [
      await signIn('nobody-here@example.com', active.password),
      await signIn(active.email, `${active.password}x`),
      await signIn(disabled.email, disabled.password),
    ];
    for (const answer of answers) {
      expect(answer.statusCode).toBe(401);
      expect(answer.json().error.code).toBe('invalid_credentials');
    }
    const messages = new Set(answers.map((a) => a.json().error.message));
    expect(messages.size).toBe(1);
    // The disabled user's open sign-in stopped working when the account was disabled.
    expect((await me(disabled.token)).statusCode).toBe(401);
    expect((await me(active.token)).statusCode).toBe(200);
  });

  it('refuses a malformed body with the failing path', async () => {
    const response = await signIn('not an email', 'x');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].path).toBe('body.email');
  });

  it('signs out: that token fails at once, the user’s other sign-ins keep working', async () => {
    const first = await createConsoleUser(t, { role: 'viewer', tenantId: null });
    const second = (await signIn(first.email, first.password)).json().token as string;
    const out = await t.call({
      method: 'DELETE',
      url: '/v1/console/sessions/current',
      key: first.token,
    });
    expect(out.statusCode).toBe(204);
    const after = await me(first.token);
    expect(after.statusCode).toBe(401);
    expect(after.json().error.message).toMatch(/sign-in has expired/);
    expect((await me(second)).statusCode).toBe(200);
    // An API key has no sign-in to end.
    const withKey = await t.call({ method: 'DELETE', url: '/v1/console/sessions/current' });
    expect(withKey.statusCode).toBe(403);
  });

  it('refuses an expired sign-in with a message saying so, and a forged secret plainly', async () => {
    const { token } = await createConsoleUser(t, { role: 'admin', tenantId: null });
    const sessionId = `cse_${token.split('_')[2]}`;
    const forged = `${token.slice(0, -4)}AAAA`;
    const forgedAnswer = await me(forged);
    expect(forgedAnswer.statusCode).toBe(401);
    expect(forgedAnswer.json().error.message).not.toMatch(/expired/);

    await t.db.consoleSession.update({
      where: { id: sessionId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const expired = await me(token);
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error).toMatchObject({ code: 'unauthenticated' });
    expect(expired.json().error.message).toMatch(/sign-in has expired/);
    const write = await t.call({
      method: 'POST',
      url: '/v1/partners',
      key: token,
      body: { name: 'x' },
    });
    expect(write.statusCode).toBe(401);
  });

  it(`throttles an email after ${MAX_FAILED_SIGN_INS} failures (429 with Retry-After), even with the right password`, async () => {
    const target = await createConsoleUser(t, { role: 'viewer', tenantId: null });
    const bystander = await createConsoleUser(t, { role: 'viewer', tenantId: null });
    for (let i = 0; i < MAX_FAILED_SIGN_INS; i += 1) {
      expect((await signIn(target.email, `wrong-${i}`)).statusCode).toBe(401);
    }
    const blocked = await signIn(target.email, target.password);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('rate_limited');
    const retryAfter = Number(blocked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    // The case of the email does not open a second budget; another account is unaffected.
    expect((await signIn(target.email.toUpperCase(), target.password)).statusCode).toBe(429);
    expect((await signIn(bystander.email, bystander.password)).statusCode).toBe(201);
  });

  it('forgets earlier failures after a successful sign-in', async () => {
    const user = await createConsoleUser(t, { role: 'viewer', tenantId: null });
    for (let i = 0; i < MAX_FAILED_SIGN_INS - 1; i += 1) await signIn(user.email, 'wrong password');
    expect((await signIn(user.email, user.password)).statusCode).toBe(201);
    expect((await signIn(user.email, 'wrong password')).statusCode).toBe(401);
    expect((await signIn(user.email, user.password)).statusCode).toBe(201);
  });
});
