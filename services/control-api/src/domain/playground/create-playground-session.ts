import type {
  CreatePlaygroundSessionBody,
  PlaygroundPreview,
  PlaygroundSessionView,
} from '@scenaro/api-contract';
import type { Db, DbTx } from '@scenaro/db';
import { actorOf, type Principal } from '../../auth/principal.js';
import { newId } from '../../lib/ids.js';
import { findNamedOrPrimary } from '../orientations/find-current-version.js';
import { findVersion } from '../orientations/find-orientation.js';

/** The body once parsed (defaults applied). */
export type PlaygroundSessionBody = Pick<CreatePlaygroundSessionBody, 'orientation'> & {
  source: Exclude<CreatePlaygroundSessionBody['source'], undefined>;
};

interface Resolved {
  slug: string;
  /** null: the draft. */
  version: number | null;
  versionId: string | null;
  document: Record<string, unknown>;
}

async function resolve(db: DbTx, tenantId: string, body: PlaygroundSessionBody): Promise<Resolved> {
  const orientation = await findNamedOrPrimary(db, tenantId, body.orientation);
  if (body.source === 'draft') {
    return {
      slug: orientation.slug,
      version: null,
      versionId: null,
      document: orientation.draft as Record<string, unknown>,
    };
  }
  const version = await findVersion(db, tenantId, orientation.id, body.source.version);
  return {
    slug: orientation.slug,
    version: version.version,
    versionId: version.id,
    document: version.document as Record<string, unknown>,
  };
}

/**
 * What a playground session on this body would run, without writing anything: the
 * orientation's draft as it is now, or one of its published versions (404 when missing).
 */
export async function previewPlaygroundSession({
  db,
  tenantId,
  body,
}: {
  db: Db;
  tenantId: string;
  body: PlaygroundSessionBody;
}): Promise<PlaygroundPreview> {
  const resolved = await resolve(db, tenantId, body);
  return {
    tenantId,
    orientation: { slug: resolved.slug, version: resolved.version },
    document: resolved.document,
  };
}

/**
 * Starts a text playground session: a real session (its selection and cart are real rows) in
 * `playground` mode, run by the agent runtime's playground server rather than a LiveKit job.
 * On the draft it keeps a snapshot, so later edits never reach a running conversation; on a
 * version it is pinned like a voice session.
 */
export async function createPlaygroundSession({
  db,
  tenantId,
  principal,
  body,
}: {
  db: Db;
  tenantId: string;
  principal: Principal;
  body: PlaygroundSessionBody;
}): Promise<PlaygroundSessionView> {
  // One transaction: the snapshot is the draft exactly as it was when the session was created.
  return db.$transaction(async (tx) => {
    const resolved = await resolve(tx, tenantId, body);
    const orientation = { slug: resolved.slug, version: resolved.version };
    const sessionId = newId('ses');
    await tx.session.create({
      data: {
        id: sessionId,
        tenantId,
        mode: 'playground',
        createdBy: actorOf(principal),
        ...(resolved.versionId
          ? { orientationVersionId: resolved.versionId }
          : { orientationSnapshot: resolved.document as object }),
      },
    });
    await tx.sessionEvent.create({
      data: {
        id: newId('evt'),
        tenantId,
        sessionId,
        type: 'session.created',
        payload: { orientation, mode: 'playground' },
      },
    });
    return { sessionId, tenantId, orientation };
  });
}
