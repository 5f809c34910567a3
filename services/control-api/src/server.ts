import { fileURLToPath } from 'node:url';
import { createDb } from '@scenaro/db';
import { Redis } from 'ioredis';
import { buildApp } from './app.js';
import { createAuthenticator } from './auth/authenticate.js';
import { createTemplateStore } from './domain/templates/template-store.js';
import { loadConfig } from './env.js';
import { createJobQueue } from './jobs/queue.js';

const config = loadConfig();
const db = createDb(config.DATABASE_URL);
const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 2, lazyConnect: false });
const jobs = createJobQueue(redis, config.QUEUE_PREFIX);
const templatesDir =
  config.ORIENTATIONS_DIR ?? fileURLToPath(new URL('../../../orientations', import.meta.url));

const app = await buildApp({
  config,
  db,
  redis,
  templates: createTemplateStore(templatesDir),
  jobs,
  authenticator: createAuthenticator({
    db,
    adminKey: config.SCENARO_ADMIN_KEY,
    onBackgroundError: (err) => app.log.warn({ err }, 'could not record key use'),
  }),
});

// Stop accepting work, let requests in flight finish, then close connections.
let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await jobs.close();
    await Promise.allSettled([db.$disconnect(), redis.quit()]);
    process.exit(0);
  });
}

await app.listen({ host: config.HOST, port: config.PORT });
