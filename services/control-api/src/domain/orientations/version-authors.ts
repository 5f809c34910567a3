import type { Db, DbTx } from '@scenaro/db';

/**
 * Human names for the actors that published versions: a console user as "Name <email>", an
 * API key by its name. One query for a whole page of versions, whatever their authors; an id
 * found nowhere (the environment's admin key, a deleted user) is left out, and shown as is.
 */
export async function versionAuthors(
  db: Db | DbTx,
  actorIds: readonly string[],
): Promise<Map<string, string>> {
  const ids = [...new Set(actorIds)];
  if (ids.length === 0) return new Map();
  const rows = await db.$queryRaw<{ id: string; name: string; email: string | null }[]>`
    SELECT "id", "name", "email" FROM "ConsoleUser" WHERE "id" = ANY(${ids})
    UNION ALL
    SELECT "id", "name", NULL FROM "ApiKey" WHERE "id" = ANY(${ids})`;
  return new Map(rows.map((row) => [row.id, row.email ? `${row.name} <${row.email}>` : row.name]));
}
