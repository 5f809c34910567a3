/**
 * Agent turn benchmark: `npx tsx bench/agent-turn.ts [--conversations 30] [--turns 10]`.
 * Times one text turn (`session.run({ userInput }).wait()`) of the real Scenaro agent session
 * (caviste orientation: layered prompt, 16 tools, event forwarding and state tracking through the
 * runtime's real HTTP client to the real app on a local port) with an instant scripted LLM,
 * (a) answering with text, (b) calling add_to_cart once (a real cart write) then answering.
 * Baseline, in the same run and interleaved: a bare AgentSession with the same LLM script, a
 * one-line prompt and, for (b), one no-op tool — the SDK's own turn cost, without Scenaro code.
 * Overhead = Scenaro turn − the control-API calls the tool awaits − the bare turn. Then the RSS
 * of a job process at session start, measured in a child process (bench/agent-job-memory.ts).
 * Prints tables; times in ms.
 */
import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { initializeLogger, llm, voice } from '@livekit/agents';
import type { AddToCartBody } from '@scenaro/api-contract';
import { createTestDatabase } from '@scenaro/db/testing';
import { z } from 'zod';
import { HttpControlApi } from '../services/agent-runtime/src/control-api/client.js';
import { VersionCache } from '../services/agent-runtime/src/orientation/version-cache.js';
import { loadSession } from '../services/agent-runtime/src/session/bootstrap.js';
import { createAgentSession } from '../services/agent-runtime/src/session/create-agent-session.js';
import { RecordingStatePublisher } from '../services/agent-runtime/src/state/state-publisher.js';
import {
  ScriptedLLM,
  type ScriptedStep,
} from '../services/agent-runtime/src/testing/scripted-llm.js';
import { createAppOn } from '../services/control-api/src/testing/harness.js';
import { printTable, summary } from './report.js';

const { values: flags } = parseArgs({
  options: {
    conversations: { type: 'string', default: '30' },
    turns: { type: 'string', default: '10' },
  },
});
const CONVERSATIONS = Number(flags.conversations);
const TURNS = Number(flags.turns);
const WARMUP_CONVERSATIONS = 2;
const ADMIN_KEY = 'bench-admin-key-0123456789abcdef';
const TARGET_OVERHEAD_P95 = 20;
const FAKE_KEYS = {
  OPENAI_API_KEY: 'sk-bench-not-a-key',
  DEEPGRAM_API_KEY: 'bench-not-a-key',
  CARTESIA_API_KEY: 'bench-not-a-key',
};

/** The runtime's client, timing the calls a cart tool awaits (the write, the first state read). */
class TimedControlApi extends HttpControlApi {
  toolApiMs = 0;

  override async addToCart(sessionId: string, body: AddToCartBody) {
    const start = performance.now();
    try {
      return await super.addToCart(sessionId, body);
    } finally {
      this.toolApiMs += performance.now() - start;
    }
  }

  override async state(sessionId: string) {
    const start = performance.now();
    try {
      return await super.state(sessionId);
    } finally {
      this.toolApiMs += performance.now() - start;
    }
  }
}

/** A turn: the time of `run().wait()`, checked to have produced what the script says. */
async function turn(session: voice.AgentSession, withTool: boolean): Promise<number> {
  const start = performance.now();
  const result = await session.run({ userInput: 'Bonjour' }).wait();
  const elapsed = performance.now() - start;
  if (withTool) {
    result.expect.nextEvent().isFunctionCall({ name: 'add_to_cart' });
    const answer = result.expect.nextEvent().isFunctionCallOutput().event().item;
    if (answer.isError) throw new Error(`add_to_cart failed: ${answer.output}`);
  }
  result.expect.nextEvent().isMessage({ role: 'assistant' });
  result.expect.noMoreEvents();
  return elapsed;
}

initializeLogger({ pretty: false, level: 'error' });
const database = await createTestDatabase();
const bench = await createAppOn(database, {
  SCENARO_ADMIN_KEY: ADMIN_KEY,
  RATE_LIMIT_PER_MINUTE: '10000000',
  QUEUE_PREFIX: `bench-${database.url.split('/').pop()}`,
});
const { app, db } = bench;

try {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const inject = (method: 'GET' | 'POST', url: string, key: string, body?: object) =>
    app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${key}` },
      ...(body ? { payload: body } : {}),
    });
  const created = await inject('POST', '/v1/tenants', ADMIN_KEY, {
    name: 'Cave bench',
    template: 'caviste',
  });
  if (created.statusCode !== 201) throw new Error(created.body);
  const tenantId = created.json().tenant.id as string;
  const tenantKey = created.json().keys[0].secret as string;
  const runtime = await inject('POST', '/v1/keys', ADMIN_KEY, { name: 'bench', kind: 'runtime' });
  if (runtime.statusCode !== 201) throw new Error(runtime.body);
  const runtimeKey = runtime.json().secret as string;
  const productIds = Array.from({ length: TURNS }, (_, i) => `prd_bench${i}`);
  await db.product.createMany({
    data: productIds.map((id, i) => ({
      id,
      tenantId,
      sku: `BENCH-${i}`,
      name: `Vin ${i}`,
      priceCents: 900 + i * 37,
      currency: 'EUR',
      stock: 1_000_000,
      searchText: `vin ${i}`,
    })),
  });
  const newSession = async () => {
    const response = await inject('POST', `/v1/tenants/${tenantId}/sessions`, tenantKey);
    if (response.statusCode !== 201) throw new Error(response.body);
    return response.json().sessionId as string;
  };

  const api = new TimedControlApi({ baseUrl, runtimeKey });
  const versions = new VersionCache(api);

  /** The Scenaro agent session in text mode, as the text harness and the playground build it. */
  const scenaro = async (script: ScriptedLLM) => {
    const loaded = await loadSession({ api, versions, sessionId: await newSession() });
    const built = createAgentSession({
      api,
      loaded,
      pipeline: {
        llm: script,
        vad: null,
        turnHandling: { turnDetection: null },
        maxToolSteps: loaded.rendered.voice.maxToolSteps,
      },
      publisher: new RecordingStatePublisher(),
    });
    await built.session.start({ agent: built.agent });
    return built;
  };
  /** The SDK alone: same LLM script, a one-line prompt, a no-op tool of the same name. */
  const bare = async (script: ScriptedLLM, withTool: boolean) => {
    const tools: llm.ToolContextLike = withTool
      ? {
          add_to_cart: llm.tool({
            description: 'Ajoute un vin au panier.',
            parameters: z.object({ productId: z.string(), quantity: z.number().int() }),
            execute: async () => ({ ok: true }),
          }),
        }
      : {};
    const session = new voice.AgentSession({
      llm: script,
      vad: null,
      turnHandling: { turnDetection: null },
    });
    await session.start({ agent: new voice.Agent({ instructions: 'Vous êtes caviste.', tools }) });
    return session;
  };

  const samples = {
    plain: { scenaro: [] as number[], bare: [] as number[], net: [] as number[] },
    cart: {
      scenaro: [] as number[],
      bare: [] as number[],
      net: [] as number[],
      api: [] as number[],
    },
    pk: [] as number[],
  };
  const pkUrl = `${baseUrl}/v1/tenants/${tenantId}/products/${productIds[0]}`;
  for (let c = 0; c < WARMUP_CONVERSATIONS + CONVERSATIONS; c++) {
    const warm = c < WARMUP_CONVERSATIONS;
    for (const withTool of [false, true]) {
      // A new conversation every TURNS turns keeps the chat history (sent to the LLM each turn)
      // at a realistic length; both sides get the same.
      const scenaroLlm = new ScriptedLLM([]);
      const bareLlm = new ScriptedLLM([]);
      const ours = await scenaro(scenaroLlm);
      const theirs = await bare(bareLlm, withTool);
      const into = withTool ? samples.cart : samples.plain;
      for (let t = 0; t < TURNS; t++) {
        const steps: ScriptedStep[] = withTool
          ? [
              {
                toolCalls: [
                  { name: 'add_to_cart', args: { productId: productIds[t], quantity: 1 } },
                ],
              },
              { text: "C'est dans votre panier." },
            ]
          : [{ text: 'Bonjour, que puis-je pour vous ?' }];
        scenaroLlm.push(...steps);
        bareLlm.push(...steps);
        api.toolApiMs = 0;
        const ourTurn = await turn(ours.session, withTool);
        const toolApi = api.toolApiMs;
        // The transcript and tool events are posted in the background; let them land untimed.
        await ours.events.flush();
        const theirTurn = await turn(theirs, withTool);
        const start = performance.now();
        const response = await fetch(pkUrl, { headers: { authorization: `Bearer ${tenantKey}` } });
        await response.json();
        const pk = performance.now() - start;
        if (warm) continue;
        into.scenaro.push(ourTurn);
        into.bare.push(theirTurn);
        into.net.push(ourTurn - toolApi);
        if (withTool) samples.cart.api.push(toolApi);
        samples.pk.push(pk);
      }
      await ours.session.close();
      await theirs.close();
    }
  }

  const fmt = (n: number) => n.toFixed(2);
  const rows: string[][] = [];
  const pk = summary(samples.pk);
  rows.push(['primary key read, HTTP (reference)', fmt(pk.p50), fmt(pk.p95), fmt(pk.p99)]);
  const overheads: string[][] = [];
  for (const [label, set] of [
    ['(a) no tool', samples.plain],
    ['(b) add_to_cart', samples.cart],
  ] as const) {
    const ours = summary(set.scenaro);
    const theirs = summary(set.bare);
    const net = summary(set.net);
    rows.push([
      `${label}: bare AgentSession (baseline)`,
      fmt(theirs.p50),
      fmt(theirs.p95),
      fmt(theirs.p99),
    ]);
    rows.push([`${label}: Scenaro turn`, fmt(ours.p50), fmt(ours.p95), fmt(ours.p99)]);
    if ('api' in set) {
      const tool = summary(set.api);
      rows.push([
        `${label}: control API awaited by the tool`,
        fmt(tool.p50),
        fmt(tool.p95),
        fmt(tool.p99),
      ]);
    }
    if ('api' in set) {
      rows.push([
        `${label}: Scenaro turn − that API time`,
        fmt(net.p50),
        fmt(net.p95),
        fmt(net.p99),
      ]);
    }
    const p50 = net.p50 - theirs.p50;
    const p95 = net.p95 - theirs.p95;
    overheads.push([
      label,
      fmt(p50),
      fmt(p95),
      `≤ ${TARGET_OVERHEAD_P95} ${p95 <= TARGET_OVERHEAD_P95 ? 'met' : 'MISSED'}`,
    ]);
  }
  console.log(
    `\n${CONVERSATIONS} conversations × ${TURNS} turns of each kind (interleaved with the baseline, ${WARMUP_CONVERSATIONS} conversations of warm-up), times in ms\n`,
  );
  printTable(['turn', 'p50', 'p95', 'p99'], rows);
  console.log(
    '\nOverhead = (Scenaro turn − control API awaited by the tool) − bare turn, per percentile\n',
  );
  printTable(['turn', 'overhead p50', 'overhead p95', 'target p95'], overheads);

  // The job process's memory: a child doing what a job process does, up to a started session.
  const memorySession = await newSession();
  const child = spawn(
    process.execPath,
    [
      ...process.execArgv,
      fileURLToPath(new URL('./agent-job-memory.ts', import.meta.url)),
      memorySession,
    ],
    {
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        CONTROL_API_URL: baseUrl,
        SCENARO_RUNTIME_KEY: runtimeKey,
        ...FAKE_KEYS,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  const line = out.trim().split('\n').pop() ?? '';
  if (code !== 0 || !line.startsWith('{')) throw new Error(`memory child failed (${code}): ${out}`);
  const rss = JSON.parse(line) as Record<string, number>;
  console.log('\nJob process RSS (MiB), one process doing what a job process does\n');
  printTable(
    ['step', 'RSS'],
    [
      ['process started (node + tsx)', (rss.started ?? 0).toFixed(0)],
      ['agent.ts and plugins imported', (rss.imported ?? 0).toFixed(0)],
      ['prewarmed (Silero VAD loaded): idle process', (rss.prewarmed ?? 0).toFixed(0)],
      ['entry() done: agent session started', (rss.sessionStarted ?? 0).toFixed(0)],
    ],
  );
} finally {
  await bench.close();
}
