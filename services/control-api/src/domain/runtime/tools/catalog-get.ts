import type { RuntimeToolResult } from '@scenaro/api-contract';
import { getProduct } from '../../catalog/get-product.js';
import { productDetail } from '../compact-product.js';
import type { ToolArguments, ToolContext } from './tool-context.js';

/** catalog.get: one product of the session's tenant in detail (404 for any other). */
export async function catalogGetTool(
  { db, tenantId }: ToolContext,
  args: ToolArguments,
): Promise<RuntimeToolResult<'catalog.get'>> {
  const product = await getProduct({ db, tenantId, idOrSku: args.productId as string });
  return { product: productDetail(product) };
}
