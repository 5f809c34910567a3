import type { ProductHit, ProductView } from '@scenaro/api-contract';
import { type AttributeField, attributesForApi } from './attribute-fields';
import type { FieldErrorOptions } from './form-errors';
import { eurosToCents } from './product-query';

/**
 * A product as react-admin holds it: its id is the sku (the API's key in URLs, stable across
 * imports), the price is in euros for the form, and the API's own id is kept as `productId`.
 */
export interface ProductRecord {
  id: string;
  productId: string;
  sku: string;
  name: string;
  description?: string;
  price: number;
  priceCents: number;
  currency: string;
  stock: number;
  tags?: string[];
  attributes: Record<string, unknown>;
  score?: number | null;
  createdAt?: string;
  updatedAt?: string;
}

/** A search hit or a full product, as a record. */
export function productRecord(product: ProductHit | ProductView): ProductRecord {
  return {
    ...product,
    id: product.sku,
    productId: product.id,
    price: product.priceCents / 100,
    attributes: { ...product.attributes },
  };
}

/** The body of a product write, from the form's values (price in euros → cents). */
export function productBody(
  values: Record<string, unknown>,
  fields: readonly AttributeField[],
  { withSku }: { withSku: boolean },
): Record<string, unknown> {
  const cents = eurosToCents(values.price);
  const stock = values.stock === '' || values.stock === undefined ? 0 : Number(values.stock);
  const tags = Array.isArray(values.tags)
    ? values.tags.map((tag) => String(tag).trim()).filter((tag) => tag !== '')
    : [];
  const body: Record<string, unknown> = {
    name: typeof values.name === 'string' ? values.name.trim() : values.name,
    description: typeof values.description === 'string' ? values.description : '',
    // An unusable price is sent as typed so that the API answers at `priceCents`.
    priceCents: cents ?? values.price ?? null,
    stock: Number.isFinite(stock) ? stock : values.stock,
    tags,
    attributes: attributesForApi(fields, values.attributes as Record<string, unknown> | undefined),
  };
  if (typeof values.currency === 'string' && values.currency !== '')
    body.currency = values.currency;
  if (withSku) body.sku = typeof values.sku === 'string' ? values.sku.trim() : values.sku;
  return body;
}

const FORM_SOURCES = new Set(['sku', 'name', 'description', 'price', 'stock', 'tags']);

/** Where the API's problems with a product body go in the form. */
export const PRODUCT_ERROR_OPTIONS: FieldErrorOptions = {
  rename: { priceCents: 'price' },
  known: (source) => FORM_SOURCES.has(source) || /^attributes\.[A-Za-z0-9_]+$/.test(source),
};
