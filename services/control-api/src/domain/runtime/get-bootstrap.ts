import type { RuntimeBootstrap } from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import { runtimeSession } from './runtime-session.js';

/**
 * Everything a runtime job needs to start a session: the session, its tenant's name and
 * variable values, and the version it is pinned to (fetched separately and cached by id) or,
 * for a playground session on a draft, the draft snapshot itself.
 */
export async function getBootstrap({
  db,
  sessionId,
}: {
  db: Db;
  sessionId: string;
}): Promise<RuntimeBootstrap> {
  const session = await runtimeSession({ db, sessionId });
  return {
    session: { id: session.id, status: session.status, revision: session.revision },
    tenant: { id: session.tenantId, ...session.tenant },
    orientation: {
      versionId: session.orientation.versionId,
      slug: session.orientation.slug,
      version: session.orientation.version,
      // A draft snapshot has no version to fetch (and cache) by id: it travels inline.
      ...(session.orientation.versionId === null ? { document: session.orientation.document } : {}),
    },
  };
}
