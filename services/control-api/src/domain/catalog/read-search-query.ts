import type { ProductSearchQuery } from '@scenaro/api-contract';
import { AppError, type ErrorDetail } from '../../errors.js';
import type { SearchRequest } from './search-products.js';

const ATTRIBUTE_PREFIX = 'attr.';
const KNOWN = new Set(['q', 'priceMin', 'priceMax', 'inStock', 'sort', 'limit', 'cursor']);

/**
 * The search asked for in a query string: `attr.<key>` parameters become attribute filters
 * (checked against the catalogue by searchProducts); any other unknown parameter is a 400.
 */
export function readSearchQuery(query: ProductSearchQuery): SearchRequest {
  const filters: Record<string, string> = {};
  const issues: ErrorDetail[] = [];
  for (const [name, value] of Object.entries(query)) {
    if (KNOWN.has(name)) continue;
    if (name.startsWith(ATTRIBUTE_PREFIX) && name.length > ATTRIBUTE_PREFIX.length) {
      filters[name.slice(ATTRIBUTE_PREFIX.length)] = String(value);
    } else {
      issues.push({ path: `querystring.${name}`, message: 'is not an allowed parameter' });
    }
  }
  if (issues.length > 0) {
    throw new AppError('invalid_request', 'The request is not valid.', { details: issues });
  }
  return {
    q: query.q,
    filters,
    priceMinCents: query.priceMin,
    priceMaxCents: query.priceMax,
    inStockOnly: query.inStock,
    sort: query.sort,
    limit: query.limit,
    cursor: query.cursor,
  };
}
