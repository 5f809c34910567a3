// Generates the Prisma client when the schema changed; unless --generate-only, also creates
// the database if missing and applies pending migrations with `prisma migrate deploy`.
import { ensureDatabase, generateClient, migrateDeploy } from '@scenaro/db/setup';

await generateClient();
if (!process.argv.includes('--generate-only')) {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is required');
  await ensureDatabase(url);
  await migrateDeploy(url);
}
