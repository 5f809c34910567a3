// Database creation, migrations and client generation. Deliberately independent of the
// generated client: it is what produces it.
import { execFile } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

/** The repository root, where prisma.config.ts and prisma/ live. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

const generatedDir = fileURLToPath(new URL('./generated', import.meta.url));
const schemaPath = fileURLToPath(new URL('../../../prisma/schema.prisma', import.meta.url));

/** The name of the database a Postgres URL points at. */
export function databaseName(databaseUrl: string): string {
  return decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
}

/** The same URL pointing at another database on the same server. */
export function withDatabase(databaseUrl: string, database: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

/** Double-quotes a Postgres identifier. */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Runs `fn` with a client on the server's `postgres` maintenance database, then closes it. */
export async function withMaintenanceClient<T>(
  databaseUrl: string,
  fn: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(databaseUrl, 'postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates the database named in the URL if it does not exist; true when this call created it. */
export async function ensureDatabase(databaseUrl: string): Promise<boolean> {
  const name = databaseName(databaseUrl);
  return withMaintenanceClient(databaseUrl, async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount) return false;
    try {
      await client.query(`CREATE DATABASE ${quoteIdent(name)}`);
      return true;
    } catch (error) {
      // A concurrent caller won the race: 42P04 duplicate_database, or 23505 when both
      // inserted into pg_database at the same moment.
      const code = (error as { code?: string }).code;
      if (code === '42P04' || code === '23505') return false;
      throw error;
    }
  });
}

/** Runs the Prisma CLI in the repo root; resolves with its exit code and output. */
export function runPrisma(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const cli = createRequire(import.meta.url).resolve('prisma/build/index.js');
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [cli, ...args],
      {
        cwd: repoRoot,
        // No update check: these machines have no network besides the npm registry.
        env: { ...process.env, CHECKPOINT_DISABLE: '1', PRISMA_HIDE_UPDATE_MESSAGE: '1', ...env },
        maxBuffer: 16 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') reject(error);
        else resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
      },
    );
  });
}

/** Applies pending migrations with the real `prisma migrate deploy`; throws with its output. */
export async function migrateDeploy(databaseUrl: string): Promise<void> {
  const { code, stdout, stderr } = await runPrisma(['migrate', 'deploy'], {
    DATABASE_URL: databaseUrl,
  });
  if (code !== 0)
    throw new Error(`prisma migrate deploy failed (exit ${code}):\n${stdout}${stderr}`);
}

/** Runs `prisma generate` if the client is missing or older than schema.prisma; true if it ran. */
export async function generateClient(): Promise<boolean> {
  const marker = `${generatedDir}/client.ts`;
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(schemaPath).mtimeMs) return false;
  const { code, stdout, stderr } = await runPrisma(['generate']);
  if (code !== 0) throw new Error(`prisma generate failed (exit ${code}):\n${stdout}${stderr}`);
  return true;
}
