import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ConsoleE2EContext } from '../harness';

// Access: sign-in, wrong password, session expiry, what a viewer cannot do (in the UI and by
// hand against the API), a tenant key's secret shown once then revoked, language, sign-out.

const SESSION_KEY = 'scenaro.console.session';

/** Waits until a react-admin list has loaded (its rows or its empty state). */
async function listLoaded(page: Page) {
  await page.waitForSelector('.RaList-main, [data-testid=empty-list]', { timeout: 20_000 });
  await page.waitForLoadState('networkidle');
  await page
    .waitForFunction(
      () => !document.querySelector('.RaLoadingIndicator-loader, [role=progressbar]'),
      undefined,
      { timeout: 20_000 },
    )
    .catch(() => undefined);
}

export function registerAccessFlows(ctx: ConsoleE2EContext): void {
  describe('console access', { timeout: 90_000 }, () => {
    it("lets the console's origin send every method it uses (CORS preflight)", async () => {
      for (const method of ['PUT', 'PATCH', 'DELETE']) {
        const preflight = await ctx.call({
          method: 'OPTIONS',
          url: `/v1/tenants/${ctx.tenant.id}`,
          key: null,
          headers: {
            origin: ctx.consoleUrl,
            'access-control-request-method': method,
            'access-control-request-headers': 'authorization,content-type',
          },
        });
        expect(preflight.statusCode, method).toBeLessThan(300);
        expect(preflight.headers['access-control-allow-origin']).toBe(ctx.consoleUrl);
        expect(String(preflight.headers['access-control-allow-methods']), method).toContain(method);
      }
    });

    it('signs an admin in through the form and shows the home of the current shop', async () => {
      const page = await ctx.newPage();
      await ctx.goto(page, '/');
      // Not signed in: the login form, not the app.
      await page.waitForSelector('input[name=email]');
      expect(await page.$('[data-testid=console-layout]')).toBeNull();

      await ctx.signIn(page, 'admin');
      await page.waitForSelector('[data-testid=dashboard]');
      await expect
        .poll(() => page.textContent('[data-testid=dashboard-tenant]'))
        .toBe(ctx.tenant.name);
      expect(await page.textContent('[data-testid=dashboard]')).toContain('Bonjour Admin E2E');
      // A platform admin picks the shop and sees the admin screens in the menu.
      expect(await page.$('[data-testid=tenant-picker] input')).not.toBeNull();
      for (const resource of ['users', 'keys', 'tenants', 'partners']) {
        expect(await page.$(`.RaMenuItemLink-root[href="#/${resource}"]`), resource).not.toBeNull();
      }
      const stored = await page.evaluate((key) => localStorage.getItem(key), SESSION_KEY);
      expect(JSON.parse(stored ?? '{}').user.role).toBe('admin');
      await ctx.screenshot(page, 'home');
      expect(ctx.pageErrors(page)).toEqual([]);
      await ctx.close(page);
    });

    it('says so when the password is wrong, and stays on the form', async () => {
      const page = await ctx.newPage();
      await ctx.goto(page, '/login');
      await page.fill('input[name=email]', ctx.users.admin.email);
      await page.fill('input[name=password]', 'not the right password');
      await page.click('button[type=submit]');
      const error = await page.waitForSelector('[data-testid=login-error]');
      expect(await error.textContent()).toBe('E-mail ou mot de passe incorrect.');
      expect(await page.evaluate((key) => localStorage.getItem(key), SESSION_KEY)).toBeNull();
      expect(await page.$('[data-testid=console-layout]')).toBeNull();
      await ctx.screenshot(page, 'login-error');
      await ctx.close(page);
    });

    it('sends an expired session back to the login form with a message', async () => {
      const page = await ctx.newPage();
      await ctx.signIn(page, 'editor');
      await page.evaluate((key) => {
        const session = JSON.parse(localStorage.getItem(key) ?? '{}');
        session.expiresAt = new Date(Date.now() - 60_000).toISOString();
        localStorage.setItem(key, JSON.stringify(session));
      }, SESSION_KEY);
      await page.reload();
      const notice = await page.waitForSelector('[data-testid=session-expired]');
      expect(await notice.textContent()).toBe('Votre session a expiré : reconnectez-vous.');
      expect(await page.$('[data-testid=console-layout]')).toBeNull();
      expect(await page.evaluate((key) => localStorage.getItem(key), SESSION_KEY)).toBeNull();
      await ctx.close(page);
    });

    it('lets a viewer read but not edit, and the API refuses a hand-made write', async () => {
      const page = await ctx.newPage();
      await ctx.signIn(page, 'viewer');
      await page.waitForSelector('[data-testid=dashboard]');
      // Admin screens are not offered.
      for (const resource of ['users', 'keys', 'tenants', 'partners']) {
        expect(await page.$(`.RaMenuItemLink-root[href="#/${resource}"]`), resource).toBeNull();
      }
      // A tenant user's shop is fixed: no picker to change it.
      expect(await page.textContent('[data-testid=tenant-picker]')).toBe(ctx.tenant.name);
      expect(await page.$('[data-testid=tenant-picker] input')).toBeNull();

      for (const resource of ['orientations', 'products']) {
        await ctx.goto(page, `/${resource}`);
        await listLoaded(page);
        expect(await page.$(`a[href^="#/${resource}/create"]`), `${resource} create`).toBeNull();
        expect(
          await page.$(`a[href$="/edit"], a[href^="#/${resource}/"][aria-label="Éditer"]`),
        ).toBeNull();
        expect(
          await page.$('button[aria-label="Supprimer"], button:has-text("Supprimer")'),
        ).toBeNull();
        await ctx.screenshot(page, `viewer-${resource}`);
      }
      expect(ctx.pageErrors(page)).toEqual([]);
      await ctx.close(page);

      // By hand, with the viewer's own token: refused, and nothing changed.
      const token = await ctx.token('viewer');
      const path = `/v1/tenants/${ctx.tenant.id}/orientations/caviste`;
      const before = (await ctx.call({ method: 'GET', url: path, key: token })).json();
      expect(before.draft.prompt.greeting).toBeTruthy();
      const draft = { ...before.draft, prompt: { ...before.draft.prompt, greeting: 'Piraté' } };
      const write = await ctx.call({ method: 'PUT', url: path, key: token, body: draft });
      expect(write.statusCode).toBe(403);
      expect(write.json().error.code).toBe('forbidden');
      const product = await ctx.call({
        method: 'POST',
        url: `/v1/tenants/${ctx.tenant.id}/products`,
        key: token,
        body: { sku: 'HACK-1', name: 'Piraté', price: 1 },
      });
      expect(product.statusCode).toBe(403);
      const after = (await ctx.call({ method: 'GET', url: path })).json();
      expect(after.draft.prompt.greeting).toBe(before.draft.prompt.greeting);
    });

    it('creates a tenant key, shows its secret once, then revokes it', async () => {
      const page = await ctx.newPage();
      await ctx.signIn(page, 'admin');
      await ctx.goto(page, '/keys');
      await listLoaded(page);
      await page.click(`a[href="#/keys/create"]`);
      await page.fill('input[name=name]', 'Caisse du magasin');
      await page.click('button[type=submit]');
      const field = await page.waitForSelector('[data-testid=secret-value]');
      const secret = (await field.inputValue()).trim();
      expect(secret.length).toBeGreaterThan(20);
      expect(await page.isVisible('[data-testid=copy-secret]')).toBe(true);
      await ctx.screenshot(page, 'key-secret');
      // The secret works as a tenant key.
      const own = await ctx.call({
        method: 'GET',
        url: `/v1/tenants/${ctx.tenant.id}/keys`,
        key: secret,
      });
      expect(own.statusCode).toBe(200);

      await page.click('[data-testid=secret-close]');
      await page.waitForURL(/#\/keys$/);
      const row = await page.waitForSelector('tr:has-text("Caisse du magasin")');
      expect(await row.textContent()).toContain('Active');
      // Shown once: nowhere on the page any more, nor after a reload.
      expect(await page.content()).not.toContain(secret);
      await page.reload();
      await page.waitForSelector('tr:has-text("Caisse du magasin")');
      expect(await page.content()).not.toContain(secret);

      await page.click('tr:has-text("Caisse du magasin") button:has-text("Révoquer")');
      await page.waitForSelector('text=Révoquer la clé « Caisse du magasin » ?');
      await page.click('[role=dialog] button:has-text("Confirmer")');
      await page.waitForSelector('tr:has-text("Caisse du magasin"):has-text("Révoquée")');
      const revoked = await ctx.call({
        method: 'GET',
        url: `/v1/tenants/${ctx.tenant.id}/keys`,
        key: secret,
      });
      expect(revoked.statusCode).toBe(401);
      expect(ctx.pageErrors(page)).toEqual([]);
      await ctx.close(page);
    });

    it('switches to English and back, and signs out', async () => {
      const page = await ctx.newPage();
      await ctx.signIn(page, 'editor');
      await page.waitForSelector('[data-testid=dashboard]');
      const token = JSON.parse(
        (await page.evaluate((key) => localStorage.getItem(key), SESSION_KEY)) ?? '{}',
      ).token as string;

      await page.click('[data-testid=locale-switch] button');
      await page.click('[role=menuitem]:has-text("English")');
      await page.waitForSelector('text=Hello Editor E2E');
      await page.reload();
      // The choice is remembered.
      await page.waitForSelector('text=Hello Editor E2E');
      await page.click('[data-testid=locale-switch] button');
      await page.click('[role=menuitem]:has-text("Français")');
      await page.waitForSelector('text=Bonjour Editor E2E');

      await page.click('button[aria-label="Profil"]');
      await page.click('[role=menuitem]:has-text("Déconnexion")');
      await page.waitForSelector('input[name=email]');
      expect(await page.evaluate((key) => localStorage.getItem(key), SESSION_KEY)).toBeNull();
      // The token died with the sign-out.
      await expect
        .poll(
          async () =>
            (await ctx.call({ method: 'GET', url: '/v1/console/me', key: token })).statusCode,
        )
        .toBe(401);
      await ctx.close(page);
    });
  });

  describe('console administration', { timeout: 90_000 }, () => {
    it('creates a shop from the caviste template, shows its first key once, then renames it', async () => {
      const page = await ctx.newPage();
      await ctx.signIn(page, 'admin');
      await ctx.goto(page, '/tenants/create');
      await page.fill('input[name=name]', 'Cave E2E');
      expect(await page.inputValue('input[name=template]')).toBe('caviste');
      await page.click('button.button-add');
      await page.fill('input[name="variableRows.0.name"]', 'shop_name');
      await page.fill('input[name="variableRows.0.value"]', 'La Cave E2E');
      await page.click('button[type=submit]');
      const secret = (
        await (await page.waitForSelector('[data-testid=secret-value]')).inputValue()
      ).trim();
      const created = (await ctx.call({ method: 'GET', url: '/v1/tenants?limit=100' }))
        .json()
        .items.find((tenant: { name: string }) => tenant.name === 'Cave E2E');
      expect(created.variables.shop_name).toBe('La Cave E2E');
      // The first key works for the new shop, and only for it.
      const own = await ctx.call({ method: 'GET', url: `/v1/tenants/${created.id}`, key: secret });
      expect(own.statusCode).toBe(200);
      const other = await ctx.call({
        method: 'GET',
        url: `/v1/tenants/${ctx.tenant.id}`,
        key: secret,
      });
      expect(other.statusCode).toBe(404);

      await page.click('[data-testid=secret-close]');
      await page.waitForURL(new RegExp(`#/tenants/${created.id}$`));
      // The edit form shows the shop once loaded (the URL changes before the create form goes).
      const edit = '.RaEdit-main';
      await page.waitForSelector(`${edit} input[name=name]`);
      await expect
        .poll(() => page.inputValue(`${edit} input[name=name]`), { timeout: 15_000 })
        .toBe('Cave E2E');
      expect(await page.inputValue(`${edit} input[name="variableRows.0.value"]`)).toBe(
        'La Cave E2E',
      );
      await page.fill(`${edit} input[name=name]`, 'Cave E2E renommée');
      await page.click(`${edit} button[type=submit]`);
      await expect
        .poll(
          async () =>
            (await ctx.call({ method: 'GET', url: `/v1/tenants/${created.id}` })).json().name,
          { timeout: 15_000 },
        )
        .toBe('Cave E2E renommée');
      await ctx.goto(page, '/tenants');
      await page.waitForSelector('tr:has-text("Cave E2E renommée")');
      await ctx.screenshot(page, 'tenants');

      // The platform admin picks it in the top bar: every list reloads for that shop (the
      // seeded shop has a publishable key; the new one only its server key).
      const publishable = 'tr:has-text("Clé publiable")';
      await ctx.goto(page, '/keys');
      await page.waitForSelector(publishable);
      await page.click('[data-testid=tenant-picker] [role=combobox]');
      await page.click('[role=option]:has-text("Cave E2E renommée")');
      await page.waitForSelector(`[data-testid=console-layout][data-tenant="${created.id}"]`);
      await expect
        .poll(() => page.$$eval('.RaDatagrid-tbody tr', (rows) => rows.length), {
          timeout: 15_000,
        })
        .toBe(1);
      expect(await page.$(publishable)).toBeNull();
      expect(await page.textContent('.RaDatagrid-tbody')).toContain('Clé serveur');
      // And back to the seeded shop.
      await page.click('[data-testid=tenant-picker] [role=combobox]');
      await page.click(`[role=option]:has-text("${ctx.tenant.name}")`);
      await page.waitForSelector(publishable);
      expect(ctx.pageErrors(page)).toEqual([]);
      await ctx.close(page);
    });

    it('creates a console user for the shop, who can then sign in, and disables them', async () => {
      const page = await ctx.newPage();
      await ctx.signIn(page, 'admin');
      await ctx.goto(page, '/users/create');
      await page.fill('input[name=email]', 'camille@cave.test');
      await page.fill('input[name=name]', 'Camille Martin');
      await page.fill('input[name=password]', 'short');
      await page.click('button[type=submit]');
      // Checked before any request: too short a password is said at the field.
      await page.waitForSelector('text=Minimum 12 caractères');
      await page.fill('input[name=password]', 'une phrase de passe assez longue');
      await page.click('button[type=submit]');
      await page.waitForURL(/#\/users$/);
      const row = await page.waitForSelector('tr:has-text("camille@cave.test")');
      expect(await row.textContent()).toContain('Lecteur');
      expect(await row.textContent()).toContain(ctx.tenant.name);
      await ctx.screenshot(page, 'users');
      const signIn = await ctx.call({
        method: 'POST',
        url: '/v1/console/sessions',
        key: null,
        body: { email: 'camille@cave.test', password: 'une phrase de passe assez longue' },
      });
      expect(signIn.statusCode).toBe(201);
      expect(signIn.json().user).toMatchObject({ role: 'viewer', tenantId: ctx.tenant.id });

      await row.click();
      await page.waitForSelector('input[name=disabled]');
      await page.click('input[name=disabled]');
      await page.click('button[type=submit]');
      await page.waitForURL(/#\/users$/);
      await page.waitForSelector('tr:has-text("camille@cave.test"):has-text("Désactivé")');
      const token = signIn.json().token as string;
      expect(
        (await ctx.call({ method: 'GET', url: '/v1/console/me', key: token })).statusCode,
      ).toBe(401);
      expect(ctx.pageErrors(page)).toEqual([]);
      await ctx.close(page);
    });
  });
}
