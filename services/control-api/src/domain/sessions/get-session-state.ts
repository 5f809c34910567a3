import type { SessionStateView } from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import { readSessionSnapshot } from './read-session-snapshot.js';
import { readCart, readSelection } from './session-views.js';

/** Selection, cart and revision of a session. */
export async function getSessionState({
  db,
  tenantId,
  sessionId,
}: {
  db: Db;
  tenantId: string;
  sessionId: string;
}): Promise<SessionStateView> {
  const ref = { tenantId, sessionId };
  return readSessionSnapshot(db, ref, async (tx) => ({
    selection: await readSelection(tx, ref),
    cart: await readCart(tx, ref),
  }));
}
