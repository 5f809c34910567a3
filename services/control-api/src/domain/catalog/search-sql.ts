import type { ProductSort } from '@scenaro/api-contract';
import { Prisma } from '@scenaro/db';
import { type AttributeFilter, attributeFilterSql } from './attribute-filters.js';
import type { SearchCursor } from './search-cursor.js';

/** How an attempt of searchProducts selects products. */
export type Mode = 'fulltext' | 'typo' | 'browse';

/** The part of a search request the statement reads. */
export interface SearchBounds {
  priceMinCents?: number | undefined;
  priceMaxCents?: number | undefined;
  inStockOnly?: boolean | undefined;
}

/** Relevance pages by offset (scores are not a stable key); price orders by keyset. */
export const usesOffset = (mode: Mode, sort: ProductSort) =>
  sort === 'relevance' && mode !== 'browse';

const COLUMNS = Prisma.sql`id, sku, name, "priceCents", currency, stock, attributes, "searchHead"`;
const PAGE_COLUMNS = Prisma.sql`p.id, p.sku, p.name, p."priceCents", p.currency, p.stock, p.attributes`;
/** The tenant is `$1` in every statement; later mentions reuse the parameter. */
const SAME_TENANT = Prisma.raw('"tenantId" = $1');

/**
 * The statement of one search attempt. Words (`text`) are matched in French full text,
 * `to_tsvector('french', "searchText") @@ websearch_to_tsquery(…)`, served by the
 * ("tenantId", to_tsvector) GIN index; the tenant is always the first condition and `$1`.
 * Relevance is `ts_rank_cd` on the stored head vector, in two tiers: products whose name has
 * the words first (found through the name's own, much smaller, index), then the other matches.
 * The tiers are a UNION ALL under the page's LIMIT, so when the name matches fill the page the
 * other matches are neither read nor scored: a broad word ("syrah", in 15 % of a catalogue but
 * in few names) costs its name matches, not its thousands of matches. The name is the head of
 * searchText, so a name match is a full-text match; the second tier leaves name matches out
 * through the stored "searchName" vector, which costs no parsing per row.
 */
export function searchSql({
  tenantId,
  mode,
  text,
  filters,
  bounds,
  sort,
  limit,
  cursor,
}: {
  tenantId: string;
  mode: Mode;
  text: string;
  filters: readonly AttributeFilter[];
  bounds: SearchBounds;
  sort: ProductSort;
  limit: number;
  cursor: SearchCursor | null;
}): Prisma.Sql {
  const conditions: Prisma.Sql[] = [...attributeFilterSql(filters)];
  if (bounds.priceMinCents !== undefined) {
    conditions.push(Prisma.sql`"priceCents" >= ${bounds.priceMinCents}`);
  }
  if (bounds.priceMaxCents !== undefined) {
    conditions.push(Prisma.sql`"priceCents" <= ${bounds.priceMaxCents}`);
  }
  if (bounds.inStockOnly) conditions.push(Prisma.sql`stock > 0`);
  const and = (list: readonly Prisma.Sql[]) =>
    list.length === 0
      ? Prisma.empty
      : Prisma.join(
          list.map((condition) => Prisma.sql` AND ${condition}`),
          '',
        );
  const term = Prisma.sql`websearch_to_tsquery('french', unaccent(lower(${text})))`;
  const matches = Prisma.sql`to_tsvector('french', "searchText") @@ ${term}`;

  if (usesOffset(mode, sort)) {
    const offset = cursor && 'offset' in cursor ? cursor.offset : 0;
    const wanted = offset + limit + 1;
    // OFFSET 0 keeps the planner from inlining the term into every row's score: unaccent is
    // only stable, so inlined it would be folded and parsed again for each match.
    const scored = Prisma.sql`ts_rank_cd(m."searchHead", q.term, 1)::float8`;
    const query = Prisma.sql`(SELECT ${term} AS term OFFSET 0) q`;
    return Prisma.sql`
      SELECT ${PAGE_COLUMNS}, r.score
      FROM (
        (SELECT m.id, m."priceCents", 1 AS tier, ${scored} AS score
         FROM (SELECT id, "priceCents", "searchHead" FROM "Product"
               WHERE "tenantId" = ${tenantId}
                 AND to_tsvector('french', left("searchText", char_length(name))) @@ ${term}${and(conditions)}) m,
              ${query}
         ORDER BY score DESC, m."priceCents" ASC, m.id ASC
         LIMIT ${wanted})
        UNION ALL
        (SELECT m.id, m."priceCents", 2 AS tier, ${scored} AS score
         FROM (SELECT id, "priceCents", "searchHead", "searchName" FROM "Product"
               WHERE ${SAME_TENANT} AND ${matches}${and(conditions)}) m,
              ${query}
         WHERE NOT (m."searchName" @@ q.term)
         ORDER BY score DESC, m."priceCents" ASC, m.id ASC
         LIMIT ${wanted})
        LIMIT ${limit + 1} OFFSET ${offset}
      ) r JOIN "Product" p ON p.id = r.id AND p.${SAME_TENANT}
      ORDER BY r.tier ASC, r.score DESC, r."priceCents" ASC, r.id ASC`;
  }

  if (mode !== 'browse') conditions.unshift(matches);
  const descending = sort === 'price_desc';
  if (cursor && 'price' in cursor) {
    conditions.push(
      descending
        ? Prisma.sql`("priceCents", id) < (${cursor.price}::int, ${cursor.id}::text)`
        : Prisma.sql`("priceCents", id) > (${cursor.price}::int, ${cursor.id}::text)`,
    );
  }
  const order = descending
    ? Prisma.sql`"priceCents" DESC, id DESC`
    : Prisma.sql`"priceCents" ASC, id ASC`;
  const outerOrder = descending
    ? Prisma.sql`m."priceCents" DESC, m.id DESC`
    : Prisma.sql`m."priceCents" ASC, m.id ASC`;
  // In price order only the page's rows are scored, from a term listed after the matches.
  const score =
    mode === 'browse'
      ? Prisma.sql`NULL::float8`
      : Prisma.sql`ts_rank_cd(m."searchHead", q.term, 1)::float8`;
  const outerFrom =
    mode === 'browse' ? Prisma.empty : Prisma.sql`, (SELECT ${term} AS term OFFSET 0) q`;
  return Prisma.sql`
    SELECT m.id, m.sku, m.name, m."priceCents", m.currency, m.stock, m.attributes, ${score} AS score
    FROM (SELECT ${COLUMNS} FROM "Product" WHERE "tenantId" = ${tenantId}${and(conditions)}
          ORDER BY ${order} LIMIT ${limit + 1}) m${outerFrom}
    ORDER BY ${outerOrder}`;
}
