import type { DbTx } from '@scenaro/db';
import { type Orientation, orientationSchema } from '@scenaro/orientation';
import { AppError } from '../../errors.js';
import { setBounded } from '../../lib/bounded-map.js';

/** A published orientation version, as the runtime reads it. */
export interface PinnedVersion {
  id: string;
  tenantId: string;
  slug: string;
  version: number;
  /** The stored document, exactly as published. */
  document: Record<string, unknown>;
  /** The same document parsed (defaults filled). */
  orientation: Orientation;
}

// Published versions are immutable, so a parsed version can be kept for the life of the process.
const cache = new Map<string, PinnedVersion>();
const CACHE_SIZE = 500;

/**
 * A published version by id. `tenantId` scopes the lookup when the caller knows it (from a
 * session row); the runtime's version fetch names only the id, which is unguessable and
 * handed out by the bootstrap of a session.
 */
export async function pinnedVersion(
  db: DbTx,
  { versionId, tenantId }: { versionId: string; tenantId?: string },
): Promise<PinnedVersion> {
  const cached = cache.get(versionId);
  if (cached && (tenantId === undefined || cached.tenantId === tenantId)) return cached;
  const row = await db.orientationVersion.findFirst({
    where: { id: versionId, ...(tenantId === undefined ? {} : { tenantId }) },
    select: {
      id: true,
      tenantId: true,
      version: true,
      document: true,
      orientation: { select: { slug: true } },
    },
  });
  if (!row) throw new AppError('not_found', 'No such orientation version.');
  // Published documents were validated when published; a failure here is a corrupt row.
  const parsed = orientationSchema.safeParse(row.document);
  if (!parsed.success) {
    throw new AppError('unavailable', 'This assistant version cannot be loaded right now.');
  }
  const pinned: PinnedVersion = {
    id: row.id,
    tenantId: row.tenantId,
    slug: row.orientation.slug,
    version: row.version,
    document: row.document as Record<string, unknown>,
    orientation: parsed.data,
  };
  setBounded(cache, versionId, pinned, CACHE_SIZE);
  return pinned;
}

/** The orientation a session runs: its pinned version, or the draft snapshot of a playground session. */
export interface SessionOrientation {
  /** null for a draft snapshot. */
  versionId: string | null;
  slug: string;
  /** null for a draft snapshot. */
  version: number | null;
  document: Record<string, unknown>;
  orientation: Orientation;
}

// A snapshot never changes once its session is created, so it is parsed once per session.
const snapshots = new Map<string, SessionOrientation>();

/**
 * What a session runs, from its row: the published version it is pinned to, or (playground on
 * a draft) the snapshot taken when it started. Every runtime read of a session's tools, state
 * limits or document goes through here, so a draft session never sees the published version.
 */
export async function sessionOrientation(
  db: DbTx,
  session: { id: string; tenantId: string; orientationVersionId: string | null },
): Promise<SessionOrientation> {
  if (session.orientationVersionId) {
    const pinned = await pinnedVersion(db, {
      versionId: session.orientationVersionId,
      tenantId: session.tenantId,
    });
    return {
      versionId: pinned.id,
      slug: pinned.slug,
      version: pinned.version,
      document: pinned.document,
      orientation: pinned.orientation,
    };
  }
  const snapshot = await draftSnapshot(db, session);
  if (!snapshot) {
    throw new AppError('orientation_not_published', 'This session has no assistant version.');
  }
  return snapshot;
}

/**
 * A playground session's draft snapshot (null when the session has none), read and parsed
 * once per session: the whole document is loaded only on the first call, not on every one.
 */
export async function draftSnapshot(
  db: DbTx,
  { id, tenantId }: { id: string; tenantId: string },
): Promise<SessionOrientation | null> {
  const cached = snapshots.get(id);
  if (cached) return cached;
  const row = await db.session.findFirst({
    where: { id, tenantId },
    select: { orientationSnapshot: true },
  });
  if (row?.orientationSnapshot === null || row?.orientationSnapshot === undefined) return null;
  // Drafts are validated when saved; a failure here is a corrupt row.
  const parsed = orientationSchema.safeParse(row.orientationSnapshot);
  if (!parsed.success) {
    throw new AppError('unavailable', 'This assistant draft cannot be loaded right now.');
  }
  const snapshot: SessionOrientation = {
    versionId: null,
    slug: parsed.data.slug,
    version: null,
    document: row.orientationSnapshot as Record<string, unknown>,
    orientation: parsed.data,
  };
  setBounded(snapshots, id, snapshot, CACHE_SIZE);
  return snapshot;
}
