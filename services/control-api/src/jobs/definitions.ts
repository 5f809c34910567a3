import { z } from 'zod';

/**
 * The catalogue of background jobs: each has a name, a payload schema and a retry policy.
 * Payloads carry ids only: inputs (files, documents) stay in Postgres, never in Redis, and
 * secrets never travel in a job.
 */
export const jobDefinitions = {
  'catalog.import': {
    payload: z.object({ jobId: z.string(), tenantId: z.string() }).strict(),
    attempts: 5,
  },
  'knowledge.ingest': {
    payload: z.object({ jobId: z.string(), tenantId: z.string(), documentId: z.string() }).strict(),
    attempts: 5,
  },
  'session.finalize': {
    payload: z.object({ sessionId: z.string(), tenantId: z.string() }).strict(),
    attempts: 5,
  },
} as const;

export type JobName = keyof typeof jobDefinitions;
export type JobPayload<N extends JobName> = z.infer<(typeof jobDefinitions)[N]['payload']>;

/** Exponential backoff between attempts: 1 s, 2 s, 4 s… */
export const RETRY_BACKOFF = { type: 'exponential', delay: 1000 } as const;
