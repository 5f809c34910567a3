import { AppError } from '../../errors.js';
import { readPrice } from './cell-values.js';
import type { FieldIssue } from './csv-row.js';

/** The products of a JSON file: an array, or `{ "products": [...] }`. */
export function readJsonItems(text: string): unknown[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new AppError('invalid_json', 'The file is not valid JSON.', {
      details: [{ path: 'body', message: error instanceof Error ? error.message : 'is not JSON' }],
    });
  }
  const items = Array.isArray(parsed)
    ? parsed
    : typeof parsed === 'object' && parsed !== null && 'products' in parsed
      ? (parsed as { products: unknown }).products
      : undefined;
  if (!Array.isArray(items)) {
    throw new AppError('invalid_request', 'The JSON file holds no list of products.', {
      details: [{ path: 'body', message: 'must be an array of products or { "products": [...] }' }],
    });
  }
  if (!Array.isArray(parsed) && Object.keys(parsed as object).some((key) => key !== 'products')) {
    const extra = Object.keys(parsed as object).filter((key) => key !== 'products');
    throw new AppError('invalid_request', 'The JSON file has unknown fields.', {
      details: extra.map((key) => ({ path: `body.${key}`, message: 'is not an allowed field' })),
    });
  }
  return items;
}

/**
 * One JSON item as a product input: `price` (euros, number or text) is turned into
 * `priceCents`; everything else is left for `validateProduct` to judge.
 */
export function jsonItemToProduct(item: unknown): { input: unknown; issues: FieldIssue[] } {
  if (typeof item !== 'object' || item === null || Array.isArray(item) || !('price' in item)) {
    return { input: item, issues: [] };
  }
  const { price, ...rest } = item as Record<string, unknown>;
  if ('priceCents' in rest) {
    return {
      input: rest,
      issues: [{ field: 'price', message: 'give price or priceCents, not both' }],
    };
  }
  const read =
    typeof price === 'number'
      ? Number.isFinite(price) && Math.abs(price * 100 - Math.round(price * 100)) < 1e-6
        ? readPrice(String(Math.round(price * 100) / 100))
        : { ok: false as const, message: 'must be an amount in euros with at most 2 decimals' }
      : typeof price === 'string'
        ? readPrice(price)
        : { ok: false as const, message: 'must be an amount in euros such as 24.50' };
  if (!read.ok) return { input: rest, issues: [{ field: 'price', message: read.message }] };
  return { input: { ...rest, priceCents: read.value }, issues: [] };
}
