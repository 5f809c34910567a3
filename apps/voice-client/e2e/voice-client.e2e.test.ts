import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../../scripts/testing/static-server';
import {
  createTestApp,
  TEST_LIVEKIT,
  type TestApp,
} from '../../../services/control-api/src/testing/harness';

// The built app in real Chromium (fake microphone) against the real control API, which has
// no LiveKit configured: starting a voice session must say so; `?demo=replay` plays a
// recorded caviste conversation through the same interface as the room.

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = join(appDir, '..', '..');
const screenshots = join(repoRoot, 'test-output', 'voice-client');
const viteBin = join(repoRoot, 'node_modules/vite/bin/vite.js');
const SHOP = 'Les Vins de Margaux';
const PRIMARY = '#5a2d82';

const plain = (text: string | null) => (text ?? '').replace(/[\u202f\u00a0]/g, ' ').trim();

let outDir: string;
let site: Awaited<ReturnType<typeof serveStatic>>;
let api: Api;
/** An API whose LiveKit server does not answer. */
let unreachableLiveKit: Api;
let browser: Browser;

interface Api {
  t: TestApp;
  url: string;
  tenant: { id: string; publishableKey: string };
}

/** The real control API on a free port, with a shop whose look differs from the default. */
async function startApi(env: Record<string, string>): Promise<Api> {
  const t = await createTestApp({ CORS_ORIGINS: site.url, ...env });
  const url = await t.app.listen({ port: 0, host: '127.0.0.1' });
  const created = await t.call({
    method: 'POST',
    url: '/v1/tenants',
    body: {
      name: SHOP,
      template: 'caviste',
      variables: { shop_name: SHOP },
      allowedOrigins: [site.url],
    },
  });
  if (created.statusCode !== 201) throw new Error(`tenant: ${created.body}`);
  const body = created.json();
  const tenant = {
    id: body.tenant.id as string,
    publishableKey: body.keys.find((key: { kind: string }) => key.kind === 'publishable')
      .secret as string,
  };
  const draft = (
    await t.call({ method: 'GET', url: `/v1/tenants/${tenant.id}/orientations/caviste` })
  ).json().draft;
  draft.ui.colors.primary = PRIMARY;
  await t.call({
    method: 'PUT',
    url: `/v1/tenants/${tenant.id}/orientations/caviste`,
    body: draft,
  });
  const published = await t.call({
    method: 'POST',
    url: `/v1/tenants/${tenant.id}/orientations/caviste/publish`,
    body: {},
  });
  if (published.statusCode !== 201) throw new Error(`publish: ${published.body}`);
  return { t, url, tenant };
}

/** Builds the app with Vite into `outDir` (a child process: Vite stays out of the test's). */
function build(outDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [viteBin, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
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

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'voice-client-'));
  mkdirSync(screenshots, { recursive: true });
  site = await serveStatic(outDir);
  const closedPort = await freePort();
  // The build and both APIs (each on its own database) are ready in parallel.
  [, api, unreachableLiveKit] = await Promise.all([
    build(outDir),
    startApi({ LIVEKIT_URL: '', LIVEKIT_API_KEY: '', LIVEKIT_API_SECRET: '' }),
    startApi({ ...TEST_LIVEKIT, LIVEKIT_URL: `ws://127.0.0.1:${closedPort}` }),
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
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
    ],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await Promise.all([api?.t.close(), unreachableLiveKit?.t.close()]);
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

function pageUrl(extra = '', on: Api = api) {
  const params = new URLSearchParams({
    tenant: on.tenant.id,
    key: on.tenant.publishableKey,
    api: on.url,
  });
  return `${site.url}/?${params}${extra}`;
}

async function open(url: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'fr-FR' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  pageErrors.set(page, errors);
  await page.goto(url);
  await page.waitForSelector('[data-testid=app][data-ready=true]');
  return page;
}

const pageErrors = new WeakMap<Page, string[]>();

/** Closes the page's context; the page must not have thrown anything meanwhile. */
async function done(page: Page) {
  await page.context().close();
  expect(pageErrors.get(page)).toEqual([]);
}

// The machines are shared and slow at times: generous ceilings, quick when all is well.
describe('voice client in Chromium', { timeout: 60_000 }, () => {
  it("shows the shop's look, asks for a session and says voice sessions are not available", async () => {
    const page = await open(pageUrl());
    expect(await page.textContent('[data-testid=title]')).toBe(SHOP);
    expect(await page.title()).toBe(SHOP);
    const header = await page.$eval(
      '.topbar',
      (element) => getComputedStyle(element).backgroundColor,
    );
    expect(header).toBe('rgb(90, 45, 130)');
    expect(await page.$('[data-kind=insecure]')).toBeNull();

    const request = page.waitForRequest(
      (candidate) =>
        candidate.method() === 'POST' &&
        candidate.url().endsWith(`/v1/tenants/${api.tenant.id}/sessions`),
    );
    await page.click('[data-testid=start]');
    expect((await request).headers().authorization).toBe(`Bearer ${api.tenant.publishableKey}`);
    const notice = await page.waitForSelector('[data-testid=notice][role=alert]');
    expect(await notice.getAttribute('data-kind'), (await notice.textContent()) ?? '').toBe(
      'sessionsUnavailable',
    );
    expect(await notice.textContent()).toContain('ne sont pas disponibles');
    expect(await page.textContent('[data-testid=status]')).toContain('Interrompu');
    // The way out: a retry.
    expect(await notice.$('button')).not.toBeNull();
    await page.screenshot({ path: join(screenshots, 'unavailable-desktop.png'), fullPage: true });
    await done(page);
  });

  it('says so when the LiveKit server cannot be reached, and offers a retry', async () => {
    const page = await open(pageUrl('', unreachableLiveKit));
    await page.click('[data-testid=start]');
    const notice = await page.waitForSelector('[data-testid=notice][role=alert]');
    expect(await notice.getAttribute('data-kind')).toBe('connectFailed');
    expect(await notice.textContent()).toContain('Impossible de rejoindre');
    expect(await notice.$('button')).not.toBeNull();
    await done(page);
  });

  it('says so when the API cannot be reached', async () => {
    const page = await open(
      `${site.url}/?${new URLSearchParams({ tenant: api.tenant.id, key: api.tenant.publishableKey, api: 'http://127.0.0.1:9' })}`,
    );
    await page.waitForSelector('[data-kind=appearance-apiUnreachable]');
    await page.click('[data-testid=start]');
    await page.waitForSelector('[data-kind=apiUnreachable]');
    await done(page);
  });

  it('plays a recorded caviste conversation: transcript, state indicator, selection, cart', async () => {
    const page = await open(pageUrl('&demo=replay&speed=3'));
    expect(await page.textContent('[data-testid=title]')).toBe(SHOP);
    // Every agent state the indicator shows, as the user saw it.
    await page.evaluate(() => {
      const status = document.querySelector('[data-testid=status]');
      const seen: string[] = [];
      Object.assign(window, { seenStates: seen });
      if (!status) return;
      new MutationObserver(() => {
        const state = status.getAttribute('data-agent-state');
        const label = status.textContent ?? '';
        if (state && seen.at(-1) !== `${state}:${label}`) seen.push(`${state}:${label}`);
      }).observe(status, { attributes: true, subtree: true, characterData: true, childList: true });
    });
    await page.click('[data-testid=start]');

    // The final state (revision 4) wins over the late revision 3, sent after it.
    await page.waitForSelector('[data-testid=status][data-agent-state=listening] >> nth=0');
    await expect
      .poll(async () => plain(await page.textContent('[data-testid=cart-total]')), {
        timeout: 15_000,
      })
      .toBe('334,50 €');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { seenStates: string[] }).seenStates), {
        timeout: 15_000,
      })
      .toEqual([
        'initializing:Le conseiller arrive…',
        'speaking:Parle',
        'listening:À l’écoute',
        'thinking:Réfléchit…',
        'speaking:Parle',
        'listening:À l’écoute',
        'thinking:Réfléchit…',
        'speaking:Parle',
        'listening:À l’écoute',
      ]);
    expect(plain(await page.textContent('[data-testid=cart-total]'))).toBe('334,50 €');

    const lines = await page.$$eval('[data-testid=transcript-line]', (elements) =>
      elements.map((element) => ({
        speaker: element.getAttribute('data-speaker'),
        final: element.getAttribute('data-final'),
        text: element.querySelector('.bubble__text')?.textContent ?? '',
      })),
    );
    expect(lines.map((line) => line.speaker)).toEqual(['agent', 'user', 'agent', 'user', 'agent']);
    expect(lines.every((line) => line.final === 'true')).toBe(true);
    expect(lines[1]?.text).toBe(
      "Je cherche un rouge pour un gigot d'agneau, autour de trente euros.",
    );
    expect(lines[4]?.text).toContain('trois cent trente-quatre euros cinquante');

    const selection = await page.$$eval('[data-testid=selection-item]', (items) =>
      items.map((item) => item.textContent?.replace(/[\u202f\u00a0]/g, ' ') ?? ''),
    );
    expect(selection).toHaveLength(3);
    expect(selection[0]).toContain('Saint-Joseph Domaine Courbis');
    expect(selection[0]).toContain('21,50 €');
    expect(selection[0]).toContain('2020');
    expect(selection[1]).toContain('Bandol');

    const cart = await page.$$eval('[data-testid=cart-line]', (items) =>
      items.map((item) => item.textContent?.replace(/[\u202f\u00a0]/g, ' ') ?? ''),
    );
    expect(cart).toHaveLength(2);
    expect(cart[0]).toContain('× 3');
    expect(cart[0]).toContain('64,50 €');
    expect(cart[1]).toContain('Champagne');
    expect(cart[1]).toContain('270,00 €');

    await page.screenshot({ path: join(screenshots, 'replay-desktop.png'), fullPage: true });
    // On a phone the panels go under the conversation; everything stays reachable.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    expect(await page.isVisible('[data-testid=cart-total]')).toBe(true);
    await page.screenshot({ path: join(screenshots, 'replay-phone.png'), fullPage: true });

    // Typing instead of speaking, muting, then ending the conversation.
    await page.fill('.composer__input', 'Et un blanc pour le fromage ?');
    await page.press('.composer__input', 'Enter');
    await page.waitForSelector(
      '[data-testid=transcript-line][data-speaker=user] >> text=Et un blanc pour le fromage ?',
    );
    await page.click('[data-testid=mute]');
    expect(plain(await page.textContent('[data-testid=mute]'))).toBe('Réactiver le micro');
    await page.click('[data-testid=end]');
    await page.waitForSelector('[data-kind=ended]');
    await done(page);
  });
});
