// A fresh, fully migrated database per integration test file, in a fraction of a second:
// migrations run once into a template database per schema/migrations content, and each test
// database is a copy of it (CREATE DATABASE … TEMPLATE).
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDb, type Db } from './client.js';
import {
  migrateDeploy,
  quoteIdent,
  repoRoot,
  withDatabase,
  withMaintenanceClient,
} from './setup.js';

/** A database of one's own: its URL, a client on it, and `drop()` to remove both. */
export interface TestDatabase {
  url: string;
  db: Db;
  drop(): Promise<void>;
}

const TEST_PREFIX = 'scenaro_t_';
const TEMPLATE_PREFIX = 'scenaro_tpl_';
const STALE_AFTER_SECONDS = 3600;

/** Hash of everything that decides the migrated schema: schema.prisma and the migrations. */
function schemaHash(): string {
  const hash = createHash('sha256');
  const add = (path: string) => hash.update(`${path}\0`).update(readFileSync(join(repoRoot, path)));
  add('prisma/schema.prisma');
  const migrations = join(repoRoot, 'prisma/migrations');
  for (const entry of readdirSync(migrations, { recursive: true, encoding: 'utf8' }).sort()) {
    if (entry.endsWith('.sql') || entry.endsWith('.toml')) add(join('prisma/migrations', entry));
  }
  return hash.digest('hex').slice(0, 16);
}

async function databaseExists(serverUrl: string, name: string): Promise<boolean> {
  return withMaintenanceClient(serverUrl, async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    return Boolean(rowCount);
  });
}

/** Builds the template once; parallel workers wait on a Postgres advisory lock meanwhile. */
async function ensureTemplate(serverUrl: string, template: string): Promise<void> {
  if (await databaseExists(serverUrl, template)) return;
  await withMaintenanceClient(serverUrl, async (client) => {
    // Advisory locks are scoped to the database the session is in: everyone takes this one
    // from `postgres`. It is released when the session ends, even if this process crashes.
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [template]);
    try {
      if (await databaseExists(serverUrl, template)) return;
      // Migrate under a temporary name and rename when done, so that a template that exists is
      // complete even if a run crashed half way.
      const building = `${template}_building`;
      await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(building)} WITH (FORCE)`);
      await client.query(`CREATE DATABASE ${quoteIdent(building)}`);
      await migrateDeploy(withDatabase(serverUrl, building));
      await client.query(
        `ALTER DATABASE ${quoteIdent(building)} RENAME TO ${quoteIdent(template)}`,
      );
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [template]);
    }
  });
}

let staleSwept = false;

/** Drops test databases left by crashed runs (their names carry their creation time); best effort. */
async function dropStaleTestDatabases(serverUrl: string): Promise<void> {
  if (staleSwept) return;
  staleSwept = true;
  const cutoff = Math.floor(Date.now() / 1000) - STALE_AFTER_SECONDS;
  try {
    await withMaintenanceClient(serverUrl, async (client) => {
      const { rows } = await client.query<{ datname: string }>(
        'SELECT datname FROM pg_database WHERE starts_with(datname, $1)',
        [TEST_PREFIX],
      );
      for (const { datname } of rows) {
        const created = Number(datname.slice(TEST_PREFIX.length).split('_')[0]);
        if (!(created < cutoff)) continue;
        await client
          .query(`DROP DATABASE IF EXISTS ${quoteIdent(datname)} WITH (FORCE)`)
          .catch(() => {});
      }
    });
  } catch {
    // Housekeeping only: never fail a test because of it.
  }
}

/** A fresh, fully migrated database (on the server of TEST_DATABASE_URL or DATABASE_URL). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl =
    process.env.TEST_DATABASE_URL ??
    process.env.DATABASE_URL ??
    'postgresql://postgres@127.0.0.1:5432/postgres';
  const template = `${TEMPLATE_PREFIX}${schemaHash()}`;
  const name = `${TEST_PREFIX}${Math.floor(Date.now() / 1000)}_${randomBytes(4).toString('hex')}`;
  await Promise.all([ensureTemplate(serverUrl, template), dropStaleTestDatabases(serverUrl)]);
  await withMaintenanceClient(serverUrl, (client) =>
    client.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}`),
  );
  const url = withDatabase(serverUrl, name);
  const db = createDb(url);
  return {
    url,
    db,
    async drop() {
      await db.$disconnect();
      await withMaintenanceClient(serverUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`),
      );
    },
  };
}
