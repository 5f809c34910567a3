import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { initializeLogger } from '@livekit/agents';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CallerControlApi, ControlApiError, HttpControlApi } from './client.js';

beforeAll(() => initializeLogger({ pretty: false, level: 'warn' }));

// A stand-in HTTP server answering fixed bodies: this tests the client's parsing and error
// mapping, not the control API (whose integration tests cover the routes themselves).
let server: Server;
let baseUrl: string;
const seen: { method: string; url: string; authorization: string; body: string }[] = [];
const answers = new Map<string, [number, unknown]>();

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const key = `${request.method} ${request.url}`;
      seen.push({
        method: request.method ?? '',
        url: request.url ?? '',
        authorization: request.headers.authorization ?? '(none)',
        body: Buffer.concat(chunks).toString('utf8'),
      });
      const [status, body] = answers.get(key) ?? [
        404,
        { error: { code: 'NOT_FOUND', message: 'Not found.' } },
      ];
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

const client = () => new HttpControlApi({ baseUrl, runtimeKey: 'rt_key' });

describe('HttpControlApi', () => {
  it('calls the runtime route with the runtime key and parses the answer with the contract', async () => {
    const cart = { lines: [], totalCents: 0, currency: 'EUR' };
    answers.set('PATCH /v1/runtime/sessions/ses_1/cart/prd%2F1', [
      200,
      { cart, revision: 3, productId: 'prd/1', line: null, extra: 'ignored' },
    ]);
    const change = await client().updateCartQuantity('ses_1', 'prd/1', 0);
    expect(change).toEqual({ cart, revision: 3, productId: 'prd/1', line: null });
    expect(seen.at(-1)).toEqual({
      method: 'PATCH',
      url: '/v1/runtime/sessions/ses_1/cart/prd%2F1',
      authorization: 'Bearer rt_key',
      body: '{"quantity":0}',
    });
  });

  it('posts tool arguments under `arguments` and returns the handler result', async () => {
    answers.set('POST /v1/runtime/sessions/ses_1/tools/knowledge.ask', [
      200,
      { result: { answers: [], noGoodAnswer: true } },
    ]);
    const result = await client().runTool('ses_1', 'knowledge.ask', { question: 'Q ?' });
    expect(result).toEqual({ answers: [], noGoodAnswer: true });
    expect(JSON.parse(seen.at(-1)?.body ?? '')).toEqual({ arguments: { question: 'Q ?' } });
  });

  it("turns the API's error body into a ControlApiError with its status, code and message", async () => {
    answers.set('POST /v1/runtime/sessions/ses_1/cart', [
      422,
      { error: { code: 'QUANTITY_OUT_OF_RANGE', message: 'Too many bottles.' } },
    ]);
    const error = await client()
      .addToCart('ses_1', { productId: 'p', quantity: 900 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ControlApiError);
    expect(error).toMatchObject({
      status: 422,
      code: 'QUANTITY_OUT_OF_RANGE',
      message: 'Too many bottles.',
    });
    expect((error as ControlApiError).isRefusal).toBe(true);
  });

  it('an answer that breaks the contract is a 502 BAD_RESPONSE, not data', async () => {
    answers.set('GET /v1/runtime/sessions/ses_1/state', [200, { selection: 'nope' }]);
    await expect(client().state('ses_1')).rejects.toMatchObject({
      status: 502,
      code: 'BAD_RESPONSE',
    });
  });

  it('an unreachable API is status 0', async () => {
    const down = new HttpControlApi({ baseUrl: 'http://127.0.0.1:1', runtimeKey: 'k' });
    await expect(down.state('ses_1')).rejects.toMatchObject({ status: 0, code: 'UNREACHABLE' });
  });

  it('warms up on the health route, and never throws: not when refused, not when unreachable', async () => {
    answers.set('GET /healthz', [200, { status: 'ok' }]);
    await expect(client().warmUp()).resolves.toBeUndefined();
    expect(seen.at(-1)).toMatchObject({ method: 'GET', url: '/healthz' });
    answers.set('GET /healthz', [503, { error: { code: 'unavailable', message: 'Down.' } }]);
    await expect(client().warmUp()).resolves.toBeUndefined();
    const down = new HttpControlApi({ baseUrl: 'http://127.0.0.1:1', runtimeKey: 'k' });
    await expect(down.warmUp()).resolves.toBeUndefined();
  });
});

describe('CallerControlApi', () => {
  const caller = (authorization: string | undefined) =>
    new CallerControlApi({ baseUrl, authorization });

  it("sends the caller's own Authorization header, never the runtime key", async () => {
    answers.set('POST /v1/tenants/ten_1/playground-sessions', [
      201,
      { sessionId: 'ses_9', tenantId: 'ten_1', orientation: { slug: 'caviste', version: null } },
    ]);
    const created = await caller('Bearer user-key').createPlaygroundSession('ten_1', {
      source: 'draft',
    });
    expect(created.sessionId).toBe('ses_9');
    expect(seen.at(-1)).toMatchObject({ authorization: 'Bearer user-key' });
    expect(JSON.parse(seen.at(-1)?.body ?? '')).toEqual({ source: 'draft', dryRun: false });
  });

  it("without a header sends none, and passes the API's refusal on with its details", async () => {
    answers.set('GET /v1/tenants/ten_1/sessions/ses_9', [
      401,
      {
        error: {
          code: 'unauthenticated',
          message: 'An API key is required.',
          details: [{ path: 'authorization', message: 'missing' }],
        },
      },
    ]);
    const error = await caller(undefined)
      .session('ten_1', 'ses_9')
      .catch((caught: unknown) => caught);
    expect(seen.at(-1)).toMatchObject({ authorization: '(none)' });
    expect(error).toMatchObject({
      status: 401,
      code: 'unauthenticated',
      details: [{ path: 'authorization', message: 'missing' }],
    });
  });
});
