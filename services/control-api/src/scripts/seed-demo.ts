// Seeds the demo shop (a caviste tenant) once — its orientation, catalogue and knowledge
// documents — and a platform admin for the console, and prints ids, keys and the console
// sign-in as KEY=value lines for `npm start` to keep in .scenaro/dev.env. Safe to run on
// every start: what exists is left alone.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDb, type Db } from '@scenaro/db';
import { Redis } from 'ioredis';
import { verifyPassword } from '../auth/passwords.js';
import type { Principal } from '../auth/principal.js';
import { issueApiKey } from '../domain/api-keys/issue-api-key.js';
import { tenantCatalog } from '../domain/catalog/tenant-catalog.js';
import { upsertProducts } from '../domain/catalog/upsert-products.js';
import { createConsoleUser } from '../domain/console-users/create-console-user.js';
import { updateConsoleUser } from '../domain/console-users/update-console-user.js';
import { uploadKnowledgeDocument } from '../domain/knowledge/upload-document.js';
import { createTemplateStore } from '../domain/templates/template-store.js';
import { createTenant } from '../domain/tenants/create-tenant.js';
import { loadConfig } from '../env.js';
import { createJobQueue } from '../jobs/queue.js';
import { randomBase62 } from '../lib/ids.js';

const DEMO_NAME = 'La Cave du Coin (démo)';
const DEFAULT_CONSOLE_EMAIL = 'admin@scenaro.local';
const DEMO_ORIGINS = ['http://localhost:4321', 'http://127.0.0.1:4321'];
const demoDir = fileURLToPath(new URL('../../../../demo/caviste/', import.meta.url));

const config = loadConfig();
const db = createDb(config.DATABASE_URL);
const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 2 });
const jobs = createJobQueue(redis, config.QUEUE_PREFIX);
const seeder: Principal = { kind: 'admin', keyId: 'seed' };
const templates = createTemplateStore(
  config.ORIENTATIONS_DIR ?? fileURLToPath(new URL('../../../../orientations', import.meta.url)),
);
const haveKeys = process.argv.includes('--have-keys');
const haveRuntimeKey = process.argv.includes('--have-runtime-key');

/** Prints the settings `npm start` keeps. */
function print(name: string, value: string | undefined) {
  console.log(`${name}=${value ?? ''}`);
}

/** The demo tenant, created from the caviste template on the first run. */
async function demoTenant(): Promise<string> {
  const existing = await db.tenant.findFirst({ where: { name: DEMO_NAME, template: 'caviste' } });
  if (existing) {
    if (!haveKeys) {
      // The keys were lost (they are only ever shown once): issue fresh ones.
      await db.$transaction(async (tx) => {
        print(
          'SCENARO_DEMO_TENANT_KEY',
          (
            await issueApiKey(tx, {
              kind: 'tenant',
              name: 'Development key',
              tenantId: existing.id,
            })
          ).secret,
        );
        print(
          'SCENARO_DEMO_PUBLISHABLE_KEY',
          (
            await issueApiKey(tx, {
              kind: 'publishable',
              name: 'Development publishable key',
              tenantId: existing.id,
              allowedOrigins: DEMO_ORIGINS,
            })
          ).secret,
        );
      });
    }
    print('SCENARO_DEMO_TENANT_ID', existing.id);
    return existing.id;
  }
  const created = await db.$transaction(
    (tx) =>
      createTenant({
        tx,
        principal: seeder,
        templates,
        body: { name: DEMO_NAME, template: 'caviste', allowedOrigins: DEMO_ORIGINS },
      }),
    { timeout: 20_000 },
  );
  print('SCENARO_DEMO_TENANT_ID', created.tenant.id);
  print('SCENARO_DEMO_TENANT_KEY', created.keys[0]?.secret);
  print('SCENARO_DEMO_PUBLISHABLE_KEY', created.keys[1]?.secret);
  return created.tenant.id;
}

/**
 * The console's platform admin: SCENARO_CONSOLE_EMAIL / SCENARO_CONSOLE_PASSWORD when given,
 * else admin@scenaro.local with a generated password, printed once for `npm start` to keep.
 * Re-running restores the admin role and enables the account; without a password it leaves the
 * existing one alone (it is the one kept in .scenaro/dev.env).
 */
async function consoleAdmin() {
  const email = config.SCENARO_CONSOLE_EMAIL ?? DEFAULT_CONSOLE_EMAIL;
  const given = config.SCENARO_CONSOLE_PASSWORD;
  const existing = await db.consoleUser.findUnique({ where: { email } });
  if (!existing) {
    const password = given ?? randomBase62(24);
    await createConsoleUser({
      db,
      principal: seeder,
      body: { email, name: 'Scenaro admin', password, role: 'admin', tenantId: null },
    });
    print('SCENARO_CONSOLE_EMAIL', email);
    print('SCENARO_CONSOLE_PASSWORD', password);
    return;
  }
  if (existing.tenantId) {
    console.error(`${email} is a tenant's console user; set SCENARO_CONSOLE_EMAIL to another one.`);
    return;
  }
  const passwordChanged =
    given !== undefined && !(await verifyPassword(given, existing.passwordHash));
  if (passwordChanged || existing.role !== 'admin' || existing.disabledAt) {
    await updateConsoleUser({
      db,
      principal: seeder,
      userId: existing.id,
      body: { role: 'admin', disabled: false, ...(passwordChanged && { password: given }) },
    });
  }
  print('SCENARO_CONSOLE_EMAIL', email);
  if (given !== undefined) print('SCENARO_CONSOLE_PASSWORD', given);
}

/** Loads the demo wine list when the shop has no product yet. */
async function seedCatalog(database: Db, tenantId: string) {
  if ((await database.product.count({ where: { tenantId } })) > 0) return;
  const products = JSON.parse(await readFile(join(demoDir, 'catalog.json'), 'utf8')) as unknown[];
  const orientation = await tenantCatalog({ db: database, tenantId });
  await upsertProducts({ db: database, tenantId, orientation, products });
}

/** Queues the demo knowledge documents when the shop has none; the job worker ingests them. */
async function seedKnowledge(database: Db, tenantId: string) {
  if ((await database.knowledgeDocument.count({ where: { tenantId } })) > 0) return;
  const dir = join(demoDir, 'knowledge');
  for (const file of (await readdir(dir)).filter((name) => name.endsWith('.md')).sort()) {
    const content = await readFile(join(dir, file), 'utf8');
    const title = /^#\s+(.+)$/m.exec(content)?.[1]?.trim() ?? file.replace(/\.md$/, '');
    await uploadKnowledgeDocument({
      db: database,
      jobs,
      tenantId,
      upload: { title, content, contentType: 'text/markdown' },
    });
  }
}

try {
  const tenantId = await demoTenant();
  await seedCatalog(db, tenantId);
  await seedKnowledge(db, tenantId);
  await consoleAdmin();
  if (!haveRuntimeKey) {
    // The agent runtime's platform key, for `npm start` to hand to the worker it launches.
    const runtimeKey = await db.$transaction((tx) =>
      issueApiKey(tx, { kind: 'runtime', name: 'Development agent runtime' }),
    );
    print('SCENARO_RUNTIME_KEY', runtimeKey.secret);
  }
} finally {
  await jobs.close();
  redis.disconnect();
  await db.$disconnect();
}
