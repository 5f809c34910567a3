import type { ProductHit } from '@scenaro/api-contract';
import type { DbTx } from '@scenaro/db';
import { matchAttributeText } from './attribute-match.js';
import { searchProducts } from './search-products.js';
import type { CatalogOrientation } from './tenant-catalog.js';

/** A suggestion for an occasion: a few products with quantities and their total. */
export interface OccasionSuggestion {
  /** Units needed for the guests (about one per `guestsPerUnit` guests). */
  units: number;
  items: { product: ProductHit; quantity: number }[];
  totalCents: number;
  /** False when the budget could not buy `units` of anything that fits. */
  withinBudget: boolean;
}

const CANDIDATES = 30;

/**
 * Suggests up to `limit` products for an occasion with quantities for the guests (one unit per
 * `guestsPerUnit` guests: a 75 cl bottle serves about 3 for wine) within a total budget.
 * Candidates come from the orientation's occasion attribute when it has one, else from the
 * catalogue search; without matches, the in-stock catalogue cheapest first.
 */
export async function suggestForOccasion({
  db,
  tenantId,
  orientation,
  occasion,
  guests = 6,
  budgetCents,
  limit = 3,
  guestsPerUnit = 3,
}: {
  db: DbTx;
  tenantId: string;
  orientation: CatalogOrientation;
  occasion: string;
  guests?: number;
  budgetCents?: number | undefined;
  limit?: number;
  guestsPerUnit?: number;
}): Promise<OccasionSuggestion> {
  const units = Math.max(1, Math.ceil(guests / guestsPerUnit));
  let candidates: ProductHit[] = [];
  const attributeKey = orientation.catalog.occasionAttribute;
  if (attributeKey) {
    candidates = await matchAttributeText({
      db,
      tenantId,
      orientation,
      attributeKey,
      text: occasion,
      limit: CANDIDATES,
    });
  }
  if (candidates.length === 0) {
    const found = await searchProducts({
      db,
      tenantId,
      orientation,
      search: { q: occasion, inStockOnly: true, limit: CANDIDATES },
    });
    candidates = found.items;
  }
  if (candidates.length === 0) {
    const browsed = await searchProducts({
      db,
      tenantId,
      orientation,
      search: { inStockOnly: true, sort: 'price_asc', limit: CANDIDATES },
    });
    candidates = browsed.items;
  }
  return allocate(candidates, units, budgetCents, Math.min(Math.max(limit, 1), 10));
}

/** Splits `units` over the best candidates whose price keeps the total within the budget. */
function allocate(
  candidates: readonly ProductHit[],
  units: number,
  budgetCents: number | undefined,
  limit: number,
): OccasionSuggestion {
  const inStock = candidates.filter((product) => product.stock > 0);
  const perUnit = budgetCents === undefined ? Number.POSITIVE_INFINITY : budgetCents / units;
  const fitting = inStock.filter((product) => product.priceCents <= perUnit);
  if (fitting.length === 0) {
    const cheapest = [...inStock].sort((a, b) => a.priceCents - b.priceCents)[0];
    if (!cheapest) return { units, items: [], totalCents: 0, withinBudget: false };
    const affordable =
      budgetCents === undefined
        ? units
        : Math.floor(budgetCents / Math.max(cheapest.priceCents, 1));
    const quantity = Math.min(units, Math.max(affordable, 0), cheapest.stock);
    return quantity === 0
      ? { units, items: [], totalCents: 0, withinBudget: false }
      : {
          units,
          items: [{ product: cheapest, quantity }],
          totalCents: quantity * cheapest.priceCents,
          withinBudget: false,
        };
  }
  const chosen = fitting.slice(0, Math.min(limit, units));
  const items = chosen.map((product, index) => ({
    product,
    quantity: Math.floor(units / chosen.length) + (index < units % chosen.length ? 1 : 0),
  }));
  return {
    units,
    items,
    totalCents: items.reduce((sum, item) => sum + item.quantity * item.product.priceCents, 0),
    withinBudget: true,
  };
}
