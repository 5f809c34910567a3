import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finalizeSession } from '../domain/sessions/finalize-session.js';
import { createProcessors } from '../jobs/processors.js';
import { type JobWorker, startJobWorker } from '../jobs/worker.js';
import { createTenant, createTestApp, type TestApp } from '../testing/harness.js';

let t: TestApp;
let shop: Awaited<ReturnType<typeof createTenant>>;
let other: Awaited<ReturnType<typeof createTenant>>;
let runtimeKey: string;
let worker: JobWorker;
const workerErrors: unknown[] = [];

beforeAll(async () => {
  t = await createTestApp();
  shop = await createTenant(t, t.adminKey, 'Shop');
  other = await createTenant(t, t.adminKey, 'Other');
  const key = await t.call({
    method: 'POST',
    url: '/v1/keys',
    body: { name: 'runtime', kind: 'runtime' },
  });
  runtimeKey = key.json().secret;
  worker = startJobWorker({
    redis: t.redis,
    prefix: t.queuePrefix,
    processors: createProcessors({ db: t.db }),
    onError: (error) => workerErrors.push(error),
  });
});
afterAll(async () => {
  await worker?.close();
  await t?.close();
});

async function newSession(tenant: { id: string; key: string }) {
  const response = await t.call({
    method: 'POST',
    url: `/v1/tenants/${tenant.id}/sessions`,
    key: tenant.key,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().sessionId as string;
}

async function post(sessionId: string, path: string, body: unknown) {
  const response = await t.call({
    method: 'POST',
    url: `/v1/runtime/sessions/${sessionId}/${path}`,
    key: runtimeKey,
    body,
  });
  expect(response.statusCode, response.body).toBeLessThan(300);
  return response;
}

/** What the runtime's event forwarder sends during one short exchange. */
async function converse(sessionId: string) {
  await post(sessionId, 'events', {
    type: 'transcript.user',
    payload: { itemId: 'it1', text: 'Un rouge pour ce soir ?', interrupted: false, createdAt: 1 },
  });
  await post(sessionId, 'events', {
    type: 'metrics',
    payload: { type: 'eou_metrics', speechId: 'sp1', endOfUtteranceDelayMs: 410, timestamp: 1 },
  });
  await post(sessionId, 'events', {
    type: 'tool.call',
    payload: {
      callId: 'c1',
      name: 'catalog.search',
      arguments: { q: 'rouge' },
      output: '3 vins',
      isError: false,
      durationMs: 42,
    },
  });
  await post(sessionId, 'events', {
    type: 'tool.call',
    payload: {
      callId: 'c2',
      name: 'cart.add',
      arguments: { productId: 'nope', quantity: 1 },
      output: 'Produit inconnu.',
      isError: true,
      durationMs: 7,
    },
  });
  // Not a transcript payload: skipped, not fatal.
  await post(sessionId, 'events', { type: 'transcript.agent', payload: { nothing: true } });
  await post(sessionId, 'events', {
    type: 'metrics',
    payload: {
      type: 'llm_metrics',
      speechId: 'sp1',
      ttftMs: 230,
      promptTokens: 1200,
      completionTokens: 80,
      totalTokens: 1280,
    },
  });
  await post(sessionId, 'events', {
    type: 'metrics',
    payload: {
      type: 'tts_metrics',
      speechId: 'sp1',
      ttfbMs: 150,
      charactersCount: 64,
      audioDurationMs: 3500,
    },
  });
  await post(sessionId, 'events', {
    type: 'metrics',
    payload: { type: 'stt_metrics', audioDurationMs: 2500 },
  });
  await post(sessionId, 'events', {
    type: 'transcript.agent',
    payload: { itemId: 'it2', text: 'Je vous propose un Morgon.', interrupted: true },
  });
}

function detail(tenant: { id: string; key: string }, sessionId: string) {
  return t.call({
    method: 'GET',
    url: `/v1/tenants/${tenant.id}/sessions/${sessionId}`,
    key: tenant.key,
  });
}

async function summaryEvents(sessionId: string) {
  return t.db.sessionEvent.findMany({
    where: { tenantId: shop.id, sessionId, type: 'session.summary' },
  });
}

async function waitForSummary(sessionId: string) {
  for (let i = 0; i < 100; i += 1) {
    const events = await summaryEvents(sessionId);
    if (events.length > 0) return events;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no summary for ${sessionId}: ${JSON.stringify(workerErrors)}`);
}

describe('session detail', () => {
  it('assembles the transcript, tool calls, per-turn metrics, selection and cart', async () => {
    const sessionId = await newSession(shop);
    const wine = await t.db.product.create({
      data: {
        id: 'prd_detail1',
        tenantId: shop.id,
        sku: 'DET-1',
        name: 'Morgon',
        priceCents: 1450,
        stock: 10,
        searchText: '',
      },
    });
    await post(sessionId, 'selection', { productId: wine.id });
    await post(sessionId, 'cart', { productId: wine.id, quantity: 2 });
    await converse(sessionId);

    const response = await detail(shop, sessionId);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ id: sessionId, tenantId: shop.id, summary: null });
    expect(body.eventsTruncated).toBe(false);
    expect(
      body.transcript.map(({ at, ...entry }: { at: string }) => {
        expect(Number.isNaN(Date.parse(at))).toBe(false);
        return entry;
      }),
    ).toEqual([
      { kind: 'user', text: 'Un rouge pour ce soir ?', interrupted: false },
      {
        kind: 'tool',
        name: 'catalog.search',
        arguments: { q: 'rouge' },
        output: '3 vins',
        isError: false,
        durationMs: 42,
      },
      {
        kind: 'tool',
        name: 'cart.add',
        arguments: { productId: 'nope', quantity: 1 },
        output: 'Produit inconnu.',
        isError: true,
        durationMs: 7,
      },
      { kind: 'agent', text: 'Je vous propose un Morgon.', interrupted: true },
    ]);
    expect(body.metrics).toEqual([
      { speechId: 'sp1', llmTtftMs: 230, ttsTtfbMs: 150, endOfUtteranceDelayMs: 410 },
    ]);
    expect(body.selection.map((item: { productId: string }) => item.productId)).toEqual([wine.id]);
    expect(body.cart).toMatchObject({ totalCents: 2900, currency: 'EUR' });
    expect(body.revision).toBe(2);
  });

  it('is not found under another tenant, whoever asks', async () => {
    const theirs = await newSession(other);
    await converse(theirs);
    const url = `/v1/tenants/${shop.id}/sessions/${theirs}`;
    expect((await t.call({ method: 'GET', url, key: shop.key })).statusCode).toBe(404);
    expect((await t.call({ method: 'GET', url })).statusCode).toBe(404);
    const own = await detail(other, theirs);
    expect(own.statusCode).toBe(200);
    expect(own.json().transcript).toHaveLength(4);
  });

  it('lists each session with its turns, tool calls and cart total, counted per tenant', async () => {
    const idle = await newSession(shop);
    const response = await t.call({
      method: 'GET',
      url: `/v1/tenants/${shop.id}/sessions`,
      key: shop.key,
    });
    expect(response.statusCode, response.body).toBe(200);
    const items: { id: string; stats: Record<string, unknown> }[] = response.json().items;
    expect(items[0]).toMatchObject({
      id: idle,
      stats: { durationMs: null, turns: 0, toolCalls: 0, cartTotalCents: 0, currency: 'EUR' },
    });
    // The first test's conversation: two turns, two tool calls, 2 × 14,50 € in the cart.
    expect(items.slice(1).map((item) => item.stats)).toEqual([
      { durationMs: null, turns: 2, toolCalls: 2, cartTotalCents: 2900, currency: 'EUR' },
    ]);
  });
});

describe('finalisation', () => {
  it('stores one summary when the session ends, and still one when the job runs again', async () => {
    const sessionId = await newSession(shop);
    await converse(sessionId);
    await post(sessionId, 'end', { reason: 'customer left' });

    const [stored] = await waitForSummary(sessionId);
    const ended = await t.db.session.findFirstOrThrow({ where: { id: sessionId } });
    const expected = {
      durationMs: (ended.endedAt as Date).getTime() - ended.createdAt.getTime(),
      turns: 2,
      toolCalls: 2,
      usage: {
        promptTokens: 1200,
        completionTokens: 80,
        ttsCharacters: 64,
        sttAudioSeconds: 2.5,
        ttsAudioSeconds: 3.5,
      },
    };
    expect(stored?.payload).toMatchObject(expected);

    // A retried job (run directly, then through the queue under a new id) replaces the summary.
    await finalizeSession({ db: t.db, tenantId: shop.id, sessionId });
    const [direct] = await summaryEvents(sessionId);
    expect(direct?.id).not.toBe(stored?.id);
    await t.jobs.enqueue('session.finalize', `retry-${sessionId}`, {
      sessionId,
      tenantId: shop.id,
    });
    for (let i = 0; i < 100; i += 1) {
      const events = await summaryEvents(sessionId);
      if (events.length > 0 && events.every((event) => event.id !== direct?.id)) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const after = await summaryEvents(sessionId);
    expect(after).toHaveLength(1);
    expect(after[0]?.id).not.toBe(stored?.id);
    expect(after[0]?.payload).toMatchObject(expected);

    const shown = (await detail(shop, sessionId)).json();
    expect(shown.status).toBe('ended');
    expect(shown.summary).toMatchObject(expected);
    // The summary is not part of the transcript.
    expect(shown.transcript).toHaveLength(4);
  });

  it('met no worker error', () => {
    expect(workerErrors).toEqual([]);
  });
});
