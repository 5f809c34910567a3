import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { type JobName, type JobPayload, jobDefinitions, RETRY_BACKOFF } from './definitions.js';

export const QUEUE_NAME = 'scenaro-jobs';

/** Where the API puts work for the job worker. */
export interface JobQueue {
  /** Enqueues a job once: the job id makes a repeated enqueue a no-op. */
  enqueue<N extends JobName>(name: N, jobId: string, payload: JobPayload<N>): Promise<void>;
  close(): Promise<void>;
}

/** A BullMQ queue; `prefix` keeps test runs (or environments) apart in one Redis. */
export function createJobQueue(redis: Redis, prefix: string): JobQueue {
  const queue = new Queue(QUEUE_NAME, { connection: redis, prefix });
  return {
    async enqueue(name, jobId, payload) {
      const definition = jobDefinitions[name];
      await queue.add(name, definition.payload.parse(payload), {
        jobId,
        attempts: definition.attempts,
        backoff: RETRY_BACKOFF,
        removeOnComplete: { age: 24 * 3600 },
        removeOnFail: { age: 7 * 24 * 3600 },
      });
    },
    close: () => queue.close(),
  };
}
