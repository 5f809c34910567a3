import type { ProductSearchResult, ProductSort } from '@scenaro/api-contract';
import { type DbTx, Prisma } from '@scenaro/db';
import {
  type AttributeFilter,
  attributeFilterSql,
  describeFilters,
  type FilterValues,
  readAttributeFilters,
} from './attribute-filters.js';
import { interpretQuery } from './interpret-query.js';
import { type HitRow, hitView } from './product-views.js';
import { decodeSearchCursor, encodeSearchCursor, type SearchCursor } from './search-cursor.js';
import { SCORED_HEAD } from './search-text.js';
import type { CatalogOrientation } from './tenant-catalog.js';

/** What a shopper (or the agent) asks for. Prices in cents. */
export interface SearchRequest {
  q?: string | undefined;
  /** By catalog.search filter name: `color`, `grapes`, `vintageMin`… */
  filters?: FilterValues | undefined;
  priceMinCents?: number | undefined;
  priceMaxCents?: number | undefined;
  inStockOnly?: boolean | undefined;
  sort?: ProductSort | undefined;
  limit?: number | undefined;
  cursor?: string | undefined;
}

type Mode = 'fulltext' | 'typo' | 'browse';

interface Attempt {
  mode: Mode;
  text: string;
  filters: AttributeFilter[];
  /** Typo mode: the words of `text` that full text finds on their own. */
  known?: string;
}

const MAX_LIMIT = 100;
const COLUMNS = Prisma.sql`id, sku, name, "priceCents", currency, stock, attributes, "searchText", "searchHead"`;
/** What relevance ordering reads of each match: the scored head only, never the whole text. */
const RANKED = Prisma.sql`id, "priceCents", left("searchText", ${Prisma.raw(String(SCORED_HEAD))}) AS "searchText", "searchHead"`;

/**
 * Searches the tenant's catalogue in French. The query is first understood against the
 * catalogue (price words set the order, enum values become filters, see interpretQuery), then
 * tried in turn until one attempt finds something:
 * 1. full text: `to_tsvector('french', "searchText") @@ websearch_to_tsquery(…)`, served by the
 *    ("tenantId", to_tsvector) GIN index;
 * 2. the same with the values of searchable enum attributes ("bourgogne") as filters instead;
 * 3. typo-tolerant: the words full text knows on their own ("pinot" of "pinot nouar") select
 *    through the full-text index and pg_trgm word_similarity to the whole query orders them;
 *    when no word is known, pg_trgm `<%` on searchText, served by the trigram index (which is
 *    not per tenant, so this last resort costs more as the table grows).
 * Relevance is scored on the head of searchText (name and short attributes, SCORED_HEAD
 * characters): scoring whole texts of thousands of matches costs more than the search. Full
 * text ranks with `ts_rank_cd` on the stored `"searchHead"` (the head's tsvector, a generated
 * column), so a broad query scores vectors instead of re-parsing thousands of texts.
 * Without words, it browses the filtered catalogue in price order (the (tenantId, price) index).
 */
export async function searchProducts({
  db,
  tenantId,
  orientation,
  search,
}: {
  db: DbTx;
  tenantId: string;
  orientation: CatalogOrientation;
  search: SearchRequest;
}): Promise<ProductSearchResult> {
  const { catalog } = orientation;
  const explicit = readAttributeFilters(search.filters ?? {}, catalog, 'querystring.attr.');
  const plan = interpretQuery(search.q ?? '', catalog, new Set(explicit.map((f) => f.key)));
  const sort = search.sort ?? plan.sortHint ?? 'relevance';
  const limit = Math.min(Math.max(search.limit ?? 20, 1), MAX_LIMIT);
  const base = [...explicit, ...plan.filters];

  const attempts: Attempt[] = [];
  if (plan.text) {
    attempts.push({ mode: 'fulltext', text: plan.text, filters: base });
    if (plan.fallbackFilters.length > 0) {
      attempts.push({
        mode: plan.fallbackText ? 'fulltext' : 'browse',
        text: plan.fallbackText,
        filters: [...base, ...plan.fallbackFilters],
      });
    }
    attempts.push({ mode: 'typo', text: plan.text, filters: base });
  } else {
    attempts.push({ mode: 'browse', text: '', filters: base });
  }

  const cursor = search.cursor ? decodeSearchCursor(search.cursor) : null;
  const first = cursor ? Math.min(cursor.stage, attempts.length - 1) : 0;
  const last = cursor ? first : attempts.length - 1;
  let stage = first;
  let rows: HitRow[] = [];
  for (; stage <= last; stage++) {
    const attempt = attempts[stage] as Attempt;
    if (attempt.mode === 'typo') attempt.known = await knownWords(db, tenantId, attempt.text);
    rows = await db.$queryRaw<HitRow[]>(
      searchSql({ tenantId, attempt, search, sort, limit, cursor }),
    );
    if (rows.length > 0 || stage === last) break;
  }
  const used = attempts[Math.min(stage, last)] as Attempt;

  const page = rows.slice(0, limit);
  const lastRow = page.at(-1);
  let nextCursor: string | null = null;
  if (rows.length > limit && lastRow) {
    nextCursor = encodeSearchCursor(
      usesOffset(used.mode, sort)
        ? { stage, offset: (cursor && 'offset' in cursor ? cursor.offset : 0) + limit }
        : { stage, price: lastRow.priceCents, id: lastRow.id },
    );
  }
  return {
    items: page.map((row) => hitView(row, catalog)),
    nextCursor,
    interpreted: { text: used.text, filters: describeFilters(used.filters), sort, mode: used.mode },
  };
}

/** Relevance pages by offset (scores are not a stable key); price orders by keyset. */
const usesOffset = (mode: Mode, sort: ProductSort) => sort === 'relevance' && mode !== 'browse';

function searchSql({
  tenantId,
  attempt,
  search,
  sort,
  limit,
  cursor,
}: {
  tenantId: string;
  attempt: Attempt;
  search: SearchRequest;
  sort: ProductSort;
  limit: number;
  cursor: SearchCursor | null;
}): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (attempt.mode === 'fulltext') {
    conditions.push(
      Prisma.sql`to_tsvector('french', "searchText") @@ websearch_to_tsquery('french', unaccent(lower(${attempt.text})))`,
    );
  } else if (attempt.mode === 'typo' && attempt.known) {
    conditions.push(
      // Any of the known words: together they already failed in full text.
      Prisma.sql`to_tsvector('french', "searchText") @@ replace(plainto_tsquery('french', unaccent(lower(${attempt.known})))::text, '&', '|')::tsquery`,
    );
  } else if (attempt.mode === 'typo') {
    conditions.push(Prisma.sql`unaccent(lower(${attempt.text})) <% "searchText"`);
  }
  conditions.push(...attributeFilterSql(attempt.filters));
  if (search.priceMinCents !== undefined) {
    conditions.push(Prisma.sql`"priceCents" >= ${search.priceMinCents}`);
  }
  if (search.priceMaxCents !== undefined) {
    conditions.push(Prisma.sql`"priceCents" <= ${search.priceMaxCents}`);
  }
  if (search.inStockOnly) conditions.push(Prisma.sql`stock > 0`);

  const descending = sort === 'price_desc';
  if (!usesOffset(attempt.mode, sort) && cursor && 'price' in cursor) {
    conditions.push(
      descending
        ? Prisma.sql`("priceCents", id) < (${cursor.price}::int, ${cursor.id}::text)`
        : Prisma.sql`("priceCents", id) > (${cursor.price}::int, ${cursor.id}::text)`,
    );
  }
  // The tenant is always the first condition (and the first parameter).
  const where = Prisma.sql`"tenantId" = ${tenantId}${
    conditions.length === 0
      ? Prisma.empty
      : Prisma.join(
          conditions.map((condition) => Prisma.sql` AND ${condition}`),
          '',
        )
  }`;

  // The score is computed in the outer query, from a query term listed after the matches, so
  // that the tenant stays $1 and, in price order, only the page's rows are scored.
  const term =
    attempt.mode === 'fulltext'
      ? Prisma.sql`websearch_to_tsquery('french', unaccent(lower(${attempt.text})))`
      : Prisma.sql`unaccent(lower(${attempt.text}))`;
  const score =
    attempt.mode === 'fulltext'
      ? Prisma.sql`ts_rank_cd(m."searchHead", q.term, 1)::float8`
      : attempt.mode === 'typo'
        ? Prisma.sql`word_similarity(q.term, left(m."searchText", ${Prisma.raw(String(SCORED_HEAD))}))::float8`
        : Prisma.sql`NULL::float8`;
  // OFFSET 0 keeps the planner from inlining the term into every row's score: unaccent is
  // only stable, so inlined it would be folded and parsed again for each match.
  const outerFrom =
    attempt.mode === 'browse' ? Prisma.empty : Prisma.sql`, (SELECT ${term} AS term OFFSET 0) q`;
  const outerColumns = Prisma.sql`m.id, m.sku, m.name, m."priceCents", m.currency, m.stock, m.attributes, ${score} AS score`;

  if (usesOffset(attempt.mode, sort)) {
    // Every match is scored, so the matches carry only what ordering needs (a few hundred
    // bytes instead of whole rows); the page's rows are then read again by primary key.
    const offset = cursor && 'offset' in cursor ? cursor.offset : 0;
    return Prisma.sql`
      SELECT p.id, p.sku, p.name, p."priceCents", p.currency, p.stock, p.attributes, r.score
      FROM (
        SELECT m.id, m."priceCents", ${score} AS score
        FROM (SELECT ${RANKED} FROM "Product" WHERE ${where}) m${outerFrom}
        ORDER BY score DESC, m."priceCents" ASC, m.id ASC
        LIMIT ${limit + 1} OFFSET ${offset}
      ) r JOIN "Product" p ON p.id = r.id
      ORDER BY r.score DESC, r."priceCents" ASC, r.id ASC`;
  }
  const order = descending
    ? Prisma.sql`"priceCents" DESC, id DESC`
    : Prisma.sql`"priceCents" ASC, id ASC`;
  const outerOrder = descending
    ? Prisma.sql`m."priceCents" DESC, m.id DESC`
    : Prisma.sql`m."priceCents" ASC, m.id ASC`;
  return Prisma.sql`
    SELECT ${outerColumns}
    FROM (SELECT ${COLUMNS} FROM "Product" WHERE ${where} ORDER BY ${order} LIMIT ${limit + 1}) m${outerFrom}
    ORDER BY ${outerOrder}`;
}

/** The words of `text` that full text finds in the tenant's catalogue on their own, in order. */
async function knownWords(db: DbTx, tenantId: string, text: string): Promise<string> {
  const words = text.split(' ').filter(Boolean);
  if (words.length === 0) return '';
  const rows = await db.$queryRaw<{ word: string }[]>`
    SELECT u.word FROM unnest(${words}::text[]) WITH ORDINALITY AS u(word, n)
    WHERE EXISTS (
      SELECT 1 FROM "Product"
      WHERE "tenantId" = ${tenantId}
        AND to_tsvector('french', "searchText") @@ plainto_tsquery('french', unaccent(lower(u.word))))
    ORDER BY u.n`;
  return rows.map((row) => row.word).join(' ');
}
