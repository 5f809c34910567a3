import type { RuntimeToolResult } from '@scenaro/api-contract';
import { compareProducts } from '../../catalog/compare-products.js';
import { productDetail } from '../compact-product.js';
import type { ToolArguments, ToolContext } from './tool-context.js';

/** catalog.compare: 2 to 4 of the tenant's products side by side (404 for any other). */
export async function catalogCompareTool(
  { db, tenantId, orientation }: ToolContext,
  args: ToolArguments,
): Promise<RuntimeToolResult<'catalog.compare'>> {
  const comparison = await compareProducts({
    db,
    tenantId,
    orientation,
    ids: args.productIds as string[],
  });
  return { items: comparison.products.map(productDetail) };
}
