import type { Db } from '@scenaro/db';
import { sessionNotFound } from '../sessions/session-errors.js';
import { type SessionOrientation, sessionOrientation } from './pinned-orientation.js';

/** A session as the runtime sees it: its tenant (from the row) and the orientation it runs. */
export interface RuntimeSession {
  id: string;
  tenantId: string;
  status: 'created' | 'active' | 'ended';
  revision: number;
  /** Its tenant's name and variable values (as stored, defaults not applied). */
  tenant: { name: string; variables: Record<string, unknown> };
  /** Its pinned version, or the draft snapshot of a playground session. */
  orientation: SessionOrientation;
}

interface SessionRow {
  id: string;
  tenantId: string;
  status: RuntimeSession['status'];
  revision: number;
  orientationVersionId: string | null;
  tenantName: string;
  variables: Record<string, unknown> | null;
}

/**
 * Loads a session by id alone: runtime calls name only the session, so this row is what gives
 * every later query its tenant. 404 for an unknown session.
 */
export async function runtimeSession({
  db,
  sessionId,
}: {
  db: Db;
  sessionId: string;
}): Promise<RuntimeSession> {
  // One round trip with the tenant joined on its primary key: every job's bootstrap needs the
  // tenant's variables, and Prisma would read a relation with a second query.
  const [row] = await db.$queryRaw<SessionRow[]>`
    SELECT s."id", s."tenantId", s."status"::text AS "status", s."revision",
           s."orientationVersionId", t."name" AS "tenantName", t."variables"
    FROM "Session" s
    JOIN "Tenant" t ON t."id" = s."tenantId"
    WHERE s."id" = ${sessionId}`;
  if (!row) throw sessionNotFound(sessionId);
  return {
    id: row.id,
    tenantId: row.tenantId,
    status: row.status,
    revision: row.revision,
    tenant: { name: row.tenantName, variables: row.variables ?? {} },
    orientation: await sessionOrientation(db, row),
  };
}
