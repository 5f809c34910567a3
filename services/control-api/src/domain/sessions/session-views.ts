import type { CartView, SelectionItemView, SessionView } from '@scenaro/api-contract';
import { type DbTx, Prisma } from '@scenaro/db';
import type { SessionRef } from './lock-session.js';

/** Currency of an empty cart (the catalogue's default). */
export const DEFAULT_CURRENCY = 'EUR';

/** A session row with its pinned version, as the queries of this folder select it. */
export const sessionWithVersion = {
  orientationVersion: { select: { version: true, orientation: { select: { slug: true } } } },
} as const;

/** Left out of session reads: a draft snapshot is a whole document (see {@link draftSlugs}). */
export const withoutSnapshot = { orientationSnapshot: true } as const;

/** A session row as {@link sessionView} reads it. */
export interface SessionRow {
  id: string;
  tenantId: string;
  status: 'created' | 'active' | 'ended';
  mode: 'live' | 'playground';
  revision: number;
  createdAt: Date;
  endedAt: Date | null;
  orientationVersion: { version: number; orientation: { slug: string } } | null;
}

/**
 * Public shape of a session. `draftSlug` names the orientation of a playground session on a
 * draft snapshot (see {@link draftSlugs}); its version is then null.
 */
export function sessionView(session: SessionRow, draftSlug?: string | undefined): SessionView {
  return {
    id: session.id,
    tenantId: session.tenantId,
    status: session.status,
    mode: session.mode,
    orientation: session.orientationVersion
      ? {
          slug: session.orientationVersion.orientation.slug,
          version: session.orientationVersion.version,
        }
      : draftSlug
        ? { slug: draftSlug, version: null }
        : null,
    revision: session.revision,
    createdAt: session.createdAt.toISOString(),
    endedAt: session.endedAt?.toISOString() ?? null,
  };
}

/**
 * The orientation slugs of those sessions that run a draft snapshot, by session id. Reads only
 * the slug out of each snapshot: a list must not load whole orientation documents.
 */
export async function draftSlugs(
  db: DbTx,
  tenantId: string,
  sessions: readonly Pick<SessionRow, 'id' | 'orientationVersion'>[],
): Promise<Map<string, string>> {
  const ids = sessions.filter((session) => !session.orientationVersion).map(({ id }) => id);
  if (ids.length === 0) return new Map();
  const rows = await db.$queryRaw<{ id: string; slug: string | null }[]>`
    SELECT "id", "orientationSnapshot"->>'slug' AS "slug"
    FROM "Session"
    WHERE "tenantId" = ${tenantId} AND "id" IN (${Prisma.join(ids)})
      AND "orientationSnapshot" IS NOT NULL`;
  return new Map(rows.flatMap((row) => (row.slug ? [[row.id, row.slug] as [string, string]] : [])));
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
