import { z } from 'zod';

/** An optional variable where an empty value (`LIVEKIT_URL=`) means unset. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

// The only place that reads process.env: everything else receives a Config.
const envSchema = z.object({
  DATABASE_URL: z.string().url().default('postgresql://postgres@127.0.0.1:5432/scenaro'),
  REDIS_URL: z.string().url().default('redis://127.0.0.1:6379'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(1).max(65_535).default(8080),
  SCENARO_ADMIN_KEY: z
    .string()
    .min(24, 'SCENARO_ADMIN_KEY must be at least 24 characters')
    .describe('Platform admin key (npm start generates a development one when unset)'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  CORS_ORIGINS: z
    .string()
    .default(
      'http://localhost:5173,http://127.0.0.1:5173,http://localhost:4321,http://127.0.0.1:4321',
    )
    .transform((value) =>
      value
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    ),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[a-zA-Z0-9_-]+$/)
    .default('scenaro')
    .describe('Redis key prefix of the job queue (one per environment)'),
  WORKER_CONCURRENCY: z.coerce
    .number()
    .int()
    .min(1)
    .max(64)
    .default(2)
    .describe('Jobs the worker process (src/worker.ts) runs at once'),
  ORIENTATIONS_DIR: z.string().optional().describe('Where orientation templates are read from'),
  // Voice sessions: without all three, POST …/sessions answers 503.
  LIVEKIT_URL: optional(
    z.string().url().describe('LiveKit server URL the voice client connects to (wss://…)'),
  ),
  LIVEKIT_API_KEY: optional(z.string().min(1)),
  LIVEKIT_API_SECRET: optional(z.string().min(1)),
  CONSOLE_SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(720)
    .default(12)
    .describe('How long a console sign-in lasts before the user must sign in again'),
  // Read only by the demo seed (npm start): the platform admin it creates for the console.
  SCENARO_CONSOLE_EMAIL: optional(z.string().trim().toLowerCase().email()),
  SCENARO_CONSOLE_PASSWORD: optional(z.string().min(12).max(256)),
  AGENT_NAME: z
    .string()
    .min(1)
    .max(100)
    .default('scenaro-agent')
    .describe('Agent name the runtime registers under; participant tokens dispatch it'),
});

export type Config = z.infer<typeof envSchema>;

/** Parses the environment once at boot; throws a readable error listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
