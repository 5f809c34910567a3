import type { DbTx } from '@scenaro/db';
import type { Orientation } from '@scenaro/orientation';

/** The part of an orientation the catalogue code reads. */
export type Catalog = Orientation['catalog'];

/** What catalogue functions need from an orientation (a whole `Orientation` fits). */
export type CatalogOrientation = Pick<Orientation, 'catalog'>;

const NO_CATALOG: Catalog = {
  itemName: { singular: 'product', plural: 'products' },
  currency: 'EUR',
  attributes: [],
  pairingAttribute: null,
  occasionAttribute: null,
};

/**
 * The orientation whose catalogue describes the tenant's products: the draft of the tenant's
 * primary orientation (the one sessions start with when none is named). A tenant with no
 * orientation gets an empty catalogue: products without attributes.
 */
export async function tenantCatalog({
  db,
  tenantId,
}: {
  db: DbTx;
  tenantId: string;
}): Promise<CatalogOrientation> {
  // Only the catalogue part of the draft: every search reads it, and the whole orientation
  // (prompts, tools…) is ten times larger. Same order as PRIMARY_ORIENTATION_ORDER.
  const [found] = await db.$queryRaw<{ catalog: Catalog | null }[]>`
    SELECT draft -> 'catalog' AS catalog FROM "Orientation"
    WHERE "tenantId" = ${tenantId}
    ORDER BY "createdAt" ASC, id ASC
    LIMIT 1`;
  // Drafts are only ever stored after full validation, so the JSON is a validated orientation.
  return { catalog: found?.catalog ?? NO_CATALOG };
}
