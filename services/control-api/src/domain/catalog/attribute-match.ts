import type { ProductHit } from '@scenaro/api-contract';
import { type DbTx, Prisma } from '@scenaro/db';
import { type HitRow, hitView } from './product-views.js';
import { rowOfTenant, textMatches } from './search-sql.js';
import type { CatalogOrientation } from './tenant-catalog.js';

/**
 * In-stock products whose `attributeKey` (a list or text attribute) shares words with `text`
 * in French full text (any word: OR), best match first, then cheapest. When the attribute is
 * searchable it is part of searchText, so the tenant's full-text index narrows the rows first
 * (textMatches); otherwise the tenant's rows are scanned.
 */
export async function matchAttributeText({
  db,
  tenantId,
  orientation,
  attributeKey,
  text,
  priceMaxCents,
  limit,
}: {
  db: DbTx;
  tenantId: string;
  orientation: CatalogOrientation;
  attributeKey: string;
  text: string;
  priceMaxCents?: number | undefined;
  limit: number;
}): Promise<ProductHit[]> {
  const attribute = orientation.catalog.attributes.find((a) => a.key === attributeKey);
  const query = Prisma.sql`replace(plainto_tsquery('french', unaccent(lower(${text})))::text, '&', '|')::tsquery`;
  const vector = Prisma.sql`to_tsvector('french', unaccent(lower(attributes ->> ${attributeKey}::text)))`;
  const conditions = [Prisma.sql`stock > 0`, Prisma.sql`${vector} @@ ${query}`];
  let tenant = Prisma.sql`"tenantId" = ${tenantId}`;
  if (attribute?.searchable) {
    conditions.push(textMatches(tenantId, query));
    tenant = rowOfTenant(tenantId);
  }
  if (priceMaxCents !== undefined) conditions.push(Prisma.sql`"priceCents" <= ${priceMaxCents}`);
  const rows = await db.$queryRaw<HitRow[]>`
    SELECT m.id, m.sku, m.name, m."priceCents", m.currency, m.stock, m.attributes,
           ts_rank_cd(m.v, q.term)::float8 AS score
    FROM (SELECT id, sku, name, "priceCents", currency, stock, attributes, ${vector} AS v
          FROM "Product"
          WHERE ${tenant}${Prisma.join(
            conditions.map((condition) => Prisma.sql` AND ${condition}`),
            '',
          )}) m,
         (SELECT ${query} AS term) q
    ORDER BY score DESC, m."priceCents" ASC, m.id ASC
    LIMIT ${limit}`;
  return rows.map((row) => hitView(row, orientation.catalog));
}
