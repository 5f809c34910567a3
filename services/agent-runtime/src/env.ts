import { z } from 'zod';

const optionalSecret = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value));

// The only place that reads process.env: everything else receives a RuntimeConfig.
const envSchema = z.object({
  CONTROL_API_URL: z.url().default('http://127.0.0.1:8080'),
  SCENARO_RUNTIME_KEY: optionalSecret,
  LIVEKIT_URL: optionalSecret,
  LIVEKIT_API_KEY: optionalSecret,
  LIVEKIT_API_SECRET: optionalSecret,
  AGENT_NAME: z.string().min(1).default('scenaro-agent'),
  OPENAI_API_KEY: optionalSecret,
  DEEPGRAM_API_KEY: optionalSecret,
  CARTESIA_API_KEY: optionalSecret,
  HEALTH_PORT: z.coerce.number().int().min(0).max(65_535).default(8081),
  // Each job is a forked process of ~200 MB: keep the warm pool small by default.
  NUM_IDLE_PROCESSES: z.coerce.number().int().min(0).max(64).default(1),
  // The text playground server (src/playground/main.ts).
  PLAYGROUND_HOST: z.string().min(1).default('127.0.0.1'),
  PLAYGROUND_PORT: z.coerce.number().int().min(0).max(65_535).default(8082),
  PLAYGROUND_MAX_SESSIONS: z.coerce.number().int().min(1).max(1000).default(20),
  // Browser origins allowed to call the playground: the same default as the control API's.
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
});

/** The runtime's configuration, parsed once from the environment. */
export type RuntimeConfig = z.infer<typeof envSchema>;

/** Provider API keys, by the environment variable that holds them. */
export type ProviderKeys = Partial<
  Pick<RuntimeConfig, 'OPENAI_API_KEY' | 'DEEPGRAM_API_KEY' | 'CARTESIA_API_KEY'>
>;

/** Parses the environment; throws a readable error listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): RuntimeConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid agent-runtime configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
