import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { ConsoleRole, ConsoleUserView } from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import { createTestDatabase } from '@scenaro/db/testing';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { Redis } from 'ioredis';
import { buildApp } from '../app.js';
import { createAuthenticator } from '../auth/authenticate.js';
import { createTemplateStore } from '../domain/templates/template-store.js';
import { loadConfig } from '../env.js';
import { createJobQueue, type JobQueue } from '../jobs/queue.js';

export const ADMIN_KEY = 'test-admin-key-0123456789abcdef';
export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
/** LiveKit settings of test apps (no server needed: tokens are only minted); '' unsets one. */
export const TEST_LIVEKIT = {
  LIVEKIT_URL: 'ws://127.0.0.1:7880',
  LIVEKIT_API_KEY: 'test-livekit-key',
  LIVEKIT_API_SECRET: 'test-livekit-secret-0123456789abcdef',
} as const;

export interface TestApp {
  app: FastifyInstance;
  adminKey: string;
  db: Db;
  redis: Redis;
  jobs: JobQueue;
  /** The job queue's Redis prefix, unique to this test app. */
  queuePrefix: string;
  call(options: CallOptions): Promise<Awaited<ReturnType<FastifyInstance['inject']>>>;
  close(): Promise<void>;
}

export interface CallOptions {
  method: InjectOptions['method'];
  url: string;
  key?: string | null;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A database the app runs on, and how to get rid of it when the app closes. */
export interface AppDatabase {
  url: string;
  db: Db;
  drop(): Promise<void>;
}

/** The real app on its own fresh database and the real Redis. */
export async function createTestApp(
  env: Record<string, string> = {},
  options: { beforeReady?: (app: FastifyInstance) => void } = {},
): Promise<TestApp> {
  return createAppOn(await createTestDatabase(), env, options);
}

/** The real app on the given database (tests and benchmarks); `close()` drops the database. */
export async function createAppOn(
  database: AppDatabase,
  env: Record<string, string> = {},
  options: { beforeReady?: (app: FastifyInstance) => void } = {},
): Promise<TestApp> {
  const config = loadConfig({
    DATABASE_URL: database.url,
    REDIS_URL,
    SCENARO_ADMIN_KEY: ADMIN_KEY,
    RATE_LIMIT_PER_MINUTE: '100000',
    LOG_LEVEL: 'silent',
    QUEUE_PREFIX: `test-${database.url.split('/').pop()}`,
    ...TEST_LIVEKIT,
    ...env,
  });
  const adminKey = config.SCENARO_ADMIN_KEY;
  const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 1 });
  const jobs = createJobQueue(redis, config.QUEUE_PREFIX);
  const app = await buildApp(
    {
      config,
      db: database.db,
      redis,
      jobs,
      templates: createTemplateStore(
        fileURLToPath(new URL('../../../../orientations', import.meta.url)),
      ),
      authenticator: createAuthenticator({
        db: database.db,
        adminKey,
        onBackgroundError: () => {},
      }),
    },
    { logger: false },
  );
  options.beforeReady?.(app);
  await app.ready();
  return {
    app,
    adminKey,
    db: database.db,
    redis,
    jobs,
    queuePrefix: config.QUEUE_PREFIX,
    call: ({ method, url, key = adminKey, body, headers = {} }) =>
      app.inject({
        method,
        url,
        headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...headers },
        ...(body === undefined
          ? {}
          : typeof body === 'string'
            ? { payload: body }
            : { payload: body as object }),
      }),
    async close() {
      await app.close();
      await jobs.close();
      redis.disconnect();
      await database.drop();
    },
  };
}

/** Creates a partner through the API; returns its id and key. */
export async function createPartner(t: TestApp, name = 'Partner') {
  const response = await t.call({ method: 'POST', url: '/v1/partners', body: { name } });
  if (response.statusCode !== 201) throw new Error(`partner: ${response.body}`);
  const body = response.json();
  return { id: body.partner.id as string, key: body.key.secret as string };
}

/** Creates a caviste tenant through the API with the given key; returns its id and keys. */
export async function createTenant(t: TestApp, key: string = t.adminKey, name = 'Shop') {
  const response = await t.call({
    method: 'POST',
    url: '/v1/tenants',
    key,
    body: { name, template: 'caviste', allowedOrigins: ['http://localhost:4321'] },
  });
  if (response.statusCode !== 201) throw new Error(`tenant: ${response.body}`);
  const body = response.json();
  return {
    id: body.tenant.id as string,
    key: body.keys[0].secret as string,
    publishableKey: body.keys[1].secret as string,
  };
}

/**
 * Creates a console user through the API (with the admin key) and signs them in. `tenantId`
 * null makes a platform-wide user. Email and password are generated when not given.
 */
export async function createConsoleUser(
  t: TestApp,
  options: {
    role: ConsoleRole;
    tenantId: string | null;
    email?: string;
    password?: string;
    name?: string;
  },
): Promise<{ user: ConsoleUserView; token: string; email: string; password: string }> {
  const email = options.email ?? `user-${randomUUID()}@example.com`;
  const password = options.password ?? `password-${randomUUID()}`;
  const created = await t.call({
    method: 'POST',
    url: '/v1/console/users',
    body: {
      email,
      password,
      name: options.name ?? `Test ${options.role}`,
      role: options.role,
      tenantId: options.tenantId,
    },
  });
  if (created.statusCode !== 201) throw new Error(`console user: ${created.body}`);
  const session = await t.call({
    method: 'POST',
    url: '/v1/console/sessions',
    key: null,
    body: { email, password },
  });
  if (session.statusCode !== 201) throw new Error(`console sign-in: ${session.body}`);
  return { user: created.json(), token: session.json().token, email, password };
}

/** A snapshot of every table, to prove a refused request changed nothing. */
export async function snapshot(db: Db) {
  const [tenants, partners, keys, orientations, versions, audit, idempotency] = await Promise.all([
    db.tenant.findMany({ orderBy: { id: 'asc' } }),
    db.partner.findMany({ orderBy: { id: 'asc' } }),
    db.apiKey.findMany({
      orderBy: { id: 'asc' },
      select: { id: true, revokedAt: true, name: true },
    }),
    db.orientation.findMany({ orderBy: { id: 'asc' } }),
    db.orientationVersion.findMany({ orderBy: { id: 'asc' } }),
    db.auditEvent.count(),
    db.idempotencyRecord.count(),
  ]);
  return { tenants, partners, keys, orientations, versions, audit, idempotency };
}
