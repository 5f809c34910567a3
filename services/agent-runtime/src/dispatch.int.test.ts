import { JobType } from '@livekit/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_LIVEKIT } from '../../control-api/src/testing/harness.js';
import { createLiveWorld, type LiveWorld } from './testing/live-control-api.js';
import { LiveKitWorkerDouble } from './testing/livekit-worker-double.js';
import { type LoggedRequest, recordRequests } from './testing/request-log.js';
import {
  freePort,
  isAlive,
  startWorkerProcess,
  type WorkerProcess,
} from './testing/worker-process.js';

// The dispatch path end to end, short of media: the real worker (`src/main.ts start`, a child
// process forking its job processes) registers with a double of the LiveKit server, accepts a
// job for a session created through the real control API, and the job's entry() loads that
// session. Joining the room then fails (the double has no media server), which the job records.

const AGENT_NAME = 'scenaro-agent';

let w: LiveWorld;
let requests: LoggedRequest[] = [];
let double: LiveKitWorkerDouble;
let worker: WorkerProcess | undefined;

beforeAll(async () => {
  w = await createLiveWorld({
    beforeReady: (app) => {
      requests = recordRequests(app);
    },
  });
  double = await LiveKitWorkerDouble.start({
    apiKey: TEST_LIVEKIT.LIVEKIT_API_KEY,
    apiSecret: TEST_LIVEKIT.LIVEKIT_API_SECRET,
  });
});
afterAll(async () => {
  await worker?.stop(5_000);
  await double?.close();
  await w?.close();
});

/** The dispatch a session's participant token carries (`roomConfig.agents[0]`). */
function tokenDispatch(participantToken: string) {
  const payload = participantToken.split('.')[1] ?? '';
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as {
    roomConfig: { agents: { agentName: string; metadata: string }[] };
  };
  const [dispatch] = claims.roomConfig.agents;
  if (!dispatch) throw new Error('the participant token dispatches no agent');
  return dispatch;
}

// Generous waits: the worker, its inference process and each job process import the SDK and the
// plugins through tsx, which takes 10–30 s apiece on a loaded two-core machine.
async function until<T>(read: () => Promise<T | undefined>, what: string, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}\n--- worker output ---\n${worker?.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('the worker dispatched through a LiveKit worker-protocol double', () => {
  it('registers, accepts the job of a session and loads it from the control API', async () => {
    worker = startWorkerProcess({
      LIVEKIT_URL: double.url,
      LIVEKIT_API_KEY: TEST_LIVEKIT.LIVEKIT_API_KEY,
      LIVEKIT_API_SECRET: TEST_LIVEKIT.LIVEKIT_API_SECRET,
      CONTROL_API_URL: w.baseUrl,
      SCENARO_RUNTIME_KEY: w.runtimeKey,
      OPENAI_API_KEY: 'sk-test-not-a-key',
      DEEPGRAM_API_KEY: 'test-deepgram-not-a-key',
      CARTESIA_API_KEY: 'test-cartesia-not-a-key',
      AGENT_NAME,
      HEALTH_PORT: String(await freePort()),
      NUM_IDLE_PROCESSES: '1',
      // Debug: the shutdown below waits for one of the SDK's debug lines.
      LOG_LEVEL: 'debug',
    });

    const registered = await double.acceptRegistration(120_000).catch((error: Error) => {
      throw new Error(`${error.message}\n--- worker output ---\n${worker?.output()}`);
    });
    expect(registered.request.agentName).toBe(AGENT_NAME);
    expect(registered.request.type).toBe(JobType.JT_ROOM);
    expect(registered.claims).toMatchObject({ iss: TEST_LIVEKIT.LIVEKIT_API_KEY });
    expect(double.refused).toEqual([]);

    // A session as the voice client starts it; its token carries the dispatch LiveKit would do.
    const created = await w.t.call({
      method: 'POST',
      url: `/v1/tenants/${w.shop.id}/sessions`,
      key: w.shop.key,
    });
    expect(created.statusCode, created.body).toBe(201);
    const { sessionId, roomName, participantToken } = created.json() as {
      sessionId: string;
      roomName: string;
      participantToken: string;
    };
    const dispatch = tokenDispatch(participantToken);
    expect(dispatch.agentName).toBe(AGENT_NAME);
    expect(JSON.parse(dispatch.metadata)).toEqual({ sessionId });

    const from = requests.length;
    const offered = await double.dispatch({ roomName, ...dispatch, timeoutMs: 60_000 });
    expect(offered.availability).toMatchObject({ jobId: offered.job.id, available: true });
    expect(offered.availability.participantIdentity).not.toBe('');
    expect(offered.assignment?.url).toBe(double.url);

    // The job's entry() runs in a forked job process: what it did is seen through the API.
    const failure = await until(
      () =>
        w.t.db.sessionEvent
          .findFirst({ where: { sessionId, type: 'runtime.error' } })
          .then((event) => event ?? undefined),
      'the job to record its start failure',
    );
    const version = await w.t.db.orientationVersion.findFirstOrThrow({
      where: { tenantId: w.shop.id, orientation: { slug: 'caviste' }, version: 1 },
    });
    // The process reached the API in its prewarm, before the job came (maybe after `from`: an
    // idle process may still be warming up when the job is offered).
    const warmUp = requests.findIndex((call) => call.url === '/healthz');
    expect(warmUp).toBeGreaterThanOrEqual(0);
    expect(warmUp).toBeLessThan(requests.findIndex((call) => call.url.endsWith('/bootstrap')));
    const calls = requests.slice(from).filter((call) => call.url !== '/healthz');
    expect(calls.slice(0, 2)).toEqual([
      { method: 'GET', url: `/v1/runtime/sessions/${sessionId}/bootstrap`, bearer: w.runtimeKey },
      {
        method: 'GET',
        url: `/v1/runtime/orientation-versions/${version.id}`,
        bearer: w.runtimeKey,
      },
    ]);
    // It went as far as joining the room, at the assigned URL with the assigned token.
    await double.roomJoinWith(offered.assignment?.token ?? '');
    // …and stopped there: the double refused the room, nothing earlier failed.
    expect(failure.payload).toMatchObject({
      stage: 'start',
      message: expect.stringContaining('no media server here'),
    });
    await until(
      () =>
        w.t.db.session
          .findUniqueOrThrow({ where: { id: sessionId } })
          .then((session) => (session.status === 'ended' ? session : undefined)),
      'the session to be ended',
    );

    // Clean shutdown: the worker, its job and inference processes, nothing left behind. The
    // worker replaces the job process that ended with a new idle one; a shutdown request reaching
    // a process still in its prewarm is lost, and the SDK then waits shutdownProcessTimeout (60 s)
    // before killing it. So let the replacement finish starting (its debug line) first.
    await worker.waitForOutput('job runner initialized', 2, 60_000);
    const children = worker.descendants();
    expect(children.length).toBeGreaterThan(0);
    const code = await worker.stop(90_000);
    // The SDK's CLI exits 143 once the worker has drained and closed on SIGTERM.
    expect(code, worker.output()).toBe(143);
    await until(
      async () => (children.some(isAlive) ? undefined : true),
      'the job and inference processes to exit',
      15_000,
    );
  }, 300_000);
});
