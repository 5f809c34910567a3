import type { SelectionChange } from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import { AppError } from '../../errors.js';
import { inOpenSession, recordStateChange } from '../sessions/lock-session.js';
import { readSelection } from '../sessions/session-views.js';
import { requireSelection } from './selection-enabled.js';

/** Removes a product from the session's selection. */
export async function removeFromSelection({
  db,
  tenantId,
  sessionId,
  productId,
}: {
  db: Db;
  tenantId: string;
  sessionId: string;
  productId: string;
}): Promise<SelectionChange> {
  const ref = { tenantId, sessionId };
  return inOpenSession(db, ref, async (tx, session, limits) => {
    requireSelection(limits);
    const removed = await tx.selectionItem.deleteMany({
      where: { tenantId, sessionId, productId },
    });
    if (removed.count === 0) {
      throw new AppError('not_in_selection', 'This product is not in the selection.');
    }
    const revision = await recordStateChange(tx, session, 'selection.removed', { productId });
    return { productId, changed: true, selection: await readSelection(tx, ref), revision };
  });
}
