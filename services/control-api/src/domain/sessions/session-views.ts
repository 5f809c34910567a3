import type { CartView, SelectionItemView, SessionView } from '@scenaro/api-contract';
import type { DbTx } from '@scenaro/db';
import type { SessionRef } from './lock-session.js';

/** Currency of an empty cart (the catalogue's default). */
const DEFAULT_CURRENCY = 'EUR';

/** A session row with its pinned version, as the queries of this folder select it. */
export const sessionWithVersion = {
  orientationVersion: { select: { version: true, orientation: { select: { slug: true } } } },
} as const;

/** Public shape of a session. */
export function sessionView(session: {
  id: string;
  tenantId: string;
  status: 'created' | 'active' | 'ended';
  revision: number;
  createdAt: Date;
  endedAt: Date | null;
  orientationVersion: { version: number; orientation: { slug: string } } | null;
}): SessionView {
  return {
    id: session.id,
    tenantId: session.tenantId,
    status: session.status,
    orientation: session.orientationVersion
      ? {
          slug: session.orientationVersion.orientation.slug,
          version: session.orientationVersion.version,
        }
      : null,
    revision: session.revision,
    createdAt: session.createdAt.toISOString(),
    endedAt: session.endedAt?.toISOString() ?? null,
  };
}

/** The session's selection, oldest first. */
export async function readSelection(
  tx: DbTx,
  { tenantId, sessionId }: SessionRef,
): Promise<SelectionItemView[]> {
  const items = await tx.selectionItem.findMany({
    where: { tenantId, sessionId },
    orderBy: [{ addedAt: 'asc' }, { productId: 'asc' }],
    include: {
      product: { select: { sku: true, name: true, priceCents: true, currency: true } },
    },
  });
  return items.map((item) => ({
    productId: item.productId,
    sku: item.product.sku,
    name: item.product.name,
    priceCents: item.product.priceCents,
    currency: item.product.currency,
    note: item.note,
  }));
}

/** The session's cart, oldest line first, with line totals and the total in integer cents. */
export async function readCart(tx: DbTx, { tenantId, sessionId }: SessionRef): Promise<CartView> {
  const lines = await tx.cartLine.findMany({
    where: { tenantId, sessionId },
    orderBy: [{ addedAt: 'asc' }, { productId: 'asc' }],
    include: { product: { select: { sku: true, name: true, currency: true } } },
  });
  const views = lines.map((line) => ({
    productId: line.productId,
    sku: line.product.sku,
    name: line.product.name,
    quantity: line.quantity,
    unitPriceCents: line.unitPriceCents,
    lineTotalCents: line.quantity * line.unitPriceCents,
  }));
  return {
    lines: views,
    totalCents: views.reduce((total, line) => total + line.lineTotalCents, 0),
    currency: lines[0]?.product.currency ?? DEFAULT_CURRENCY,
  };
}
