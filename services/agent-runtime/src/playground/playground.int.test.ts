import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { initializeLogger } from '@livekit/agents';
import { type PlaygroundEvent, playgroundEventSchema } from '@scenaro/api-contract';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLiveWorld, type LiveWorld, tables } from '../testing/live-control-api.js';
import { PlaygroundSessions } from './playground-sessions.js';
import { buildPlaygroundApp } from './server.js';

// A local OpenAI-compatible server speaking SSE, scripted on the conversation it is sent:
// "panier" → a streamed add_to_cart call, then (once the tool answered) a text answer;
// "panne" → a provider error; "lent" → a slow answer; anything else → a short answer.
interface ChatRequest {
  messages: { role: string; content?: unknown }[];
}

let llmServer: Server;
let llmBaseUrl: string;
let w: LiveWorld;
let app: FastifyInstance;
let playgroundUrl: string;
let sessions: PlaygroundSessions;

const CONSOLE_ORIGIN = 'http://localhost:5173';

function chunk(delta: object, finishReason: string | null = null): string {
  const data = {
    id: 'chatcmpl-play',
    object: 'chat.completion.chunk',
    created: 1,
    model: 'test-model',
    choices: [{ index: 0, delta, finish_reason: finishReason }],
  };
  return `data: ${JSON.stringify(data)}\n\n`;
}

function lastUserText(body: ChatRequest): string {
  const user = body.messages.filter((message) => message.role === 'user').at(-1);
  return typeof user?.content === 'string' ? user.content : JSON.stringify(user?.content ?? '');
}

async function startLlmServer() {
  llmServer = createServer((request, response) => {
    const parts: Buffer[] = [];
    request.on('data', (part: Buffer) => parts.push(part));
    request.on('end', () => {
      if (request.method !== 'POST' || request.url !== '/v1/chat/completions') {
        response.writeHead(404).end();
        return;
      }
      const body = JSON.parse(Buffer.concat(parts).toString('utf8')) as ChatRequest;
      const said = lastUserText(body);
      if (said.includes('panne')) {
        response.writeHead(400, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ error: { message: 'model not found', type: 'invalid' } }));
        return;
      }
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      const answered = body.messages.at(-1)?.role === 'tool';
      const finish = (text: string) => {
        response.write(chunk({ role: 'assistant', content: text }));
        response.write(chunk({}, 'stop'));
        response.end('data: [DONE]\n\n');
      };
      if (said.includes('panier') && !answered) {
        response.write(chunk({ role: 'assistant', content: '' }));
        response.write(
          chunk({
            tool_calls: [
              {
                index: 0,
                id: 'call_cart_1',
                type: 'function',
                function: { name: 'add_to_cart', arguments: '{"productId":"prd_rho",' },
              },
            ],
          }),
        );
        response.write(
          chunk({ tool_calls: [{ index: 0, function: { arguments: '"quantity":2}' } }] }),
        );
        response.write(chunk({}, 'tool_calls'));
        response.end('data: [DONE]\n\n');
      } else if (answered) {
        finish('Deux Côtes du Rhône sont dans votre panier.');
      } else if (said.includes('lent')) {
        setTimeout(() => finish('Je prends mon temps.'), 1500);
      } else {
        finish('Avec plaisir.');
      }
    });
  });
  await new Promise<void>((resolve) => llmServer.listen(0, '127.0.0.1', resolve));
  llmBaseUrl = `http://127.0.0.1:${(llmServer.address() as AddressInfo).port}/v1`;
}

type Doc = {
  prompt: { greeting?: string };
  voice: { llm: Record<string, unknown> };
};

async function editDraft(edit: (document: Doc) => void) {
  const url = `/v1/tenants/${w.shop.id}/orientations/caviste`;
  const current = await w.t.call({ method: 'GET', url, key: w.shop.key });
  const document = current.json().draft as Doc;
  edit(document);
  const saved = await w.t.call({ method: 'PUT', url, key: w.shop.key, body: document });
  expect(saved.statusCode, saved.body).toBe(200);
}

/** The draft runs against the local LLM server. */
async function useLocalLlm(greeting: string) {
  await editDraft((document) => {
    document.voice.llm.baseURL = llmBaseUrl;
    document.voice.llm.model = 'test-model';
    document.prompt.greeting = greeting;
  });
}

function call(
  method: 'POST' | 'DELETE' | 'GET',
  path: string,
  key: string | null,
  body?: unknown,
): Promise<Response> {
  return fetch(`${playgroundUrl}${path}`, {
    method,
    headers: {
      ...(key ? { authorization: `Bearer ${key}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      origin: CONSOLE_ORIGIN,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

async function start(body: Record<string, unknown> = {}, key = w.shop.key) {
  return call('POST', '/v1/playground/sessions', key, { tenantId: w.shop.id, ...body });
}

async function started(body: Record<string, unknown> = {}) {
  const response = await start(body);
  const json = await response.json();
  expect(response.status, JSON.stringify(json)).toBe(201);
  return json as {
    sessionId: string;
    greeting: string | null;
    orientation: { slug: string; version: number | null };
  };
}

/** The API error body of a refused request. */
async function errorOf(response: Response) {
  const body = (await response.json()) as {
    error: { code: string; message: string; details?: { path: string; message: string }[] };
  };
  return body.error;
}

/** Reads a turn's NDJSON answer line by line as it arrives. */
async function turn(sessionId: string, text: string, key = w.shop.key) {
  const response = await call('POST', `/v1/playground/sessions/${sessionId}/turns`, key, { text });
  return { response, events: await readEvents(response) };
}

async function readEvents(response: Response): Promise<PlaygroundEvent[]> {
  if (response.status !== 200) return [];
  const events: PlaygroundEvent[] = [];
  const decoder = new TextDecoder();
  let buffered = '';
  for await (const part of response.body as unknown as AsyncIterable<Uint8Array>) {
    buffered += decoder.decode(part, { stream: true });
    let newline = buffered.indexOf('\n');
    while (newline >= 0) {
      events.push(playgroundEventSchema.parse(JSON.parse(buffered.slice(0, newline))));
      buffered = buffered.slice(newline + 1);
      newline = buffered.indexOf('\n');
    }
  }
  expect(buffered).toBe('');
  return events;
}

beforeAll(async () => {
  initializeLogger({ pretty: false, level: 'fatal' });
  await startLlmServer();
  w = await createLiveWorld();
  sessions = new PlaygroundSessions({
    controlApiUrl: w.baseUrl,
    api: w.api,
    versions: w.versions,
    keys: {},
    maxSessions: 20,
  });
  app = await buildPlaygroundApp({ sessions, corsOrigins: [CONSOLE_ORIGIN], logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  playgroundUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await app?.close();
  await w?.close();
  llmServer?.closeAllConnections();
  await new Promise((resolve) => llmServer?.close(resolve));
});

describe('the text playground server', () => {
  it('without an LLM for the orientation: 503 llm_unavailable, and no session row', async () => {
    // The caviste's draft names OpenAI without a baseURL, and this server has no OpenAI key.
    const before = await w.t.db.session.count();
    const response = await start();
    expect(response.status).toBe(503);
    const error = await errorOf(response);
    expect(error.code).toBe('llm_unavailable');
    expect(error.message).toContain('OPENAI_API_KEY');
    expect(error.message).toContain('baseURL');
    expect(await w.t.db.session.count()).toBe(before);
  });

  it('answers /healthz and lets the console origin call it (CORS)', async () => {
    const health = await call('GET', '/healthz', null);
    expect(health.status).toBe(200);
    expect(health.headers.get('access-control-allow-origin')).toBe(CONSOLE_ORIGIN);
    const preflight = await fetch(`${playgroundUrl}/v1/playground/sessions`, {
      method: 'OPTIONS',
      headers: {
        origin: CONSOLE_ORIGIN,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(CONSOLE_ORIGIN);
  });

  it("starts on the draft as it is now: the draft's greeting, a playground session row", async () => {
    await useLocalLlm('Bienvenue dans le bac à sable de la cave !');
    const session = await started({ source: 'draft' });
    expect(session.greeting).toBe('Bienvenue dans le bac à sable de la cave !');
    expect(session.orientation).toEqual({ slug: 'caviste', version: null });
    const row = await w.t.db.session.findUniqueOrThrow({ where: { id: session.sessionId } });
    expect(row).toMatchObject({
      tenantId: w.shop.id,
      mode: 'playground',
      orientationVersionId: null,
    });
  });

  it('streams a turn: user → tool_call → tool_output → state → agent → done, with a real cart row', async () => {
    await useLocalLlm('Bonjour et bienvenue !');
    const { sessionId } = await started();
    const { response, events } = await turn(sessionId, 'Mettez deux Côtes du Rhône au panier.');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/x-ndjson');
    expect(response.headers.get('access-control-allow-origin')).toBe(CONSOLE_ORIGIN);
    expect(events.map((event) => event.type)).toEqual([
      'user',
      'tool_call',
      'tool_output',
      'state',
      'agent',
      'done',
    ]);
    const [user, toolCall, toolOutput, state, agent] = events;
    expect(user).toEqual({ type: 'user', text: 'Mettez deux Côtes du Rhône au panier.' });
    expect(toolCall).toEqual({
      type: 'tool_call',
      callId: 'call_cart_1',
      name: 'add_to_cart',
      arguments: { productId: 'prd_rho', quantity: 2 },
    });
    expect(toolOutput).toMatchObject({
      type: 'tool_output',
      callId: 'call_cart_1',
      isError: false,
    });
    expect(toolOutput?.type === 'tool_output' && toolOutput.output).toContain('prd_rho');
    expect(state).toMatchObject({
      type: 'state',
      cart: { lines: [{ productId: 'prd_rho', quantity: 2 }], totalCents: 1980 },
    });
    expect(agent).toEqual({ type: 'agent', text: 'Deux Côtes du Rhône sont dans votre panier.' });

    const cart = await w.t.db.cartLine.findMany({ where: { sessionId } });
    expect(cart).toMatchObject([{ tenantId: w.shop.id, productId: 'prd_rho', quantity: 2 }]);

    // Recorded like a voice session's conversation (before `done`): the session detail shows it.
    const detail = await w.t.call({
      method: 'GET',
      url: `/v1/tenants/${w.shop.id}/sessions/${sessionId}`,
      key: w.shop.key,
    });
    expect(detail.json().mode).toBe('playground');
    expect(detail.json().transcript.map((entry: { kind: string }) => entry.kind)).toEqual([
      'agent',
      'user',
      'tool',
      'agent',
    ]);
    expect(detail.json().transcript[0].text).toBe('Bonjour et bienvenue !');
  });

  it("refuses another tenant's key (404) or no key (401) for a turn, and changes nothing", async () => {
    await useLocalLlm('Bonjour.');
    const { sessionId } = await started();
    const before = await tables(w.t);
    const foreign = await turn(sessionId, 'Mettez deux Côtes du Rhône au panier.', w.other.key);
    expect(foreign.response.status).toBe(404);
    expect((await errorOf(foreign.response)).code).toBe('tenant_not_found');
    const anonymous = await call('POST', `/v1/playground/sessions/${sessionId}/turns`, null, {
      text: 'Au panier, deux !',
    });
    expect(anonymous.status).toBe(401);
    const ending = await call('DELETE', `/v1/playground/sessions/${sessionId}`, w.other.key);
    expect(ending.status).toBe(404);
    expect(await tables(w.t)).toEqual(before);
    // Starting for a tenant the key may not see is refused by the control API too.
    const elsewhere = await start({}, w.other.key);
    expect(elsewhere.status).toBe(404);
  });

  it('{version: n} runs that published version', async () => {
    await useLocalLlm('Bonjour de la version deux.');
    const published = await w.t.call({
      method: 'POST',
      url: `/v1/tenants/${w.shop.id}/orientations/caviste/publish`,
      key: w.shop.key,
      body: {},
    });
    expect(published.statusCode, published.body).toBe(201);
    const version = published.json().version as number;
    await useLocalLlm('Bonjour du brouillon suivant.');
    const session = await started({ source: { version } });
    expect(session.greeting).toBe('Bonjour de la version deux.');
    expect(session.orientation).toEqual({ slug: 'caviste', version });
    const row = await w.t.db.session.findUniqueOrThrow({
      where: { id: session.sessionId },
      include: { orientationVersion: true },
    });
    expect(row.orientationVersion?.version).toBe(version);
    const { events } = await turn(session.sessionId, 'Bonjour');
    expect(events.map((event) => event.type)).toEqual(['user', 'agent', 'done']);
  });

  it('one turn at a time: 409 while a turn runs', async () => {
    await useLocalLlm('Bonjour.');
    const { sessionId } = await started();
    // Its headers arrive once the turn has begun.
    const slow = await call('POST', `/v1/playground/sessions/${sessionId}/turns`, w.shop.key, {
      text: 'Répondez lentement, lent.',
    });
    expect(slow.status).toBe(200);
    const second = await call('POST', `/v1/playground/sessions/${sessionId}/turns`, w.shop.key, {
      text: 'Et maintenant ?',
    });
    expect(second.status).toBe(409);
    expect((await errorOf(second)).code).toBe('conflict');
    const first = await readEvents(slow);
    expect(first.map((event) => event.type)).toEqual(['user', 'agent', 'done']);
    const next = await turn(sessionId, 'Et maintenant ?');
    expect(next.events.at(-1)?.type).toBe('done');
  });

  it('a provider error becomes an error event with a clear message', async () => {
    await useLocalLlm('Bonjour.');
    const { sessionId } = await started();
    const { events } = await turn(sessionId, 'Tombez en panne.');
    expect(events[0]).toEqual({ type: 'user', text: 'Tombez en panne.' });
    const last = events.at(-1);
    expect(last).toMatchObject({ type: 'error', code: 'llm_error' });
    expect(last?.type === 'error' && last.message).toContain('HTTP 400');
    // The session lives on: the next turn is answered.
    const next = await turn(sessionId, 'Bonjour');
    expect(next.events.map((event) => event.type)).toEqual(['user', 'agent', 'done']);
  });

  it('unknown sessions are 404; a bad body is 400', async () => {
    const unknownTurn = await call('POST', '/v1/playground/sessions/ses_nope/turns', w.shop.key, {
      text: 'Bonjour',
    });
    expect(unknownTurn.status).toBe(404);
    expect((await errorOf(unknownTurn)).code).toBe('not_found');
    const unknownEnd = await call('DELETE', '/v1/playground/sessions/ses_nope', w.shop.key);
    expect(unknownEnd.status).toBe(404);
    const bad = await call('POST', '/v1/playground/sessions', w.shop.key, { source: 'draft' });
    expect(bad.status).toBe(400);
    expect(await errorOf(bad)).toMatchObject({
      code: 'invalid_request',
      details: [{ path: 'tenantId' }],
    });
  });

  it('DELETE ends the session: 204, status ended, and no more turns', async () => {
    await useLocalLlm('Bonjour.');
    const { sessionId } = await started();
    const ended = await call('DELETE', `/v1/playground/sessions/${sessionId}`, w.shop.key);
    expect(ended.status).toBe(204);
    const row = await w.t.db.session.findUniqueOrThrow({ where: { id: sessionId } });
    expect(row.status).toBe('ended');
    const after = await call('POST', `/v1/playground/sessions/${sessionId}/turns`, w.shop.key, {
      text: 'Encore là ?',
    });
    expect(after.status).toBe(404);
  });
});

describe('playground limits', () => {
  it('closes idle sessions and caps concurrent ones (429)', async () => {
    await useLocalLlm('Bonjour.');
    const limited = new PlaygroundSessions({
      controlApiUrl: w.baseUrl,
      api: w.api,
      versions: w.versions,
      keys: {},
      maxSessions: 1,
      idleTimeoutMs: 1500,
    });
    const authorization = `Bearer ${w.shop.key}`;
    const first = await limited.start(authorization, { tenantId: w.shop.id });
    const before = await w.t.db.session.count();
    await expect(limited.start(authorization, { tenantId: w.shop.id })).rejects.toMatchObject({
      status: 429,
      code: 'rate_limited',
    });
    expect(await w.t.db.session.count()).toBe(before);
    await waitFor(async () => {
      const row = await w.t.db.session.findUniqueOrThrow({ where: { id: first.sessionId } });
      return row.status === 'ended' || undefined;
    }, 10_000);
    expect(limited.size).toBe(0);
    const again = await limited.start(authorization, { tenantId: w.shop.id });
    await limited.closeAll();
    const row = await w.t.db.session.findUniqueOrThrow({ where: { id: again.sessionId } });
    expect(row.status).toBe('ended');
  });
});

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
