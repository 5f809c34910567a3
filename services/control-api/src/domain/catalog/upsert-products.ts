import type { UpsertCounts } from '@scenaro/api-contract';
import type { DbTx } from '@scenaro/db';
import { AppError } from '../../errors.js';
import { newId } from '../../lib/ids.js';
import { buildSearchText } from './search-text.js';
import type { CatalogOrientation } from './tenant-catalog.js';
import { type ValidProduct, validateProducts } from './validate-product.js';

/** Rows per INSERT statement: one JSON parameter each, well under Postgres' limits. */
const BATCH_SIZE = 500;

/**
 * Validates the products against the orientation's catalogue, then inserts or updates them by
 * (tenant, sku), one statement per batch. A product identical to the stored one is not
 * written at all (its `updatedAt` stays), so importing the same file twice changes nothing.
 * Invalid input (any product) throws 422 `invalid_products` with every problem, writing nothing.
 * Pass a transaction as `db` to make several calls atomic.
 */
export async function upsertProducts({
  db,
  tenantId,
  orientation,
  products,
}: {
  db: DbTx;
  tenantId: string;
  orientation: CatalogOrientation;
  products: readonly unknown[];
}): Promise<UpsertCounts> {
  const checked = validateProducts(products, orientation.catalog);
  if (!checked.ok) {
    throw new AppError('invalid_products', 'Some products are not valid; nothing was saved.', {
      details: checked.issues,
    });
  }
  const counts: UpsertCounts = { inserted: 0, updated: 0, unchanged: 0 };
  for (let start = 0; start < checked.products.length; start += BATCH_SIZE) {
    const batch = checked.products.slice(start, start + BATCH_SIZE);
    const written = await writeBatch(db, tenantId, orientation, batch);
    counts.inserted += written.inserted;
    counts.updated += written.updated;
    counts.unchanged += batch.length - written.inserted - written.updated;
  }
  return counts;
}

async function writeBatch(
  db: DbTx,
  tenantId: string,
  { catalog }: CatalogOrientation,
  batch: readonly ValidProduct[],
): Promise<{ inserted: number; updated: number }> {
  const rows = batch.map((product) => ({
    ...product,
    id: newId('prd'),
    searchText: buildSearchText(product, catalog),
  }));
  // One JSON parameter expanded by jsonb_to_recordset: a single statement whatever the batch
  // size. The DO UPDATE only fires when a column differs, and RETURNING then reports only the
  // rows written: `xmax = 0` tells an insert from an update.
  const result = await db.$queryRaw<{ inserted: boolean }[]>`
    INSERT INTO "Product" AS p
      (id, "tenantId", sku, name, description, "priceCents", currency, stock, tags, attributes,
       "searchText", "createdAt", "updatedAt")
    SELECT r.id, ${tenantId}, r.sku, r.name, r.description, r."priceCents", r.currency, r.stock,
           ARRAY(SELECT jsonb_array_elements_text(r.tags)), r.attributes, r."searchText",
           now(), now()
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(
      id text, sku text, name text, description text, "priceCents" int, currency text,
      stock int, tags jsonb, attributes jsonb, "searchText" text)
    ON CONFLICT ("tenantId", sku) DO UPDATE SET
      name = EXCLUDED.name,
      description = EXCLUDED.description,
      "priceCents" = EXCLUDED."priceCents",
      currency = EXCLUDED.currency,
      stock = EXCLUDED.stock,
      tags = EXCLUDED.tags,
      attributes = EXCLUDED.attributes,
      "searchText" = EXCLUDED."searchText",
      "updatedAt" = now()
    WHERE p."tenantId" = ${tenantId}
      AND (p.name, p.description, p."priceCents", p.currency, p.stock, p.tags, p.attributes,
           p."searchText")
      IS DISTINCT FROM
          (EXCLUDED.name, EXCLUDED.description, EXCLUDED."priceCents", EXCLUDED.currency,
           EXCLUDED.stock, EXCLUDED.tags, EXCLUDED.attributes, EXCLUDED."searchText")
    RETURNING (xmax = 0) AS inserted`;
  const inserted = result.filter((row) => row.inserted).length;
  return { inserted, updated: result.length - inserted };
}
