import type { RuntimeToolResult } from '@scenaro/api-contract';
import { pairProducts } from '../../catalog/pairing.js';
import { compactHit, toCents } from '../compact-product.js';
import type { ToolArguments, ToolContext } from './tool-context.js';

/** catalog.pairing: products whose pairing attribute matches the dish. */
export async function catalogPairingTool(
  { db, tenantId, orientation }: ToolContext,
  args: ToolArguments,
): Promise<RuntimeToolResult<'catalog.pairing'>> {
  const dish = args.dish as string;
  const found = await pairProducts({
    db,
    tenantId,
    orientation,
    dish,
    priceMaxCents: toCents(args.priceMax as number | undefined),
    limit: args.limit as number | undefined,
  });
  return { dish, items: found.map(compactHit) };
}
