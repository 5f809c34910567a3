import { inference, initializeLogger, JobProcess, type voice } from '@livekit/agents';
import * as cartesia from '@livekit/agents-plugin-cartesia';
import * as deepgram from '@livekit/agents-plugin-deepgram';
import * as openai from '@livekit/agents-plugin-openai';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type FakeJob, fakeJob } from './testing/fake-job.js';
import { cavisteDocument } from './testing/fixtures.js';
import { createLiveWorld, type LiveWorld } from './testing/live-control-api.js';
import { type LoggedRequest, recordRequests } from './testing/request-log.js';

// The real entry() of agent.ts (module state, env parsing, prewarm) in this process, with a
// fake job context (no LiveKit server) against the real control API and Postgres. Provider keys
// are fake: the session starts, and its STT/TTS then fail to reach Deepgram/Cartesia offline.

let w: LiveWorld;
let requests: LoggedRequest[] = [];
let agent: typeof import('./agent.js')['default'];
const proc = new JobProcess();
/** Jobs started by the current test, their agent sessions closed after it. */
let running: FakeJob[] = [];

beforeAll(async () => {
  // The providers' connection failures (offline) are logged as warnings: expected here.
  initializeLogger({ pretty: false, level: 'error' });
  w = await createLiveWorld({
    beforeReady: (app) => {
      requests = recordRequests(app);
    },
  });
  // agent.ts reads its configuration once, at import: set it as the worker's environment would.
  vi.stubEnv('CONTROL_API_URL', w.baseUrl);
  vi.stubEnv('SCENARO_RUNTIME_KEY', w.runtimeKey);
  vi.stubEnv('OPENAI_API_KEY', 'sk-test-not-a-key');
  vi.stubEnv('DEEPGRAM_API_KEY', 'test-deepgram-not-a-key');
  vi.stubEnv('CARTESIA_API_KEY', 'test-cartesia-not-a-key');
  agent = (await import('./agent.js')).default;
  await agent.prewarm?.(proc);
});
afterEach(async () => {
  await Promise.all(running.map((job) => job.ctx._primaryAgentSession?.close()));
  running = [];
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await w?.close();
});

/** Publishes the shop's caviste again, with another LLM model and greeting: version 2. */
async function publishV2() {
  const base = `/v1/tenants/${w.shop.id}/orientations/caviste`;
  const document = cavisteDocument() as {
    voice: { llm: { model: string } };
    prompt: { greeting: string };
  };
  document.voice.llm.model = 'gpt-4.1';
  document.prompt.greeting = 'Bonsoir, version deux.';
  const put = await w.t.call({ method: 'PUT', url: base, key: w.shop.key, body: document });
  expect(put.statusCode, put.body).toBe(200);
  const published = await w.t.call({
    method: 'POST',
    url: `${base}/publish`,
    key: w.shop.key,
    body: {},
  });
  expect(published.statusCode, published.body).toBe(201);
  expect(published.json().version).toBe(2);
}

async function versionId(version: number) {
  const row = await w.t.db.orientationVersion.findFirstOrThrow({
    where: { tenantId: w.shop.id, version, orientation: { slug: 'caviste' } },
    select: { id: true },
  });
  return row.id;
}

/** Runs the real entry() for a session; returns the job and the API calls it made. */
async function dispatch(sessionId: string) {
  const from = requests.length;
  const job = fakeJob({ metadata: JSON.stringify({ sessionId }), proc, jobId: `job_${sessionId}` });
  running.push(job);
  await job.run(agent.entry);
  return { job, calls: requests.slice(from) };
}

function startedSession(job: FakeJob): voice.AgentSession {
  const session = job.ctx._primaryAgentSession;
  if (!session) throw new Error('entry() started no agent session');
  return session;
}

const runtimeRead = (url: string) => ({ method: 'GET', url, bearer: w.runtimeKey });

describe('the real entry() with a fake job, against the real control API', () => {
  it('reaches the control API in prewarm, so that a job does not pay for the first request', () => {
    expect(requests.filter((call) => call.url === '/healthz')).toEqual([
      { method: 'GET', url: '/healthz', bearer: w.runtimeKey },
    ]);
  });

  it('builds each session from the version it is pinned to, even after a new publish', async () => {
    const v1Session = await w.newSession();
    const laterV1Session = await w.newSession();
    await publishV2();
    const v2Session = await w.newSession();
    const [v1, v2] = [await versionId(1), await versionId(2)];

    const first = await dispatch(v1Session);
    // Metadata → bootstrap (runtime key) → the pinned version, nothing else before the session.
    expect(first.calls).toEqual([
      runtimeRead(`/v1/runtime/sessions/${v1Session}/bootstrap`),
      runtimeRead(`/v1/runtime/orientation-versions/${v1}`),
    ]);
    expect(first.job.shutdowns).toEqual([]);
    expect(first.job.connects()).toBe(1);
    const session = startedSession(first.job);
    expect(session.llm).toBeInstanceOf(openai.LLM);
    expect((session.llm as openai.LLM).model).toBe('gpt-4.1-mini');
    expect(session.stt).toBeInstanceOf(deepgram.STT);
    expect((session.stt as deepgram.STT).model).toBe('nova-3');
    expect(session.tts).toBeInstanceOf(cartesia.TTS);
    expect((session.tts as cartesia.TTS).model).toBe('sonic-2');
    // The Silero VAD the process loaded in prewarm, and the local end-of-turn model.
    expect(session.vad).toBe(proc.userData.vad);
    expect(session.vad).toBeDefined();
    expect(session.turnDetection).toBeInstanceOf(inference.TurnDetector);
    expect(session.sessionOptions.maxToolSteps).toBe(5);
    expect(session.sessionOptions.turnHandling.endpointing).toMatchObject({
      minDelay: 500,
      maxDelay: 3000,
    });
    const agentInSession = session.currentAgent;
    expect(agentInSession.instructions).toContain('# Platform rules');
    // Rendered with the tenant's variables (here the template's defaults).
    expect(agentInSession.instructions).toContain('La Cave du Coin');
    expect(agentInSession.instructions).not.toContain('{{');
    expect(Object.keys(agentInSession.toolCtx.functionTools)).toHaveLength(16);
    expect(Object.keys(agentInSession.toolCtx.functionTools)).toContain('add_to_cart');

    const second = await dispatch(v2Session);
    expect(second.calls).toEqual([
      runtimeRead(`/v1/runtime/sessions/${v2Session}/bootstrap`),
      runtimeRead(`/v1/runtime/orientation-versions/${v2}`),
    ]);
    expect((startedSession(second.job).llm as openai.LLM).model).toBe('gpt-4.1');

    // Another v1 session in the same process: versions are immutable, the cache answers.
    const third = await dispatch(laterV1Session);
    expect(third.calls).toEqual([runtimeRead(`/v1/runtime/sessions/${laterV1Session}/bootstrap`)]);
    expect((startedSession(third.job).llm as openai.LLM).model).toBe('gpt-4.1-mini');
  });

  it('records nothing wrong while running, and ends the session when the job ends', async () => {
    const sessionId = await w.newSession();
    const { job } = await dispatch(sessionId);
    const before = await w.t.db.session.findUniqueOrThrow({ where: { id: sessionId } });
    expect(before.status).not.toBe('ended');
    const events = await w.t.db.sessionEvent.findMany({ where: { sessionId } });
    expect(events.map((event) => event.type)).not.toContain('runtime.error');

    // The agent session closing ends the job; the SDK then runs the shutdown callbacks.
    await startedSession(job).close();
    expect(job.shutdowns).toHaveLength(1);
    const from = requests.length;
    await job.runShutdownCallbacks();
    expect(requests.slice(from).map((r) => `${r.method} ${r.url}`)).toContain(
      `POST /v1/runtime/sessions/${sessionId}/end`,
    );
    const after = await w.t.db.session.findUniqueOrThrow({ where: { id: sessionId } });
    expect(after.status).toBe('ended');
    const ended = await w.t.db.sessionEvent.findFirstOrThrow({
      where: { sessionId, type: 'session.ended' },
    });
    expect(ended.payload).toEqual({ reason: 'job_ended' });
  });
});
