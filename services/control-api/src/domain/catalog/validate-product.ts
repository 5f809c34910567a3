import { productInputSchema } from '@scenaro/api-contract';
import type { CatalogAttribute, PathSegment } from '@scenaro/orientation';
import { formatPath } from '@scenaro/orientation';
import type { ErrorDetail } from '../../errors.js';
import type { Catalog } from './tenant-catalog.js';

/** A product that passed validation: every field present, attributes as declared. */
export interface ValidProduct {
  sku: string;
  name: string;
  description: string;
  priceCents: number;
  currency: string;
  stock: number;
  tags: string[];
  attributes: Record<string, string | number | boolean | string[]>;
}

export type ProductValidation =
  | { ok: true; product: ValidProduct }
  | { ok: false; issues: ErrorDetail[] };

const MAX_STRING = 500;
const MAX_TEXT = 20_000;
const MAX_LIST_ITEM = 200;

/** The problem with one attribute value, or null when it fits its declaration. */
function attributeProblem(attribute: CatalogAttribute, value: unknown): string | null {
  const within = (n: number) =>
    attribute.min !== null && n < attribute.min
      ? `must be at least ${attribute.min}`
      : attribute.max !== null && n > attribute.max
        ? `must be at most ${attribute.max}`
        : null;
  switch (attribute.type) {
    case 'string':
      if (typeof value !== 'string') return 'must be a string';
      if (value.includes('\n')) return 'must be a single line';
      return value.length > MAX_STRING ? `must be at most ${MAX_STRING} characters` : null;
    case 'text':
      if (typeof value !== 'string') return 'must be a string';
      return value.length > MAX_TEXT ? `must be at most ${MAX_TEXT} characters` : null;
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) return 'must be a whole number';
      return within(value);
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'must be a number';
      return within(value);
    case 'boolean':
      return typeof value === 'boolean' ? null : 'must be true or false';
    case 'enum':
      return typeof value === 'string' && attribute.values?.includes(value)
        ? null
        : `must be one of ${(attribute.values ?? []).join(', ')}`;
    case 'list': {
      if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
        return 'must be a list of strings';
      }
      if (value.some((item: string) => item.length > MAX_LIST_ITEM)) {
        return `items must be at most ${MAX_LIST_ITEM} characters`;
      }
      const allowed = attribute.values;
      const unknown = allowed ? value.filter((item: string) => !allowed.includes(item)) : [];
      return unknown.length > 0
        ? `${unknown.map((item) => JSON.stringify(item)).join(', ')} not among ${allowed?.join(', ')}`
        : null;
    }
  }
}

/**
 * Checks a product against the base product shape and the orientation's attribute schema;
 * returns every problem at once, each at its path (prefixed with `at`, e.g. `products[3]`).
 */
export function validateProduct(
  input: unknown,
  catalog: Catalog,
  at: readonly PathSegment[] = [],
): ProductValidation {
  const path = (segments: readonly PathSegment[]) => formatPath([...at, ...segments]) || '';
  const issues: ErrorDetail[] = [];
  const parsed = productInputSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const keys = (issue as { keys?: string[] }).keys;
      if (issue.code === 'unrecognized_keys' && keys) {
        for (const key of keys) {
          issues.push({
            path: path([...(issue.path as PathSegment[]), key]),
            message: 'is not a product field',
          });
        }
      } else {
        issues.push({ path: path(issue.path as PathSegment[]), message: issue.message });
      }
    }
  }

  const rawAttributes =
    typeof input === 'object' && input !== null && !Array.isArray(input)
      ? (input as { attributes?: unknown }).attributes
      : undefined;
  const attributes: ValidProduct['attributes'] = {};
  if (
    typeof rawAttributes === 'object' &&
    rawAttributes !== null &&
    !Array.isArray(rawAttributes)
  ) {
    const given = rawAttributes as Record<string, unknown>;
    const declared = new Map(catalog.attributes.map((attribute) => [attribute.key, attribute]));
    for (const [key, value] of Object.entries(given)) {
      const attribute = declared.get(key);
      if (!attribute) {
        issues.push({
          path: path(['attributes', key]),
          message: 'is not an attribute of this catalogue',
        });
        continue;
      }
      if (value === null) continue;
      const problem = attributeProblem(attribute, value);
      if (problem) issues.push({ path: path(['attributes', key]), message: problem });
      else attributes[key] = value as ValidProduct['attributes'][string];
    }
    for (const attribute of catalog.attributes) {
      if (
        attribute.required &&
        (given[attribute.key] === undefined || given[attribute.key] === null)
      ) {
        issues.push({ path: path(['attributes', attribute.key]), message: 'is required' });
      }
    }
  } else if (rawAttributes === undefined) {
    for (const attribute of catalog.attributes) {
      if (attribute.required) {
        issues.push({ path: path(['attributes', attribute.key]), message: 'is required' });
      }
    }
  }

  if (!parsed.success || issues.length > 0) {
    // zod already reported a non-object `attributes`; keep paths unique.
    const seen = new Set<string>();
    return {
      ok: false,
      issues: issues.filter((issue) => {
        const id = `${issue.path}\0${issue.message}`;
        if (seen.has(id)) return false;
        seen.add(id);
        return true;
      }),
    };
  }
  const { data } = parsed;
  return {
    ok: true,
    product: {
      sku: data.sku,
      name: data.name,
      description: data.description,
      priceCents: data.priceCents,
      currency: data.currency ?? catalog.currency,
      stock: data.stock,
      tags: data.tags,
      attributes,
    },
  };
}

/** Validates many products at once; issues are at `products[i]…`, duplicates of a sku included. */
export function validateProducts(
  inputs: readonly unknown[],
  catalog: Catalog,
  field = 'products',
): { ok: true; products: ValidProduct[] } | { ok: false; issues: ErrorDetail[] } {
  const products: ValidProduct[] = [];
  const issues: ErrorDetail[] = [];
  const firstIndex = new Map<string, number>();
  inputs.forEach((input, index) => {
    const result = validateProduct(input, catalog, [field, index]);
    if (!result.ok) {
      issues.push(...result.issues);
      return;
    }
    const earlier = firstIndex.get(result.product.sku);
    if (earlier !== undefined) {
      issues.push({
        path: formatPath([field, index, 'sku']),
        message: `duplicates the sku of ${field}[${earlier}]`,
      });
      return;
    }
    firstIndex.set(result.product.sku, index);
    products.push(result.product);
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, products };
}
