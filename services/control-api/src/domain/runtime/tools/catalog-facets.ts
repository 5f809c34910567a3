import type { RuntimeToolResult } from '@scenaro/api-contract';
import { productFacets } from '../../catalog/product-facets.js';
import { toUnits } from '../compact-product.js';
import type { ToolArguments, ToolContext } from './tool-context.js';

/** Values read out per facet: the most frequent first. */
const VALUES_PER_FACET = 15;

/** catalog.facets: what is in stock, per facet attribute (or one), and the price range. */
export async function catalogFacetsTool(
  { db, tenantId, orientation }: ToolContext,
  args: ToolArguments,
): Promise<RuntimeToolResult<'catalog.facets'>> {
  const facets = await productFacets({ db, tenantId, orientation });
  const only = args.attribute as string | undefined;
  const { minCents, maxCents } = facets.price;
  return {
    inStock: facets.inStock,
    facets: facets.attributes
      .filter((attribute) => only === undefined || attribute.key === only)
      .map((attribute) => ({
        attribute: attribute.key,
        label: attribute.label,
        values: attribute.values.slice(0, VALUES_PER_FACET),
      })),
    price:
      minCents === null || maxCents === null
        ? null
        : {
            min: toUnits(minCents),
            max: toUnits(maxCents),
            currency: orientation.catalog.currency,
          },
  };
}
