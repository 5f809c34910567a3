import { type Job, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { type JobName, type JobPayload, jobDefinitions } from './definitions.js';
import { QUEUE_NAME } from './queue.js';

export interface JobContext {
  /** 1 on the first attempt. */
  attempt: number;
  /** Whether this is the last attempt: a processor records a final failure only then. */
  isLastAttempt: boolean;
}

export type Processor<N extends JobName> = (
  payload: JobPayload<N>,
  context: JobContext,
) => Promise<void>;
export type Processors = { [N in JobName]: Processor<N> };

export interface JobWorker {
  close(): Promise<void>;
}

/**
 * Runs jobs from the queue with the given processors. Processors must be idempotent: a job
 * whose worker died is run again from the start.
 */
export function startJobWorker({
  redis,
  prefix,
  processors,
  concurrency = 2,
  onError,
}: {
  redis: Redis;
  prefix: string;
  processors: Processors;
  concurrency?: number;
  onError: (error: unknown, job: Job | undefined) => void;
}): JobWorker {
  // Workers block on Redis, so they need their own connection without a retry cap. BullMQ does
  // not close a connection it was given: close() does, or the process never exits.
  const connection = redis.duplicate({ maxRetriesPerRequest: null });
  const worker = new Worker(
    QUEUE_NAME,
    async (job: Job) => {
      const name = job.name as JobName;
      const definition = jobDefinitions[name];
      if (!definition) throw new Error(`Unknown job ${job.name}`);
      const payload = definition.payload.parse(job.data);
      const attempt = job.attemptsMade + 1;
      const processor = processors[name] as Processor<typeof name>;
      await processor(payload as never, { attempt, isLastAttempt: attempt >= definition.attempts });
    },
    { connection, prefix, concurrency },
  );
  worker.on('failed', (job, error) => onError(error, job));
  worker.on('error', (error) => onError(error, undefined));
  return {
    async close() {
      await worker.close();
      await connection.quit();
    },
  };
}
