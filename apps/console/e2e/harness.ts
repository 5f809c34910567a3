import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ConsoleRole } from '@scenaro/api-contract';
import { type Browser, chromium, type Page } from 'playwright-core';
import { serveStatic } from '../../../scripts/testing/static-server';
import {
  type CallOptions,
  createTestApp,
  type TestApp,
} from '../../../services/control-api/src/testing/harness';

// The console's browser-test context: one build, the real control API (own database) listening
// on a free port, a static server answering `/config.js` like `npm start` does, real Chromium,
// a caviste tenant and one console user per role. Flow modules (e2e/flows/*.flows.ts) read
// `ctx` inside their `it` blocks: its fields are filled in by `setUpConsole()` in `beforeAll`.

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = join(appDir, '..', '..');
/** Where the flows' screenshots go (`ctx.screenshot`). */
export const SCREENSHOTS = join(repoRoot, 'test-output', 'console');
const viteBin = join(repoRoot, 'node_modules/vite/bin/vite.js');
export const SHOP = 'Les Vins de Margaux';
/** The password of every seeded console user (the API wants 12 characters at least). */
export const PASSWORD = 'correct horse battery staple';

export type Role = ConsoleRole;

export interface ConsoleUserCredentials {
  id: string;
  email: string;
  password: string;
  role: Role;
  /** null: platform-wide. */
  tenantId: string | null;
}

export interface CallResult {
  statusCode: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: string;
  // biome-ignore lint/suspicious/noExplicitAny: flows read API answers loosely, as the API tests do
  json<T = any>(): T;
}

export interface ConsoleE2EContext {
  /** The control API as the browser reaches it, e.g. http://127.0.0.1:41234. */
  apiUrl: string;
  /** The built console, e.g. http://127.0.0.1:41235 (hash routes: `${consoleUrl}/#/orientations`). */
  consoleUrl: string;
  /** What `/config.js` gives as the playground URL (no playground runs in these tests). */
  playgroundUrl: string;
  /** The platform admin key (default key of `ctx.call`). */
  adminKey: string;
  /** The seeded caviste shop: published orientation `caviste`, an empty catalogue. */
  tenant: { id: string; name: string; tenantKey: string; publishableKey: string };
  /** The seeded console users: `admin` is platform-wide; `editor` and `viewer` belong to `tenant`. */
  users: Record<Role, ConsoleUserCredentials>;
  /** The test app itself (database, jobs) for what the API cannot show. */
  app: TestApp;
  /** Calls the API in-process; `key` defaults to the admin key (a console token works too). */
  call(options: CallOptions): Promise<CallResult>;
  /** Signs in through the API (not the form); returns the user's bearer token. */
  token(role: Role): Promise<string>;
  /** A fresh browser context (1280×720, fr-FR) and page; page errors are collected. */
  newPage(options?: {
    viewport?: { width: number; height: number };
    locale?: string;
  }): Promise<Page>;
  /** Opens a console route, e.g. `goto(page, '/orientations')` (hash router). */
  goto(page: Page, path?: string): Promise<void>;
  /**
   * Signs in through the login form as the seeded user of that role; waits for the layout with
   * `ctx.tenant` as the current tenant.
   */
  signIn(page: Page, role: Role): Promise<void>;
  /** Saves a full-page screenshot as test-output/console/<name>.png. */
  screenshot(page: Page, name: string): Promise<void>;
  /** Uncaught errors the page threw so far. */
  pageErrors(page: Page): string[];
  /** Closes the page's browser context. */
  close(page: Page): Promise<void>;
}

/** The shared context; its fields exist once `setUpConsole()` has run (in `beforeAll`). */
export const ctx = {} as ConsoleE2EContext;

let browser: Browser | undefined;
let site: Awaited<ReturnType<typeof serveStatic>> | undefined;
let outDir: string | undefined;
const errors = new WeakMap<Page, string[]>();

/** Builds the console with Vite into `dir` (a child process: Vite stays out of the test's). */
function build(dir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [viteBin, 'build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'warn'],
      { cwd: appDir, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`vite build failed:\n${output}`)),
    );
  });
}

function wrap(response: Awaited<ReturnType<TestApp['call']>>): CallResult {
  return {
    statusCode: response.statusCode,
    headers: response.headers,
    body: response.body,
    json: () => response.json(),
  };
}

async function createUser(
  app: TestApp,
  role: Role,
  tenantId: string | null,
): Promise<ConsoleUserCredentials> {
  const email = `${role}${tenantId ? '' : '.platform'}@scenaro.test`;
  const response = await app.call({
    method: 'POST',
    url: '/v1/console/users',
    body: {
      email,
      name: `${role[0]?.toUpperCase()}${role.slice(1)} E2E`,
      password: PASSWORD,
      role,
      tenantId,
    },
  });
  if (response.statusCode !== 201) throw new Error(`console user ${role}: ${response.body}`);
  return {
    id: response.json().id ?? response.json().user?.id,
    email,
    password: PASSWORD,
    role,
    tenantId,
  };
}

/** Starts everything the flows need; call once in `beforeAll` (allow a few minutes). */
export async function setUpConsole(): Promise<void> {
  outDir = mkdtempSync(join(tmpdir(), 'console-e2e-'));
  mkdirSync(SCREENSHOTS, { recursive: true });
  let config = '';
  site = await serveStatic(outDir, () => ({ '/config.js': config }));
  const consoleUrl = site.url;
  const [, app] = await Promise.all([build(outDir), createTestApp({ CORS_ORIGINS: consoleUrl })]);
  ctx.app = app;
  const apiUrl = (await app.app.listen({ port: 0, host: '127.0.0.1' })).replace(
    'localhost',
    '127.0.0.1',
  );
  // A closed port: "Try it" shows the playground as unreachable rather than hanging.
  const playgroundUrl = 'http://127.0.0.1:9';
  config = `window.SCENARO_CONSOLE_CONFIG = ${JSON.stringify({ apiUrl, playgroundUrl })};\n`;

  const created = await app.call({
    method: 'POST',
    url: '/v1/tenants',
    body: {
      name: SHOP,
      template: 'caviste',
      variables: { shop_name: SHOP },
      allowedOrigins: [consoleUrl],
    },
  });
  if (created.statusCode !== 201) throw new Error(`tenant: ${created.body}`);
  const body = created.json();
  const secretOf = (kind: string) =>
    body.keys.find((key: { kind: string }) => key.kind === kind).secret as string;
  const tenant = {
    id: body.tenant.id as string,
    name: SHOP,
    tenantKey: secretOf('tenant'),
    publishableKey: secretOf('publishable'),
  };
  const [admin, editor, viewer] = await Promise.all([
    createUser(app, 'admin', null),
    createUser(app, 'editor', tenant.id),
    createUser(app, 'viewer', tenant.id),
  ]);

  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });

  const users = { admin, editor, viewer };
  Object.assign(ctx, {
    app,
    apiUrl,
    consoleUrl,
    playgroundUrl,
    adminKey: app.adminKey,
    tenant,
    users,
    call: async (options: CallOptions) => wrap(await app.call(options)),
    async token(role: Role) {
      const user = users[role];
      const response = await app.call({
        method: 'POST',
        url: '/v1/console/sessions',
        key: null,
        body: { email: user.email, password: user.password },
      });
      if (response.statusCode !== 201 && response.statusCode !== 200) {
        throw new Error(`sign-in ${role}: ${response.body}`);
      }
      return response.json().token as string;
    },
    async newPage(options = {}) {
      if (!browser) throw new Error('setUpConsole() has not run');
      const context = await browser.newContext({
        viewport: options.viewport ?? { width: 1280, height: 720 },
        locale: options.locale ?? 'fr-FR',
      });
      const page = await context.newPage();
      const seen: string[] = [];
      page.on('pageerror', (error) => seen.push(error.message));
      errors.set(page, seen);
      return page;
    },
    async goto(page: Page, path = '/') {
      await page.goto(`${consoleUrl}/#${path.startsWith('/') ? path : `/${path}`}`);
    },
    async signIn(page: Page, role: Role) {
      const user = users[role];
      await page.goto(`${consoleUrl}/#/login`);
      // A platform-wide user keeps the tenant chosen before; this one works on the seeded shop.
      await page.evaluate((id) => localStorage.setItem('scenaro.console.tenantId', id), tenant.id);
      await page.fill('input[name=email]', user.email);
      await page.fill('input[name=password]', user.password);
      await page.click('button[type=submit]');
      await page.waitForSelector(
        `[data-testid=console-layout][data-role=${role}][data-tenant="${tenant.id}"]`,
        { timeout: 30_000 },
      );
    },
    async screenshot(page: Page, name: string) {
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
    },
    pageErrors: (page: Page) => errors.get(page) ?? [],
    close: (page: Page) => page.context().close(),
  } satisfies ConsoleE2EContext);
}

/** Stops the browser, the servers and drops the test database. */
export async function tearDownConsole(): Promise<void> {
  await browser?.close();
  await site?.close();
  await ctx.app?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
}
