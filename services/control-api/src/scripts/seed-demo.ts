// Seeds the demo shop (a caviste tenant) once, and prints its id and keys as KEY=value lines
// for `npm start` to keep in .scenaro/dev.env. Safe to run on every start.
import { fileURLToPath } from 'node:url';
import { createDb } from '@scenaro/db';
import type { Principal } from '../auth/principal.js';
import { issueApiKey } from '../domain/api-keys/issue-api-key.js';
import { createTemplateStore } from '../domain/templates/template-store.js';
import { createTenant } from '../domain/tenants/create-tenant.js';
import { loadConfig } from '../env.js';

const DEMO_NAME = 'La Cave du Coin (démo)';
const DEMO_ORIGINS = ['http://localhost:4321', 'http://127.0.0.1:4321'];

const config = loadConfig();
const db = createDb(config.DATABASE_URL);
const seeder: Principal = { kind: 'admin', keyId: 'seed' };
const templates = createTemplateStore(
  config.ORIENTATIONS_DIR ?? fileURLToPath(new URL('../../../../orientations', import.meta.url)),
);
const haveKeys = process.argv.includes('--have-keys');

try {
  const existing = await db.tenant.findFirst({ where: { name: DEMO_NAME, template: 'caviste' } });
  if (!existing) {
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
    const [tenantKey, publishableKey] = created.keys;
    console.log(`SCENARO_DEMO_TENANT_ID=${created.tenant.id}`);
    console.log(`SCENARO_DEMO_TENANT_KEY=${tenantKey?.secret}`);
    console.log(`SCENARO_DEMO_PUBLISHABLE_KEY=${publishableKey?.secret}`);
  } else if (!haveKeys) {
    // The keys were lost (they are only ever shown once): issue fresh ones.
    const [tenantKey, publishableKey] = await db.$transaction(async (tx) => [
      await issueApiKey(tx, { kind: 'tenant', name: 'Development key', tenantId: existing.id }),
      await issueApiKey(tx, {
        kind: 'publishable',
        name: 'Development publishable key',
        tenantId: existing.id,
        allowedOrigins: DEMO_ORIGINS,
      }),
    ]);
    console.log(`SCENARO_DEMO_TENANT_ID=${existing.id}`);
    console.log(`SCENARO_DEMO_TENANT_KEY=${tenantKey?.secret}`);
    console.log(`SCENARO_DEMO_PUBLISHABLE_KEY=${publishableKey?.secret}`);
  }
} finally {
  await db.$disconnect();
}
