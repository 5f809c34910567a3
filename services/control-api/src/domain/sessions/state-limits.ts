import type { DbTx } from '@scenaro/db';
import { type Orientation, orientationSchema } from '@scenaro/orientation';
import { setBounded } from '../../lib/bounded-map.js';
import { draftSnapshot } from '../runtime/pinned-orientation.js';

/** The `state` section of a pinned orientation: what a session may hold. */
export type StateLimits = Orientation['state'];

// Published versions are immutable, so their limits can be kept for the life of the process.
const cache = new Map<string, StateLimits>();
const CACHE_SIZE = 1000;

/**
 * The selection and cart limits of the version a session is pinned to, or of the draft
 * snapshot a playground session runs (defaults if neither).
 */
export async function stateLimits(
  tx: DbTx,
  {
    id,
    tenantId,
    orientationVersionId,
  }: { id: string; tenantId: string; orientationVersionId: string | null },
): Promise<StateLimits> {
  if (!orientationVersionId) return snapshotLimits(tx, { id, tenantId });
  const cached = cache.get(orientationVersionId);
  if (cached) return cached;
  const version = await tx.orientationVersion.findFirst({
    where: { id: orientationVersionId, tenantId },
    select: { document: true },
  });
  const document = version?.document as { state?: unknown } | null | undefined;
  const limits = parseState(document?.state);
  setBounded(cache, orientationVersionId, limits, CACHE_SIZE);
  return limits;
}

async function snapshotLimits(
  tx: DbTx,
  session: { id: string; tenantId: string },
): Promise<StateLimits> {
  const snapshot = await draftSnapshot(tx, session);
  return snapshot ? snapshot.orientation.state : parseState(undefined);
}

function parseState(state: unknown): StateLimits {
  // Published documents were validated (defaults filled); parsing again only guards old rows.
  const parsed = orientationSchema.shape.state.safeParse(state);
  return parsed.success ? parsed.data : orientationSchema.shape.state.parse(undefined);
}
