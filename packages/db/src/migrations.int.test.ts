import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import {
  databaseName,
  ensureDatabase,
  quoteIdent,
  runPrisma,
  withDatabase,
  withMaintenanceClient,
} from './setup.js';
import { createTestDatabase, type TestDatabase } from './testing.js';

const serverUrl = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  await Promise.all(cleanups.map((cleanup) => cleanup()));
});

describe('migrations', () => {
  it('prisma/migrations produce exactly prisma/schema.prisma (no schema change without a migration)', async () => {
    // The engine reads the server version from the configured database, which must exist
    // (CI has no dev database); the diff itself runs in a throwaway shadow database.
    const scratch = await createTestDatabase();
    cleanups.push(scratch.drop);
    const result = await runPrisma(
      [
        'migrate',
        'diff',
        '--from-migrations',
        'prisma/migrations',
        '--to-schema',
        'prisma/schema.prisma',
        '--exit-code',
      ],
      { DATABASE_URL: scratch.url },
    );
    // 2 means "there is a difference": run `npm run db:migrate:dev -- --name <change>`.
    expect(result, `${result.stdout}\n${result.stderr}`).toMatchObject({ code: 0 });
  });
});

describe('createTestDatabase', () => {
  it('gives each caller its own migrated database', async () => {
    const [a, b] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    cleanups.push(a.drop, b.drop);
    expect(a.url).not.toBe(b.url);

    await a.db.partner.create({ data: { id: 'p1', name: 'Partner One' } });
    expect(await a.db.partner.count()).toBe(1);
    expect(await b.db.partner.count()).toBe(0);

    const migrations = (db: TestDatabase['db']) =>
      db.$queryRaw<{ migration_name: string }[]>`
        SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL`;
    expect((await migrations(b.db)).length).toBeGreaterThan(0);
  });

  it('drop() removes the database', async () => {
    const started = performance.now();
    const t = await createTestDatabase();
    console.info(`createTestDatabase() took ${Math.round(performance.now() - started)} ms`);
    await t.drop();
    const exists = await withMaintenanceClient(serverUrl, async (client) => {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
        databaseName(t.url),
      ]);
      return Boolean(rowCount);
    });
    expect(exists).toBe(false);
  });
});

describe('ensureDatabase', () => {
  it('creates a missing database once, even with concurrent callers', async () => {
    const url = withDatabase(
      serverUrl,
      `scenaro_t_${Math.floor(Date.now() / 1000)}_ensure_${randomBytes(4).toString('hex')}`,
    );
    cleanups.push(() =>
      withMaintenanceClient(serverUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS ${quoteIdent(databaseName(url))} WITH (FORCE)`),
      ),
    );
    const created = await Promise.all([
      ensureDatabase(url),
      ensureDatabase(url),
      ensureDatabase(url),
    ]);
    expect(created.filter(Boolean)).toHaveLength(1);
    expect(await ensureDatabase(url)).toBe(false);
  });
});
