import type { SelectionChange } from '@scenaro/api-contract';
import type { Db } from '@scenaro/db';
import { AppError } from '../../errors.js';
import { inOpenSession, recordStateChange } from '../sessions/lock-session.js';
import { findSessionProduct } from '../sessions/session-product.js';
import { readSelection } from '../sessions/session-views.js';
import { requireSelection } from './selection-enabled.js';

/** Adds a product to the session's selection; a product already there is left as it is. */
export async function addToSelection({
  db,
  tenantId,
  sessionId,
  productId,
  note,
}: {
  db: Db;
  tenantId: string;
  sessionId: string;
  productId: string;
  note?: string | undefined;
}): Promise<SelectionChange> {
  const ref = { tenantId, sessionId };
  return inOpenSession(db, ref, async (tx, session, limits) => {
    const { maxItems } = requireSelection(limits);
    const product = await findSessionProduct(tx, tenantId, productId);
    const existing = await tx.selectionItem.count({ where: { tenantId, sessionId, productId } });
    if (existing > 0) {
      return {
        productId,
        changed: false,
        selection: await readSelection(tx, ref),
        revision: session.revision,
      };
    }
    const count = await tx.selectionItem.count({ where: { tenantId, sessionId } });
    if (count >= maxItems) {
      throw new AppError(
        'selection_full',
        `The selection is full (${maxItems} products); remove one before adding ${product.name}.`,
      );
    }
    await tx.selectionItem.create({
      data: { tenantId, sessionId, productId, note: note ?? null },
    });
    const revision = await recordStateChange(tx, session, 'selection.added', {
      productId,
      note: note ?? null,
    });
    return { productId, changed: true, selection: await readSelection(tx, ref), revision };
  });
}
