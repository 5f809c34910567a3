import type { DbTx } from '@scenaro/db';
import type { Orientation } from '@scenaro/orientation';
import { PRIMARY_ORIENTATION_ORDER } from '../orientations/find-current-version.js';

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
  const found = await db.orientation.findFirst({
    where: { tenantId },
    orderBy: PRIMARY_ORIENTATION_ORDER,
    select: { draft: true },
  });
  // Drafts are only ever stored after full validation, so the JSON is a validated orientation.
  const catalog = (found?.draft as Orientation | undefined)?.catalog;
  return { catalog: catalog ?? NO_CATALOG };
}
