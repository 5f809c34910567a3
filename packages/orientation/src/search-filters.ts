import { z } from 'zod';
import type { CatalogAttribute } from './schema.js';

/** A tool's parameters: name → zod schema. */
export type ParameterShape = Record<string, z.ZodType>;

const isRange = (attribute: { readonly type: string }) =>
  attribute.type === 'integer' || attribute.type === 'number';

/** Whether an attribute can become a search filter (text is searched, not filtered). */
export function canFilter(attribute: { readonly type: string }): boolean {
  return attribute.type !== 'text';
}

/** The catalog.search parameter names a filterable attribute adds. */
export function searchFilterNames(attribute: {
  readonly key: string;
  readonly type: string;
}): string[] {
  return isRange(attribute) ? [`${attribute.key}Min`, `${attribute.key}Max`] : [attribute.key];
}

function valueFilter(attribute: CatalogAttribute): z.ZodType {
  const label = JSON.stringify(attribute.label);
  const values = attribute.values;
  switch (attribute.type) {
    case 'enum':
      return z
        .enum((values ?? []) as [string, ...string[]])
        .optional()
        .describe(`Only products whose ${label} is this value.`);
    case 'list':
      return (values ? z.enum(values as [string, ...string[]]) : z.string().min(1).max(100))
        .optional()
        .describe(`Only products whose ${label} include this value.`);
    case 'boolean':
      return z.boolean().optional().describe(`Only products with this ${label}.`);
    default:
      return z
        .string()
        .min(1)
        .max(200)
        .optional()
        .describe(`Only products whose ${label} is exactly this value.`);
  }
}

function rangeFilter(attribute: CatalogAttribute, bound: 'lowest' | 'highest'): z.ZodType {
  let schema = attribute.type === 'integer' ? z.number().int() : z.number();
  if (attribute.min !== null) schema = schema.min(attribute.min);
  if (attribute.max !== null) schema = schema.max(attribute.max);
  return schema.optional().describe(`The ${bound} ${JSON.stringify(attribute.label)} accepted.`);
}

/** One optional catalog.search filter per filterable attribute, derived from the catalogue. */
export function searchFilters(attributes: readonly CatalogAttribute[]): ParameterShape {
  const shape: ParameterShape = {};
  for (const attribute of attributes) {
    if (!attribute.filterable || !canFilter(attribute)) continue;
    if (isRange(attribute)) {
      shape[`${attribute.key}Min`] = rangeFilter(attribute, 'lowest');
      shape[`${attribute.key}Max`] = rangeFilter(attribute, 'highest');
    } else {
      shape[attribute.key] = valueFilter(attribute);
    }
  }
  return shape;
}
