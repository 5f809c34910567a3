import type { ProductSort, RuntimeToolResult } from '@scenaro/api-contract';
import type { FilterValues } from '../../catalog/attribute-filters.js';
import { searchProducts } from '../../catalog/search-products.js';
import { compactHit, toCents } from '../compact-product.js';
import type { ToolArguments, ToolContext } from './tool-context.js';

// Every other catalog.search parameter is an attribute filter derived from the catalogue.
const COMMON = new Set(['query', 'priceMin', 'priceMax', 'inStockOnly', 'sort', 'limit']);

/** catalog.search: the first `limit` matches, compact, and whether more match. */
export async function catalogSearchTool(
  { db, tenantId, orientation }: ToolContext,
  args: ToolArguments,
): Promise<RuntimeToolResult<'catalog.search'>> {
  const filters: Record<string, string | number | boolean> = {};
  for (const [name, value] of Object.entries(args)) {
    if (COMMON.has(name) || value === undefined) continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      filters[name] = value;
    }
  }
  const found = await searchProducts({
    db,
    tenantId,
    orientation,
    search: {
      q: args.query as string | undefined,
      filters: filters as FilterValues,
      priceMinCents: toCents(args.priceMin as number | undefined),
      priceMaxCents: toCents(args.priceMax as number | undefined),
      inStockOnly: args.inStockOnly as boolean | undefined,
      sort: args.sort as ProductSort | undefined,
      limit: args.limit as number | undefined,
    },
  });
  return {
    items: found.items.map(compactHit),
    total: found.items.length,
    more: found.nextCursor !== null,
  };
}
