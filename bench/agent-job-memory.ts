/**
 * Spawned by bench/agent-turn.ts (not a benchmark on its own): a process that does what a job
 * process does up to a started agent session (import agent.ts and the plugins, prewarm Silero,
 * run the real entry() on a fake job for the session named as its argument) and prints its RSS
 * at each step as one JSON line. agent.ts reads its configuration from the environment the
 * parent passes.
 */
const mb = () => process.memoryUsage().rss / 1024 / 1024;
const rss: Record<string, number> = { started: mb() };

const sessionId = process.argv[2];
if (!sessionId) {
  console.error('Run bench/agent-turn.ts: it starts this process with a session to load.');
  process.exit(2);
}

const { initializeLogger, JobProcess } = await import('@livekit/agents');
// Offline, the session's Deepgram/Cartesia connections fail and are logged: not this bench's.
initializeLogger({ pretty: false, level: 'fatal' });
const { fakeJob } = await import('../services/agent-runtime/src/testing/fake-job.js');
const agent = (await import('../services/agent-runtime/src/agent.js')).default;
rss.imported = mb();

const proc = new JobProcess();
await agent.prewarm?.(proc);
rss.prewarmed = mb();

const job = fakeJob({ metadata: JSON.stringify({ sessionId }), proc });
await job.run(agent.entry);
const session = job.ctx._primaryAgentSession;
if (!session || job.shutdowns.length > 0) {
  console.error(`the session did not start: ${job.shutdowns.join(', ')}`);
  process.exit(1);
}
rss.sessionStarted = mb();
console.log(JSON.stringify(rss));
await session.close();
// The providers' retry timers would keep the process alive.
process.exit(0);
