import { initializeLogger, JobContext, JobProcess } from '@livekit/agents';
import { beforeAll, describe, expect, it } from 'vitest';
import { VersionCache } from '../orientation/version-cache.js';
import { cavisteApi } from '../testing/fixtures.js';
import { runJob, START_FAILED_REASON } from './run-job.js';

beforeAll(() => initializeLogger({ pretty: false, level: 'warn' }));

// A job context as the SDK builds one for console mode (`fakeJob`): connect() does nothing.
function fakeJobContext(metadata: string) {
  const shutdowns: string[] = [];
  let connected = 0;
  const room = {
    name: 'room',
    on: () => room,
    off: () => room,
    isConnected: false,
    remoteParticipants: new Map(),
  };
  const ctx = new JobContext(
    new JobProcess(),
    {
      acceptArguments: { name: 'agent', identity: 'agent', metadata: '' },
      job: { id: 'job_1', metadata, room: { name: 'room' }, attributes: {} },
      url: 'ws://127.0.0.1:7880',
      token: 'token',
      workerId: 'worker_1',
      fakeJob: true,
    } as never,
    room as never,
    () => {
      connected++;
    },
    (reason: string) => {
      shutdowns.push(reason);
    },
    {} as never,
  );
  return { ctx, shutdowns, connected: () => connected };
}

describe('runJob when the session cannot start', () => {
  it('records why, ends the session and the job, and never connects (missing provider keys)', async () => {
    const api = cavisteApi();
    const job = fakeJobContext('{"sessionId":"ses_1"}');
    await runJob(job.ctx, { api, versions: new VersionCache(api), keys: {}, vad: null });
    expect(job.shutdowns).toEqual([START_FAILED_REASON]);
    expect(job.connected()).toBe(0);
    expect(api.status).toBe('ended');
    expect(api.events).toEqual([
      {
        type: 'runtime.error',
        payload: { stage: 'start', message: expect.stringContaining('OPENAI_API_KEY') },
      },
    ]);
  });

  it('ends the job without any API call when the metadata has no session id', async () => {
    const api = cavisteApi();
    const job = fakeJobContext('not json');
    await runJob(job.ctx, { api, versions: new VersionCache(api), keys: {}, vad: null });
    expect(job.shutdowns).toEqual([START_FAILED_REASON]);
    expect(api.calls).toEqual([]);
  });

  it('ends the job when the control API does not know the session', async () => {
    const api = cavisteApi();
    const job = fakeJobContext('{"sessionId":"ses_unknown"}');
    await runJob(job.ctx, { api, versions: new VersionCache(api), keys: {}, vad: null });
    expect(job.shutdowns).toEqual([START_FAILED_REASON]);
    expect(api.status).toBe('active');
  });
});
