import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { initializeLogger } from '@livekit/agents';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VersionCache } from '../orientation/version-cache.js';
import { cavisteApi, cavisteDocument, morgon } from '../testing/fixtures.js';
import { expectToolCall } from '../testing/run-helpers.js';
import { startTextSession } from '../testing/text-session.js';
import { loadSession } from './bootstrap.js';
import { buildPipeline } from './build-pipeline.js';

// A tiny OpenAI-compatible server: the first request gets a streamed call to search_wines, the
// request carrying the tool result gets a streamed text answer.
interface ChatRequest {
  model: string;
  stream: boolean;
  messages: { role: string; content?: unknown; tool_call_id?: string }[];
  tools?: { type: string; function: { name: string; parameters: { properties: object } } }[];
}

let server: Server;
let baseURL: string;
const requests: { authorization: string | undefined; body: ChatRequest }[] = [];

function chunk(delta: object, finishReason: string | null = null): string {
  const data = {
    id: 'chatcmpl-test',
    object: 'chat.completion.chunk',
    created: 1,
    model: 'test-model',
    choices: [{ index: 0, delta, finish_reason: finishReason }],
  };
  return `data: ${JSON.stringify(data)}\n\n`;
}

beforeAll(async () => {
  initializeLogger({ pretty: false, level: 'warn' });
  server = createServer((request, response) => {
    const parts: Buffer[] = [];
    request.on('data', (part: Buffer) => parts.push(part));
    request.on('end', () => {
      if (request.method !== 'POST' || request.url !== '/v1/chat/completions') {
        response.writeHead(404).end();
        return;
      }
      const body = JSON.parse(Buffer.concat(parts).toString('utf8')) as ChatRequest;
      requests.push({ authorization: request.headers.authorization, body });
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      const answered = body.messages.some((message) => message.role === 'tool');
      if (!answered) {
        response.write(chunk({ role: 'assistant', content: '' }));
        response.write(
          chunk({
            tool_calls: [
              {
                index: 0,
                id: 'call_search_1',
                type: 'function',
                function: { name: 'search_wines', arguments: '{"color":' },
              },
            ],
          }),
        );
        response.write(
          chunk({ tool_calls: [{ index: 0, function: { arguments: '"rouge","priceMax":20}' } }] }),
        );
        response.write(chunk({}, 'tool_calls'));
      } else {
        response.write(chunk({ role: 'assistant', content: 'Je vous conseille ' }));
        response.write(chunk({ content: 'le Morgon Côte du Py.' }));
        response.write(chunk({}, 'stop'));
      }
      response.end('data: [DONE]\n\n');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('the real OpenAI plugin against an OpenAI-compatible server', () => {
  it('drives one full turn: streamed tool call, tool run, streamed answer', async () => {
    const document = cavisteDocument() as { voice: { llm: Record<string, unknown> } };
    document.voice.llm.baseURL = baseURL;
    document.voice.llm.model = 'test-model';
    const api = cavisteApi({ document });
    api.toolAnswers['catalog.search'] = () => ({
      items: [
        {
          productId: morgon.productId,
          sku: morgon.sku,
          name: morgon.name,
          price: morgon.price,
          currency: 'EUR',
          inStock: true,
          attributes: morgon.attributes,
        },
      ],
      total: 1,
      more: false,
    });
    const loaded = await loadSession({ api, versions: new VersionCache(api), sessionId: 'ses_1' });
    const pipeline = buildPipeline(loaded.rendered.voice, { keys: {}, mode: 'text' });
    const running = await startTextSession({ api, llm: pipeline.llm });
    try {
      const result = await running.session
        .run({ userInput: 'Un rouge à moins de vingt euros ?' })
        .wait();
      const { output } = expectToolCall(result, 'search_wines', { color: 'rouge', priceMax: 20 });
      expect(output).toMatchObject({ items: [{ productId: morgon.productId }] });
      const message = result.expect.nextEvent().isMessage({ role: 'assistant' }).event().item;
      expect(message.textContent).toBe('Je vous conseille le Morgon Côte du Py.');
      result.expect.noMoreEvents();
    } finally {
      await running.session.close();
    }

    expect(requests).toHaveLength(2);
    const [first, second] = requests;
    expect(first?.body).toMatchObject({ model: 'test-model', stream: true });
    // A custom baseURL never receives the platform's OpenAI key.
    expect(first?.authorization).toBe('Bearer not-needed');
    const system = first?.body.messages.find((m) => m.role === 'system' || m.role === 'developer');
    expect(String(system?.content)).toContain('# Platform rules');
    expect(String(system?.content)).toContain('La Cave Test');
    const names = first?.body.tools?.map((t) => t.function.name) ?? [];
    expect(names).toHaveLength(16);
    expect(names).toContain('search_wines');
    const search = first?.body.tools?.find((t) => t.function.name === 'search_wines');
    expect(Object.keys(search?.function.parameters.properties ?? {})).toEqual(
      expect.arrayContaining(['query', 'color', 'priceMax', 'limit']),
    );
    const toolMessage = second?.body.messages.find((m) => m.role === 'tool');
    expect(toolMessage?.tool_call_id).toBe('call_search_1');
    expect(String(toolMessage?.content)).toContain(morgon.productId);
  });
});
