import type { RuntimeToolResult } from '@scenaro/api-contract';
import { suggestForOccasion } from '../../catalog/occasion.js';
import { compactHit, toCents, toUnits } from '../compact-product.js';
import type { ToolArguments, ToolContext } from './tool-context.js';

/** catalog.occasion: products and quantities for the guests, within the budget if possible. */
export async function catalogOccasionTool(
  { db, tenantId, orientation }: ToolContext,
  args: ToolArguments,
): Promise<RuntimeToolResult<'catalog.occasion'>> {
  const occasion = args.occasion as string;
  const guests = args.guests as number | undefined;
  const suggestion = await suggestForOccasion({
    db,
    tenantId,
    orientation,
    occasion,
    ...(guests === undefined ? {} : { guests }),
    budgetCents: toCents(args.budget as number | undefined),
    ...(args.limit === undefined ? {} : { limit: args.limit as number }),
  });
  return {
    occasion,
    guests: guests ?? null,
    units: suggestion.units,
    items: suggestion.items.map((item) => ({
      ...compactHit(item.product),
      quantity: item.quantity,
    })),
    total: toUnits(suggestion.totalCents),
    currency: suggestion.items[0]?.product.currency ?? orientation.catalog.currency,
    withinBudget: suggestion.withinBudget,
  };
}
