import { defineAgent, type JobContext, type JobProcess, type VAD } from '@livekit/agents';
import * as silero from '@livekit/agents-plugin-silero';
import { HttpControlApi } from './control-api/client.js';
import { loadConfig } from './env.js';
import { VersionCache } from './orientation/version-cache.js';
import { runJob } from './session/run-job.js';

// Module state of a job process. The SDK runs one job per forked process, so the version
// cache mostly de-duplicates concurrent fetches here; it pays off in long-lived processes
// (text playground, benchmarks) that build many sessions.
const config = loadConfig();
const api = new HttpControlApi({
  baseUrl: config.CONTROL_API_URL,
  runtimeKey: config.SCENARO_RUNTIME_KEY ?? '',
});
const versions = new VersionCache(api);

interface ProcessData extends Record<string, unknown> {
  vad?: VAD;
}

/** The Scenaro voice agent: one job per session, built from the session's pinned orientation. */
export default defineAgent<ProcessData>({
  // Loading Silero and reaching the control API take a moment; idle processes do both before a
  // job is assigned, so that the job's bootstrap is its first real request, not its first fetch.
  prewarm: async (proc: JobProcess<ProcessData>) => {
    const [vad] = await Promise.all([silero.VAD.load(), api.warmUp()]);
    proc.userData.vad = vad;
  },
  entry: async (ctx: JobContext<ProcessData>) => {
    await runJob(ctx as unknown as JobContext, {
      api,
      versions,
      keys: config,
      vad: ctx.proc.userData.vad ?? null,
    });
  },
});
