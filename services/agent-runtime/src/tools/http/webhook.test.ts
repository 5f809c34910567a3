import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { initializeLogger } from '@livekit/agents';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callWebhook, type Resolver, WebhookError, type WebhookRequest } from './webhook.js';

beforeAll(() => initializeLogger({ pretty: false, level: 'warn' }));

let server: Server;
let port: number;
const received: { method: string; url: string; host: string; body: string }[] = [];

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

beforeAll(async () => {
  server = createServer(async (request, response) => {
    const body = await readBody(request);
    received.push({
      method: request.method ?? '',
      url: request.url ?? '',
      host: request.headers.host ?? '',
      body,
    });
    if (request.url?.startsWith('/slow')) return; // never answers
    if (request.url?.startsWith('/huge')) {
      response.writeHead(200, { 'content-type': 'application/json' });
      // Streamed without a length, so the cap must count the bytes.
      for (let i = 0; i < 64; i++) response.write('x'.repeat(1024));
      response.end();
      return;
    }
    if (request.url?.startsWith('/redirect')) {
      response.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data' });
      response.end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ ok: true, echo: body ? JSON.parse(body) : null }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const request = (url: string, overrides: Partial<WebhookRequest> = {}): WebhookRequest => ({
  method: 'POST',
  url,
  headers: {},
  timeoutMs: 2000,
  arguments: { orderId: 'A12' },
  ...overrides,
});

const resolvesTo =
  (...addresses: string[]): Resolver =>
  async () =>
    addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof WebhookError) return error.reason;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('callWebhook address guard', () => {
  it.each([
    'http://127.0.0.1/hook',
    'http://10.1.2.3/hook',
    'http://172.20.0.1/hook',
    'http://192.168.0.1/hook',
    'http://169.254.169.254/latest/meta-data',
    'http://[::1]/hook',
    'http://[fc00::1]/hook',
    'http://[fe80::1]/hook',
    'http://[::ffff:127.0.0.1]/hook',
  ])('refuses %s before connecting', async (url) => {
    const before = received.length;
    expect(await refusal(callWebhook(request(url)))).toBe('forbidden_address');
    expect(received.length).toBe(before);
  });

  it('refuses a host name resolving to loopback', async () => {
    const url = `http://partner.example:${port}/hook`;
    expect(await refusal(callWebhook(request(url), { resolver: resolvesTo('127.0.0.1') }))).toBe(
      'forbidden_address',
    );
  });

  it('refuses a host name when any of its addresses is private', async () => {
    const resolver = resolvesTo('93.184.215.14', '10.0.0.7');
    expect(await refusal(callWebhook(request('https://partner.example/hook'), { resolver }))).toBe(
      'forbidden_address',
    );
  });

  it('refuses other schemes and credentials in the URL', async () => {
    expect(await refusal(callWebhook(request('file:///etc/passwd')))).toBe('invalid_url');
    expect(await refusal(callWebhook(request('ftp://partner.example/x')))).toBe('invalid_url');
    expect(await refusal(callWebhook(request('http://user:pw@partner.example/x')))).toBe(
      'invalid_url',
    );
  });
});

describe('callWebhook against a local server (allowed by the test-only allow list)', () => {
  const allowed = { allowAddresses: ['127.0.0.1'], resolver: resolvesTo('127.0.0.1') };

  it('posts the arguments as JSON to the checked address, keeping the host name', async () => {
    const result = await callWebhook(request(`http://partner.example:${port}/hook`), allowed);
    expect(result).toEqual({ ok: true, echo: { orderId: 'A12' } });
    expect(received.at(-1)).toMatchObject({
      method: 'POST',
      url: '/hook',
      host: `partner.example:${port}`,
    });
  });

  it('sends GET arguments as the query string', async () => {
    await callWebhook(request(`http://partner.example:${port}/get`, { method: 'GET' }), allowed);
    expect(received.at(-1)).toMatchObject({ method: 'GET', url: '/get?orderId=A12', body: '' });
  });

  it('gives up after the timeout', async () => {
    const started = Date.now();
    const slow = request(`http://partner.example:${port}/slow`, { timeoutMs: 200 });
    expect(await refusal(callWebhook(slow, allowed))).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('stops reading past the size cap', async () => {
    const huge = request(`http://partner.example:${port}/huge`);
    expect(await refusal(callWebhook(huge, { ...allowed, maxResponseBytes: 16 * 1024 }))).toBe(
      'too_large',
    );
  });

  it('does not follow redirects', async () => {
    const redirect = request(`http://partner.example:${port}/redirect`);
    expect(await refusal(callWebhook(redirect, allowed))).toBe('http_status');
  });
});
