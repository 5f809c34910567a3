import type { CartResult } from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import { readSessionSnapshot } from '../sessions/read-session-snapshot.js';
import { readCart } from '../sessions/session-views.js';

/** The session's cart (lines, totals in cents) and revision. */
export async function showCart({
  db,
  tenantId,
  sessionId,
}: {
  db: Db;
  tenantId: string;
  sessionId: string;
}): Promise<CartResult> {
  const ref = { tenantId, sessionId };
  return readSessionSnapshot(db, ref, async (tx) => ({ cart: await readCart(tx, ref) }));
}
