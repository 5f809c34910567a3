import type { ProductHit } from '@scenaro/api-contract';
import type { DbTx } from '@scenaro/db';
import { AppError } from '../../errors.js';
import { matchAttributeText } from './attribute-match.js';
import type { CatalogOrientation } from './tenant-catalog.js';

/**
 * Products that go with a dish: those whose pairing attribute (the orientation's
 * `catalog.pairingAttribute`) matches the dish's words, within an optional price cap.
 */
export async function pairProducts({
  db,
  tenantId,
  orientation,
  dish,
  priceMaxCents,
  limit = 5,
}: {
  db: DbTx;
  tenantId: string;
  orientation: CatalogOrientation;
  dish: string;
  priceMaxCents?: number | undefined;
  limit?: number;
}): Promise<ProductHit[]> {
  const attributeKey = orientation.catalog.pairingAttribute;
  if (!attributeKey) {
    throw new AppError('invalid_request', 'This catalogue declares no pairing attribute.', {
      details: [{ path: 'catalog.pairingAttribute', message: 'is not set in the orientation' }],
    });
  }
  return matchAttributeText({
    db,
    tenantId,
    orientation,
    attributeKey,
    text: dish,
    priceMaxCents,
    limit: Math.min(Math.max(limit, 1), 20),
  });
}
