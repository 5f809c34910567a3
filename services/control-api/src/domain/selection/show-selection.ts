import type { SelectionResult } from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import { readSessionSnapshot } from '../sessions/read-session-snapshot.js';
import { readSelection } from '../sessions/session-views.js';

/** The session's selection and revision. */
export async function showSelection({
  db,
  tenantId,
  sessionId,
}: {
  db: Db;
  tenantId: string;
  sessionId: string;
}): Promise<SelectionResult> {
  const ref = { tenantId, sessionId };
  return readSessionSnapshot(db, ref, async (tx) => ({ selection: await readSelection(tx, ref) }));
}
