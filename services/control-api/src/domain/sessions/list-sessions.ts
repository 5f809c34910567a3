import type { SessionListItemView, SessionListQuery } from '@scenaro/api-contract';
import { type Db, Prisma } from '@scenaro/db';
import { afterCursor, newestFirst, toPage } from '../../lib/pagination.js';
import {
  DEFAULT_CURRENCY,
  draftSlugs,
  sessionView,
  sessionWithVersion,
  withoutSnapshot,
} from './session-views.js';

/** The tenant's sessions, newest first; of one mode only when `query.mode` is set. */
export async function listSessions({
  db,
  tenantId,
  query,
}: {
  db: Db;
  tenantId: string;
  query: SessionListQuery;
}) {
  const rows = await db.session.findMany({
    where: {
      tenantId,
      ...(query.mode ? { mode: query.mode } : {}),
      ...afterCursor(query.cursor),
    },
    include: sessionWithVersion,
    omit: withoutSnapshot,
    orderBy: newestFirst,
    take: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const [drafts, counts] = await Promise.all([
    draftSlugs(db, tenantId, page),
    pageCounts(db, tenantId, page),
  ]);
  return toPage(rows, query.limit, (row) => ({
    ...sessionView(row, drafts.get(row.id)),
    stats: {
      durationMs: row.endedAt ? Math.max(0, row.endedAt.getTime() - row.createdAt.getTime()) : null,
      ...(counts.get(row.id) ?? NO_COUNTS),
    },
  }));
}

type Counts = Omit<SessionListItemView['stats'], 'durationMs'>;
const NO_COUNTS: Counts = { turns: 0, toolCalls: 0, cartTotalCents: 0, currency: DEFAULT_CURRENCY };

/**
 * Turns, tool calls and cart total of a page of sessions in one query, so a list never needs
 * each session's detail (the event counts use the `(sessionId, createdAt)` index). Events
 * are counted as the detail's transcript reads them: one without its text or name is skipped.
 */
async function pageCounts(
  db: Db,
  tenantId: string,
  sessions: readonly { id: string }[],
): Promise<Map<string, Counts>> {
  if (sessions.length === 0) return new Map();
  const rows = await db.$queryRaw<(Counts & { id: string; currency: string | null })[]>`
    SELECT s."id",
      (SELECT count(*)::int FROM "SessionEvent" e
        WHERE e."tenantId" = ${tenantId} AND e."sessionId" = s."id"
          AND e."type" IN ('transcript.user', 'transcript.agent')
          AND jsonb_typeof(e."payload"->'text') = 'string') AS "turns",
      (SELECT count(*)::int FROM "SessionEvent" e
        WHERE e."tenantId" = ${tenantId} AND e."sessionId" = s."id"
          AND e."type" = 'tool.call'
          AND jsonb_typeof(e."payload"->'name') = 'string') AS "toolCalls",
      (SELECT coalesce(sum(c."quantity" * c."unitPriceCents"), 0)::int FROM "CartLine" c
        WHERE c."tenantId" = ${tenantId} AND c."sessionId" = s."id") AS "cartTotalCents",
      (SELECT min(p."currency") FROM "CartLine" c JOIN "Product" p ON p."id" = c."productId"
        WHERE c."tenantId" = ${tenantId} AND c."sessionId" = s."id") AS "currency"
    FROM "Session" s
    WHERE s."tenantId" = ${tenantId} AND s."id" IN (${Prisma.join(sessions.map(({ id }) => id))})`;
  return new Map(
    rows.map(({ id, currency, ...counts }) => [
      id,
      { ...counts, currency: currency ?? DEFAULT_CURRENCY },
    ]),
  );
}
