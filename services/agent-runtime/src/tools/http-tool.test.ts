import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { initializeLogger } from '@livekit/agents';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cavisteApi, cavisteDocument } from '../testing/fixtures.js';
import { expectToolCall } from '../testing/run-helpers.js';
import { ScriptedLLM } from '../testing/scripted-llm.js';
import { startTextSession, type TextSession } from '../testing/text-session.js';
import type { WebhookOptions } from './http/webhook.js';
import { GENERIC_TOOL_FAILURE } from './tool-failure.js';

let server: Server;
let port: number;
const bodies: unknown[] = [];
let running: TextSession | undefined;

beforeAll(async () => {
  initializeLogger({ pretty: false, level: 'warn' });
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      bodies.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ status: 'expédiée', eta: 'jeudi' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

afterEach(async () => {
  await running?.session.close();
  running = undefined;
});

function withOrderStatusTool() {
  const document = cavisteDocument() as { tools: unknown[] };
  document.tools.push({
    name: 'order_status',
    category: 'conversation',
    handler: 'http',
    description: "Donne l'état d'une commande de {{shop_name}}.",
    parameters: {
      orderNumber: { type: 'string', description: 'Le numéro de commande.', required: true },
      channel: { type: 'string', description: 'Le canal de la demande.', required: true },
    },
    arguments: { channel: 'voice' },
    http: {
      method: 'POST',
      url: `http://orders.partner.example:${port}/status`,
      timeoutMs: 2000,
    },
  });
  return cavisteApi({ document });
}

async function callOrderStatus(webhook: WebhookOptions) {
  const llm = new ScriptedLLM([
    { toolCalls: [{ name: 'order_status', args: { orderNumber: 'C-42' } }] },
    { text: 'Votre commande arrive jeudi.' },
  ]);
  running = await startTextSession({ api: withOrderStatusTool(), llm, webhook });
  const result = await running.session.run({ userInput: 'Où en est ma commande C-42 ?' }).wait();
  return expectToolCall(result, 'order_status', { orderNumber: 'C-42' });
}

const toLoopback = async () => [{ address: '127.0.0.1', family: 4 as const }];

describe('an http tool declared in the orientation', () => {
  it('posts the arguments, fixed ones included, and returns the answer', async () => {
    const { output, isError } = await callOrderStatus({
      resolver: toLoopback,
      allowAddresses: ['127.0.0.1'],
    });
    expect(isError).toBe(false);
    expect(output).toEqual({ status: 'expédiée', eta: 'jeudi' });
    expect(bodies.at(-1)).toEqual({ orderNumber: 'C-42', channel: 'voice' });
  });

  it('is refused when its host resolves to a private address, with a generic apology', async () => {
    const before = bodies.length;
    const { output, isError } = await callOrderStatus({ resolver: toLoopback });
    expect(isError).toBe(true);
    expect(output).toBe(GENERIC_TOOL_FAILURE);
    expect(bodies.length).toBe(before);
  });
});
