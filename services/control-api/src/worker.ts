import { createDb } from '@scenaro/db';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { loadConfig } from './env.js';
import { createProcessors } from './jobs/processors.js';
import { startJobWorker } from './jobs/worker.js';

// The job worker process: runs catalogue imports and knowledge ingestion next to the API.
const config = loadConfig();
const log = pino({ level: config.LOG_LEVEL });
const db = createDb(config.DATABASE_URL);
const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 2 });
const worker = startJobWorker({
  redis,
  prefix: config.QUEUE_PREFIX,
  processors: createProcessors({ db }),
  concurrency: config.WORKER_CONCURRENCY,
  onError: (err, job) => log.warn({ err, jobId: job?.id, jobName: job?.name }, 'job failed'),
});
log.info({ concurrency: config.WORKER_CONCURRENCY }, 'job worker started');

// Let the jobs in flight finish (BullMQ waits for them), then close connections.
let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    if (closing) return;
    closing = true;
    log.info({ signal }, 'job worker shutting down');
    await worker.close();
    await Promise.allSettled([db.$disconnect(), redis.quit()]);
    process.exit(0);
  });
}
