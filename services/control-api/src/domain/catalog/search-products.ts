import type { ProductSearchResult, ProductSort } from '@scenaro/api-contract';
import type { DbTx } from '@scenaro/db';
import {
  type AttributeFilter,
  describeFilters,
  type FilterValues,
  readAttributeFilters,
} from './attribute-filters.js';
import { type CorrectedWords, correctWords } from './correct-words.js';
import { interpretQuery } from './interpret-query.js';
import { type HitRow, hitView } from './product-views.js';
import { decodeSearchCursor, encodeSearchCursor } from './search-cursor.js';
import { type Mode, searchSql, usesOffset } from './search-sql.js';
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

interface Attempt {
  mode: Mode;
  text: string;
  filters: AttributeFilter[];
  /** Typo mode: match any of the corrected words rather than all of them. */
  anyWord?: boolean;
}

const MAX_LIMIT = 100;

/**
 * Searches the tenant's catalogue in French. The query is first understood against the
 * catalogue (price words set the order, enum values become filters, see interpretQuery), then
 * tried in turn until one attempt finds something:
 * 1. full text: `to_tsvector('french', "searchText") @@ websearch_to_tsquery(…)`, served by the
 *    tenant's own postings of a GIN index (textMatches);
 * 2. the same with the values of searchable enum attributes ("bourgogne") as filters instead;
 * 3. typo-tolerant: each word is corrected against the tenant's vocabulary (correctWords:
 *    "pinot nouar" → "pinot noir") and the corrected words are searched in full text, all of
 *    them, then any of them. Neither step reads more products than a full-text search.
 * Relevance is `ts_rank_cd` on the stored head vector of searchText (name and short
 * attributes), name matches first, over a bounded number of candidates (see searchSql); price
 * order is exact. Without words, it browses the filtered catalogue in price order (the
 * (tenantId, price) index).
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
  const cursor = search.cursor ? decodeSearchCursor(search.cursor) : null;
  const common = { tenantId, bounds: search, sort, limit, cursor };

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
    attempts.push({ mode: 'typo', text: plan.text, filters: base, anyWord: true });
  } else {
    attempts.push({ mode: 'browse', text: '', filters: base });
  }

  const first = cursor ? Math.min(cursor.stage, attempts.length - 1) : 0;
  const last = cursor ? first : attempts.length - 1;
  let corrected: CorrectedWords | undefined;
  let stage = first;
  let rows: HitRow[] = [];
  for (; stage <= last; stage++) {
    const attempt = attempts[stage] as Attempt;
    let text = attempt.text;
    if (attempt.mode === 'typo') {
      corrected ??= await correctWords(db, tenantId, plan.text);
      const { words } = corrected;
      if (!corrected.searchable) {
        // Only words full text ignores ("fromages de chèvre" once the filter is taken): the
        // query says no more than its filters, so browse them.
        Object.assign(attempt, { mode: 'browse', text: '', anyWord: false });
      } else {
        attempt.text = words.join(' ');
        text = words.join(attempt.anyWord ? ' or ' : ' ');
        // Unchanged words already failed as the first attempt; a single word has no "any".
        const tried = attempt.anyWord ? words.length < 2 : attempt.text === plan.text;
        if (words.length === 0 || tried) {
          rows = [];
          continue;
        }
      }
    }
    rows = await db.$queryRaw<HitRow[]>(searchSql({ ...common, ...attempt, text }));
    if (rows.length > 0) break;
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
