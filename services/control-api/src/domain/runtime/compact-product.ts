import type {
  CompactProduct,
  ProductDetailResult,
  ProductHit,
  ProductView,
} from '@scenaro/api-contract';

/** Longest product description read out in a detail answer. */
const DESCRIPTION_CHARS = 400;

/** Cents to currency units, as a voice answer says a price (12.5, not 1250). */
export function toUnits(cents: number): number {
  return Math.round(cents) / 100;
}

/** Currency units (from the LLM) to cents; undefined stays undefined. */
export function toCents(units: number | undefined): number | undefined {
  return units === undefined ? undefined : Math.round(units * 100);
}

/** Cuts text at a word boundary near `max` characters, with an ellipsis when cut. */
export function trimText(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A search hit (its attributes are already the filterable and facet ones) as a compact item. */
export function compactHit(hit: ProductHit): CompactProduct {
  return {
    productId: hit.id,
    sku: hit.sku,
    name: hit.name,
    price: toUnits(hit.priceCents),
    currency: hit.currency,
    inStock: hit.stock > 0,
    attributes: hit.attributes,
  };
}

/** A full product as a detail answer: every attribute with a value, a trimmed description. */
export function productDetail(product: ProductView): ProductDetailResult {
  const attributes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(product.attributes)) {
    if (value !== null && value !== undefined && value !== '') attributes[key] = value;
  }
  return {
    productId: product.id,
    sku: product.sku,
    name: product.name,
    price: toUnits(product.priceCents),
    currency: product.currency,
    inStock: product.stock > 0,
    stock: product.stock,
    description: trimText(product.description, DESCRIPTION_CHARS),
    attributes,
  };
}
