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
 *
 * The whole interleaved loop runs twice, and each row says how many of its samples had a GC
 * pause of the bench's own process inside them ("GC in"); each pass reports its event-loop delay.
 * "Back-to-back" is the loop as it always ran: one process builds ~1,300 agent sessions in a
 * row, each AgentSession starts a connection prewarm of its OpenAI LLM (`GET /v1/models`) that
 * stays pending here (no network), and young-generation scavenges of 5–20 ms land inside
 * whatever is being timed. "Job-process-like" models what the SDK runs, one session per
 * prewarmed process: the LLM a measure built is closed after its timed window (a job's process
 * ends with its job), and the young generation is emptied (a scavenge of ~1 ms) before each
 * measure, outside its timed window, so that no measure pays for the garbage of the sessions
 * built before it. The API process, the database and every timed window are the same in both.
 * A full collection instead (`gc()`) was tried and is worse than nothing: its concurrent
 * sweeping competes with the timed work on a 2-CPU machine.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { initializeLogger, llm } from '@livekit/agents';
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
import { printTable, summary, summaryCells } from './report.js';

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

/** The durations of one measure, and when each was taken (to match them with GC pauses). */
interface Series {
  ms: number[];
  windows: [number, number][];
}

interface Stages {
  load: Series;
  pipeline: Series;
  agent: Series;
  total: Series;
}

// The bench's own GC pauses, as [start, end] on the performance.now() clock.
const gcPauses: [number, number][] = [];
const gcObserver = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    gcPauses.push([entry.startTime, entry.startTime + entry.duration]);
  }
});
gcObserver.observe({ entryTypes: ['gc'] });
// Collections on demand without asking for `node --expose-gc` on the command line.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as (options: { type: 'minor' }) => void;

function series(): Series {
  return { ms: [], windows: [] };
}

/** How many samples of the series had a GC pause of this process inside them. */
function withGc(samples: Series): number {
  return samples.windows.filter(([start, end]) =>
    gcPauses.some(([gcStart, gcEnd]) => gcStart < end && gcEnd > start),
  ).length;
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

async function timed<T>(into: Series, run: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  const value = await run();
  const end = performance.now();
  into.ms.push(end - start);
  into.windows.push([start, end]);
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
  /**
   * Dispatch → ready as runJob does it before joining the room (prepareSession), timed. Returns
   * the session's LLM: building the AgentSession starts its connection prewarm.
   */
  const dispatch = async (sessionId: string, versions: VersionCache, into: Series) => {
    const prepared = await timed(into, () =>
      prepareSession({
        api,
        versions,
        keys: FAKE_KEYS,
        sessionId: sessionIdFromMetadata(JSON.stringify({ sessionId })),
        mode: 'voice',
        vad,
        publisher,
      }),
    );
    return prepared.session.llm;
  };
  /** The same three stages, called one by one to see where the time goes. */
  const breakdown = async (sessionId: string, versions: VersionCache, into: Stages) => {
    const loaded = await timed(into.load, () => loadSession({ api, versions, sessionId }));
    const pipeline = await timed(into.pipeline, () =>
      buildPipeline(loaded.rendered.voice, { keys: FAKE_KEYS, mode: 'voice', vad }),
    );
    await timed(into.agent, () => createAgentSession({ api, loaded, pipeline, publisher }));
    return pipeline.llm;
  };

  const stages = (): Stages => ({
    load: series(),
    pipeline: series(),
    agent: series(),
    total: series(),
  });
  const sampleSet = () => ({
    uncached: stages(),
    cached: stages(),
    pk: series(),
    bootstrap: series(),
    version: series(),
    validate: series(),
    render: series(),
  });
  type Samples = ReturnType<typeof sampleSet>;
  const first = await api.bootstrap(sessions[0] as string);
  const { versionId } = first.orientation;
  if (!versionId) throw new Error('a live session is pinned to a published version');
  const document = (await api.orientationVersion(versionId)).document;
  const validated = validateOrientation(document);
  if (!validated.ok) throw new Error('invalid orientation');
  const tenantVariables = first.tenant.variables;
  const pkUrl = `${baseUrl}/v1/tenants/${tenantId}/products/prd_bench`;

  /** Every measure of one iteration, in order; each is timed on its own. */
  const measures = (sessionId: string, into: Samples): (() => Promise<unknown>)[] => [
    () => dispatch(sessionId, new VersionCache(api), into.uncached.total),
    () => dispatch(sessionId, warm, into.cached.total),
    () => breakdown(sessionId, new VersionCache(api), into.uncached),
    () => breakdown(sessionId, warm, into.cached),
    () =>
      timed(into.pk, async () => {
        const response = await fetch(pkUrl, { headers: { authorization: `Bearer ${tenantKey}` } });
        if (!response.ok) throw new Error(`pk read: ${response.status}`);
        await response.json();
      }),
    () => timed(into.bootstrap, () => api.bootstrap(sessionId)),
    () => timed(into.version, () => api.orientationVersion(versionId)),
    () =>
      timed(into.validate, () => {
        if (!validateOrientation(document).ok) throw new Error('invalid orientation');
      }),
    () =>
      timed(into.render, () =>
        renderOrientation(
          validated.orientation,
          resolveVariables(validated.orientation, tenantVariables),
        ),
      ),
  ];

  /**
   * One pass of the interleaved loop. `release`: the LLM a measure built is closed after its
   * timed window, as the end of a job does. `settle`: the young generation is emptied before
   * each measure, outside its timed window.
   */
  const pass = async ({ release, settle }: { release: boolean; settle: boolean }) => {
    const samples = sampleSet();
    const delay = monitorEventLoopDelay({ resolution: 1 });
    const firstPause = gcPauses.length;
    await job.run(async () => {
      // Interleaved so that every measure sees the same database, caches and machine load.
      for (let i = 0; i < WARMUP + ITERATIONS; i++) {
        if (i === WARMUP) delay.enable();
        const sessionId = sessions[i % sessions.length] as string;
        for (const measure of measures(sessionId, i < WARMUP ? sampleSet() : samples)) {
          if (settle) collectGarbage({ type: 'minor' });
          const built = await measure();
          if (release && built instanceof llm.LLM) await built.aclose();
        }
      }
    });
    delay.disable();
    // GC entries reach the observer asynchronously: let the last ones arrive.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const pauses = gcPauses.slice(firstPause).map(([start, end]) => end - start);
    return { samples, delay, pauses };
  };

  const report = (title: string, { samples, delay, pauses }: Awaited<ReturnType<typeof pass>>) => {
    const pk = summary(samples.pk.ms);
    const rows: [string, Series, number | null][] = [
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
    const header = ['stage', 'p50', 'p95', 'p99', 'p50 ×pk', 'p95 ×pk', 'GC in', 'target p95'];
    const cells = rows.map(([label, values, target]) => {
      const { p95, cells } = summaryCells(values.ms, pk);
      return [
        label,
        ...cells,
        String(withGc(values)),
        target === null ? '' : `≤ ${target} ${p95 <= target ? 'met' : 'MISSED'}`,
      ];
    });
    const ms = (ns: number) => (ns / 1e6).toFixed(1);
    console.log(`\n${title}\n`);
    printTable(header, cells);
    console.log(
      `\nGC in: samples (of ${ITERATIONS}) with a GC pause of the bench's process inside them. GC pauses in the pass: ${pauses.length}, ${pauses.reduce((a, b) => a + b, 0).toFixed(0)} ms in all, longest ${Math.max(0, ...pauses).toFixed(1)} ms. Event-loop delay p50 ${ms(delay.percentile(50))}, p99 ${ms(delay.percentile(99))}, max ${ms(delay.max)} ms.`,
    );
  };

  console.log(
    `\n${ITERATIONS} dispatches of each kind over ${SESSIONS} sessions (interleaved, ${WARMUP} warm-up) per pass, times in ms; control API ${flags['in-process'] ? "in the bench's process" : 'in its own process'}`,
  );
  report(
    'Back-to-back, as this bench always ran: one process builds every session in a row',
    await pass({ release: false, settle: false }),
  );
  report(
    'Job-process-like: each LLM closed after its window, the young generation emptied before each measure',
    await pass({ release: true, settle: true }),
  );
} finally {
  gcObserver.disconnect();
  apiProcess?.kill('SIGTERM');
  await bench.close();
}
// The back-to-back pass leaves ~1,300 LLM connection prewarms waiting on DNS (no provider is
// reachable here); they would hold the process for minutes after the report.
process.exit(0);
