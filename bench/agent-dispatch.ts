/**
 * Agent dispatch benchmark: `npx tsx bench/agent-dispatch.ts [--sessions 20] [--iterations 300]`.
 * Times what a job does between its dispatch and a session ready to start, as `runJob` does it
 * minus the room: job metadata → bootstrap (HTTP, runtime key) → pinned orientation version
 * (HTTP, validated, rendered with the tenant's variables) → voice pipeline (OpenAI, Deepgram,
 * Cartesia plugin instances with fake keys, Silero VAD, end-of-turn model; no provider
 * connection) → tools, prompt and AgentSession. "Uncached" gives every dispatch a fresh version
 * cache (a new job process); "cached" shares one (a warm process). The runtime's real HTTP
 * client calls the control API's real server, run as its own process as in production
 * (`--in-process` serves it from the bench's own event loop instead, which then competes with
 * the code being timed); the baseline is a product read by primary key over the same HTTP,
 * measured in the same run. Prints a table; times in ms.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { initializeLogger } from '@livekit/agents';
import * as silero from '@livekit/agents-plugin-silero';
import { createTestDatabase } from '@scenaro/db/testing';
import { renderOrientation, resolveVariables, validateOrientation } from '@scenaro/orientation';
import { HttpControlApi } from '../services/agent-runtime/src/control-api/client.js';
import { VersionCache } from '../services/agent-runtime/src/orientation/version-cache.js';
import {
  loadSession,
  sessionIdFromMetadata,
} from '../services/agent-runtime/src/session/bootstrap.js';
import { buildPipeline } from '../services/agent-runtime/src/session/build-pipeline.js';
import { createAgentSession } from '../services/agent-runtime/src/session/create-agent-session.js';
import { prepareSession } from '../services/agent-runtime/src/session/prepare-session.js';
import { RoomStatePublisher } from '../services/agent-runtime/src/state/state-publisher.js';
import { fakeJob } from '../services/agent-runtime/src/testing/fake-job.js';
import { freePort } from '../services/agent-runtime/src/testing/worker-process.js';
import { createAppOn, REDIS_URL } from '../services/control-api/src/testing/harness.js';

const { values: flags } = parseArgs({
  options: {
    sessions: { type: 'string', default: '20' },
    iterations: { type: 'string', default: '300' },
    'in-process': { type: 'boolean', default: false },
  },
});
const SESSIONS = Number(flags.sessions);
const ITERATIONS = Number(flags.iterations);
const WARMUP = 20;
const ADMIN_KEY = 'bench-admin-key-0123456789abcdef';
const FAKE_KEYS = {
  OPENAI_API_KEY: 'sk-bench-not-a-key',
  DEEPGRAM_API_KEY: 'bench-not-a-key',
  CARTESIA_API_KEY: 'bench-not-a-key',
};
const TARGETS: Record<string, number> = { uncached: 100, cached: 10 };

interface Stages {
  load: number[];
  pipeline: number[];
  agent: number[];
  total: number[];
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
}

/** The control API's own server on the bench database, as `npm start` runs it. */
async function startApiProcess(env: Record<string, string>): Promise<{
  url: string;
  child: ChildProcess;
}> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'services/control-api/src/server.ts'], {
    env: { ...process.env, ...env, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'error' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 300; attempt++) {
    const ready = await fetch(`${url}/readyz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return { url, child };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGTERM');
  throw new Error('The control API process did not become ready in 30 s.');
}

async function timed<T>(into: number[], run: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  const value = await run();
  into.push(performance.now() - start);
  return value;
}

initializeLogger({ pretty: false, level: 'error' });
const database = await createTestDatabase();
const apiEnv = {
  SCENARO_ADMIN_KEY: ADMIN_KEY,
  RATE_LIMIT_PER_MINUTE: '10000000',
  QUEUE_PREFIX: `bench-${database.url.split('/').pop()}`,
};
// The in-process app sets the data up (inject, no socket) in both modes.
const bench = await createAppOn(database, apiEnv);
const { app, db } = bench;
let apiProcess: ChildProcess | undefined;

try {
  let baseUrl: string;
  if (flags['in-process']) {
    await app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  } else {
    const started = await startApiProcess({
      ...apiEnv,
      DATABASE_URL: database.url,
      REDIS_URL,
    });
    baseUrl = started.url;
    apiProcess = started.child;
  }
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
  await db.product.create({
    data: {
      id: 'prd_bench',
      tenantId,
      sku: 'BENCH-1',
      name: 'Vin de banc',
      priceCents: 1200,
      currency: 'EUR',
      stock: 100,
      searchText: 'vin de banc',
    },
  });
  const sessions: string[] = [];
  for (let s = 0; s < SESSIONS; s++) {
    const response = await inject('POST', `/v1/tenants/${tenantId}/sessions`, tenantKey);
    if (response.statusCode !== 201) throw new Error(response.body);
    sessions.push(response.json().sessionId as string);
  }

  const api = new HttpControlApi({ baseUrl, runtimeKey });
  const warm = new VersionCache(api);
  // The job process's prewarm: loaded once per process, before any dispatch.
  const vad = await silero.VAD.load();
  // One fake job context around the whole run: what the end-of-turn model and the state
  // publisher see in a job process (the context itself is the SDK's, not timed).
  const job = fakeJob({ metadata: '{}' });

  const publisher = new RoomStatePublisher(job.ctx.room);
  /** Dispatch → ready as runJob does it before joining the room (prepareSession), timed. */
  const dispatch = (sessionId: string, versions: VersionCache, into: number[]) =>
    timed(into, async () => {
      const id = sessionIdFromMetadata(JSON.stringify({ sessionId }));
      const prepared = await prepareSession({
        api,
        versions,
        keys: FAKE_KEYS,
        sessionId: id,
        mode: 'voice',
        vad,
        publisher,
      });
      if (!prepared.session) throw new Error('no session');
    });
  /** The same three stages, called one by one to see where the time goes. */
  const breakdown = async (sessionId: string, versions: VersionCache, into: Stages) => {
    const loaded = await timed(into.load, () => loadSession({ api, versions, sessionId }));
    const pipeline = await timed(into.pipeline, () =>
      buildPipeline(loaded.rendered.voice, { keys: FAKE_KEYS, mode: 'voice', vad }),
    );
    await timed(into.agent, () => createAgentSession({ api, loaded, pipeline, publisher }));
  };

  const stages = (): Stages => ({ load: [], pipeline: [], agent: [], total: [] });
  const sampleSet = () => ({
    uncached: stages(),
    cached: stages(),
    pk: [] as number[],
    bootstrap: [] as number[],
    version: [] as number[],
    validate: [] as number[],
    render: [] as number[],
  });
  const samples = sampleSet();
  const first = await api.bootstrap(sessions[0] as string);
  const { versionId } = first.orientation;
  if (!versionId) throw new Error('a live session is pinned to a published version');
  const document = (await api.orientationVersion(versionId)).document;
  const validated = validateOrientation(document);
  if (!validated.ok) throw new Error('invalid orientation');
  const tenantVariables = first.tenant.variables;
  const pkUrl = `${baseUrl}/v1/tenants/${tenantId}/products/prd_bench`;

  await job.run(async () => {
    // Interleaved so that every measure sees the same database, caches and machine load.
    for (let i = 0; i < WARMUP + ITERATIONS; i++) {
      const sessionId = sessions[i % sessions.length] as string;
      const into = i < WARMUP ? sampleSet() : samples;
      await dispatch(sessionId, new VersionCache(api), into.uncached.total);
      await dispatch(sessionId, warm, into.cached.total);
      await breakdown(sessionId, new VersionCache(api), into.uncached);
      await breakdown(sessionId, warm, into.cached);
      await timed(into.pk, async () => {
        const response = await fetch(pkUrl, { headers: { authorization: `Bearer ${tenantKey}` } });
        if (!response.ok) throw new Error(`pk read: ${response.status}`);
        await response.json();
      });
      await timed(into.bootstrap, () => api.bootstrap(sessionId));
      await timed(into.version, () => api.orientationVersion(versionId));
      await timed(into.validate, () => {
        if (!validateOrientation(document).ok) throw new Error('invalid orientation');
      });
      await timed(into.render, () =>
        renderOrientation(
          validated.orientation,
          resolveVariables(validated.orientation, tenantVariables),
        ),
      );
    }
  });

  const pk = summary(samples.pk);
  const rows: [string, number[], number | null][] = [
    ['primary key read, HTTP (baseline)', samples.pk, null],
    ['GET …/bootstrap alone', samples.bootstrap, null],
    ['GET …/orientation-versions/:id alone', samples.version, null],
    ['validate orientation alone', samples.validate, null],
    ['resolve variables + render alone', samples.render, null],
    ['uncached: loadSession', samples.uncached.load, null],
    ['uncached: buildPipeline', samples.uncached.pipeline, null],
    ['uncached: createAgentSession', samples.uncached.agent, null],
    [
      'uncached: dispatch → ready (prepareSession)',
      samples.uncached.total,
      TARGETS.uncached ?? null,
    ],
    ['cached: loadSession', samples.cached.load, null],
    ['cached: buildPipeline', samples.cached.pipeline, null],
    ['cached: createAgentSession', samples.cached.agent, null],
    ['cached: dispatch → ready (prepareSession)', samples.cached.total, TARGETS.cached ?? null],
  ];
  const header = ['stage', 'p50', 'p95', 'p99', 'p50 ×pk', 'p95 ×pk', 'target p95'];
  const cells = rows.map(([label, values, target]) => {
    const { p50, p95, p99 } = summary(values);
    return [
      label,
      p50.toFixed(2),
      p95.toFixed(2),
      p99.toFixed(2),
      (p50 / pk.p50).toFixed(1),
      (p95 / pk.p95).toFixed(1),
      target === null ? '' : `≤ ${target} ${p95 <= target ? 'met' : 'MISSED'}`,
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length)));
  const line = (row: string[]) => `| ${row.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(
    `\n${ITERATIONS} dispatches of each kind over ${SESSIONS} sessions (interleaved, ${WARMUP} warm-up), times in ms; control API ${flags['in-process'] ? "in the bench's process" : 'in its own process'}\n`,
  );
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of cells) console.log(line(row));
} finally {
  apiProcess?.kill('SIGTERM');
  await bench.close();
}
