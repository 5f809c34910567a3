import type { ProductSort } from '@scenaro/api-contract';
import { Prisma } from '@scenaro/db';
import {
  type AttributeFilter,
  attributeFilterSql,
  indexedFilterQuery,
} from './attribute-filters.js';
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
 * Most products of a relevance tier that are scored. A word in thousands of a tenant's products
 * ("domaine", "château") says little about which of them is wanted, and scoring them all costs
 * one row read each (166 ms for 27 000 name matches at 1 M products); so each tier ranks at most
 * its first CANDIDATES matches, in storage order. Below this many matches relevance is exact.
 * Price order is always exact.
 */
export const CANDIDATES = 500;

/**
 * Whether the product's text matches `query` (a tsquery), through the tenant's own postings:
 * the full-text indexes hold `scenaro_tenant_tsvector("tenantId", …)`, whose lexemes are prefixed
 * with the tenant id, and the query is prefixed the same way (migration
 * 20261124101500_tenant_search_index). `part` is the indexed vector: the whole text with the
 * price band and attribute values (a query may name them, see searchSql), or the name. Each
 * expression here is its index's expression, word for word, or the index is not used.
 */
export function textMatches(
  tenantId: string,
  query: Prisma.Sql,
  part: 'text' | 'name' = 'text',
): Prisma.Sql {
  const vector =
    part === 'name'
      ? Prisma.sql`to_tsvector('french', left("searchText", char_length(name)))`
      : Prisma.sql`(to_tsvector('french', "searchText") || scenaro_product_lexemes("priceCents", attributes))`;
  return Prisma.sql`scenaro_tenant_tsvector("tenantId", ${vector}) @@ scenaro_tenant_tsquery(${tenantId}, ${query})`;
}

/**
 * The tenant check of a statement that matches text. The tenant-prefixed index already keeps the
 * scan to the tenant, so the check is made on each row read, never through a ("tenantId", …)
 * index: the planner would otherwise AND the matches with a bitmap of every product of the
 * tenant (50 000 postings), or walk the price index and parse each row's text. `COLLATE "C"`
 * (byte equality, what `=` on ids means anyway) is what keeps it off those indexes.
 */
export const rowOfTenant = (tenantId: string) => Prisma.sql`"tenantId" COLLATE "C" = ${tenantId}`;

/**
 * The statement of one search attempt. Words (`text`) are matched in French full text
 * (textMatches) through the tenant-prefixed GIN index of searchText.
 * Relevance is `ts_rank_cd` on the stored head vector, in two tiers: products whose name has
 * the words first (found through the name's own, much smaller, index), then the other matches.
 * The tiers are a UNION ALL under the page's LIMIT, so when the name matches fill the page the
 * other matches are neither read nor scored: a broad word ("syrah", in 15 % of a catalogue but
 * in few names) costs its name matches, not its thousands of matches. The name is the head of
 * searchText, so a name match is a full-text match; the second tier leaves name matches out
 * through the stored "searchName" vector, which costs no parsing per row. Each tier scores at
 * most CANDIDATES matches.
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
  // The filters the index answers narrow what it returns; the name index holds no attributes.
  const filterQuery = indexedFilterQuery(filters);
  const indexed = filterQuery ? Prisma.sql`(${term} && ${filterQuery}::tsquery)` : term;
  const matches = textMatches(tenantId, indexed);

  if (usesOffset(mode, sort)) {
    const offset = cursor && 'offset' in cursor ? cursor.offset : 0;
    const wanted = offset + limit + 1;
    // OFFSET 0 keeps the planner from inlining the term into every row's score: unaccent is
    // only stable, so inlined it would be folded and parsed again for each match.
    const scored = Prisma.sql`ts_rank_cd(m."searchHead", q.term, 1)::float8`;
    const query = Prisma.sql`(SELECT ${term} AS term OFFSET 0) q`;
    // Candidates are bounded before they are scored; the second tier leaves out name matches
    // before its bound, so its candidates are all new.
    return Prisma.sql`
      SELECT ${PAGE_COLUMNS}, r.score
      FROM (
        (SELECT m.id, m."priceCents", 1 AS tier, ${scored} AS score
         FROM (SELECT id, "priceCents", "searchHead" FROM "Product"
               WHERE ${rowOfTenant(tenantId)}
                 AND ${textMatches(tenantId, term, 'name')}${and(conditions)}
               LIMIT ${CANDIDATES}) m,
              ${query}
         ORDER BY score DESC, m."priceCents" ASC, m.id ASC
         LIMIT ${wanted})
        UNION ALL
        (SELECT m.id, m."priceCents", 2 AS tier, ${scored} AS score
         FROM (SELECT p.id, p."priceCents", p."searchHead" FROM "Product" p, ${query}
               WHERE ${rowOfTenant(tenantId)} AND ${matches}${and(conditions)}
                 AND NOT (p."searchName" @@ q.term)
               LIMIT ${CANDIDATES}) m,
              ${query}
         ORDER BY score DESC, m."priceCents" ASC, m.id ASC
         LIMIT ${wanted})
        LIMIT ${limit + 1} OFFSET ${offset}
      ) r JOIN "Product" p ON p.id = r.id AND p.${SAME_TENANT}
      ORDER BY r.tier ASC, r.score DESC, r."priceCents" ASC, r.id ASC`;
  }

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
  const page = (selection: Prisma.Sql) =>
    Prisma.sql`(SELECT ${COLUMNS} FROM "Product" WHERE ${selection}${and(conditions)}
                ORDER BY ${order} LIMIT ${limit + 1})`;
  // Browsing walks the ("tenantId", "priceCents") index. Words are found through their index,
  // band of price by band (a lexeme of scenaro_product_lexemes), cheapest band first: each
  // band's matches are sorted, and the UNION ALL stops at the band that completes the page,
  // so "bourgogne rouge pas cher" reads the Burgundies under 15 €, not all 6 000 of them.
  // Walking prices instead would parse each row's text.
  const rows =
    mode === 'browse'
      ? page(Prisma.sql`"tenantId" = ${tenantId}`)
      : Prisma.sql`(SELECT * FROM (${Prisma.join(
          priceBands(bounds, cursor, descending).map((band) =>
            page(
              Prisma.sql`${rowOfTenant(tenantId)} AND ${textMatches(
                tenantId,
                Prisma.sql`(${indexed} && ${`'#price${band}'`}::tsquery)`,
              )}`,
            ),
          ),
          ' UNION ALL ',
        )}) bands LIMIT ${limit + 1})`;
  // In price order only the page's rows are scored, from a term listed after the matches.
  const score =
    mode === 'browse'
      ? Prisma.sql`NULL::float8`
      : Prisma.sql`ts_rank_cd(m."searchHead", q.term, 1)::float8`;
  const outerFrom =
    mode === 'browse' ? Prisma.empty : Prisma.sql`, (SELECT ${term} AS term OFFSET 0) q`;
  return Prisma.sql`
    SELECT m.id, m.sku, m.name, m."priceCents", m.currency, m.stock, m.attributes, ${score} AS score
    FROM ${rows} m${outerFrom}
    ORDER BY ${outerOrder}`;
}

/**
 * Upper bounds (exclusive, in cents) of the price bands of the full-text index: the bounds of
 * scenaro_product_lexemes (migration 20261124101500_tenant_search_index), which a test compares.
 */
export const SEARCH_PRICE_BOUNDS = [
  500, 800, 1000, 1200, 1500, 2000, 2500, 3000, 4000, 5000, 7500, 10000, 20000,
] as const;

/** The band of a price: how many bounds it reaches (SQL `width_bucket`). */
export const priceBand = (cents: number) =>
  SEARCH_PRICE_BOUNDS.filter((bound) => bound <= cents).length;

/** The bands a price-ordered page can come from, in the page's order. */
function priceBands(
  bounds: SearchBounds,
  cursor: SearchCursor | null,
  descending: boolean,
): number[] {
  const after = cursor && 'price' in cursor ? cursor.price : undefined;
  const lows = [bounds.priceMinCents, descending ? undefined : after];
  const highs = [bounds.priceMaxCents, descending ? after : undefined];
  const first = Math.max(0, ...lows.map((cents) => (cents === undefined ? 0 : priceBand(cents))));
  const last = Math.min(
    SEARCH_PRICE_BOUNDS.length,
    ...highs.map((cents) => (cents === undefined ? SEARCH_PRICE_BOUNDS.length : priceBand(cents))),
  );
  // Bounds that exclude every price (min above max) still need one statement; it finds nothing.
  const bands = Array.from({ length: Math.max(last - first + 1, 1) }, (_, i) => first + i);
  return descending ? bands.reverse() : bands;
}
