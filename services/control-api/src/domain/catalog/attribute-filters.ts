import { Prisma } from '@scenaro/db';
import type { CatalogAttribute } from '@scenaro/orientation';
import { AppError, type ErrorDetail } from '../../errors.js';
import { foldText } from './search-text.js';
import type { Catalog } from './tenant-catalog.js';

/** One condition on a product attribute. */
export type AttributeFilter =
  | { key: string; kind: 'equals'; value: string | boolean }
  | { key: string; kind: 'contains'; value: string }
  | { key: string; kind: 'range'; min: number | null; max: number | null };

/** Filter values by filter name, as catalog.search names them: `color`, `vintageMin`… */
export type FilterValues = Readonly<Record<string, string | number | boolean>>;

const isRange = (attribute: CatalogAttribute) =>
  attribute.type === 'integer' || attribute.type === 'number';

/** The declared value an input designates, ignoring case and accents ("rhone" → "Rhône"). */
export function canonicalValue(attribute: CatalogAttribute, input: string): string | null {
  if (!attribute.values) return input;
  const folded = foldText(input);
  return attribute.values.find((value) => foldText(value) === folded) ?? null;
}

/**
 * Reads filters named like catalog.search's parameters into conditions, checked against the
 * catalogue: an unknown name, a value not among an enum's values or a non-number bound is a
 * 400 at `<prefix><name>`. String values (from a query string) are converted by type.
 */
export function readAttributeFilters(
  values: FilterValues,
  catalog: Catalog,
  prefix = '',
): AttributeFilter[] {
  const issues: ErrorDetail[] = [];
  const byKey = new Map<string, AttributeFilter>();
  const fail = (name: string, message: string) =>
    issues.push({ path: `${prefix}${name}`, message });
  for (const [name, raw] of Object.entries(values)) {
    const range = /^(.+)(Min|Max)$/.exec(name);
    const ranged = range
      ? catalog.attributes.find((a) => a.key === range[1] && isRange(a))
      : undefined;
    if (range && ranged) {
      const bound = typeof raw === 'number' ? raw : Number(String(raw).trim());
      if (String(raw).trim() === '' || !Number.isFinite(bound)) {
        fail(name, 'must be a number');
        continue;
      }
      const current = byKey.get(ranged.key);
      const filter =
        current?.kind === 'range'
          ? current
          : { key: ranged.key, kind: 'range' as const, min: null, max: null };
      if (range[2] === 'Min') filter.min = bound;
      else filter.max = bound;
      byKey.set(ranged.key, filter);
      continue;
    }
    const attribute = catalog.attributes.find((a) => a.key === name);
    if (!attribute || attribute.type === 'text') {
      fail(name, 'is not a filterable attribute of this catalogue');
      continue;
    }
    if (isRange(attribute)) {
      fail(name, `filter a number with ${name}Min and ${name}Max`);
      continue;
    }
    if (attribute.type === 'boolean') {
      if (raw === true || raw === 'true')
        byKey.set(name, { key: name, kind: 'equals', value: true });
      else if (raw === false || raw === 'false')
        byKey.set(name, { key: name, kind: 'equals', value: false });
      else fail(name, 'must be true or false');
      continue;
    }
    const value = canonicalValue(attribute, String(raw));
    if (value === null) {
      fail(name, `must be one of ${(attribute.values ?? []).join(', ')}`);
      continue;
    }
    byKey.set(name, { key: name, kind: attribute.type === 'list' ? 'contains' : 'equals', value });
  }
  if (issues.length > 0) {
    throw new AppError('invalid_request', 'Some filters are not valid.', { details: issues });
  }
  return [...byKey.values()];
}

/** SQL conditions for the filters; keys and values are parameters, never spliced in. */
export function attributeFilterSql(filters: readonly AttributeFilter[]): Prisma.Sql[] {
  return filters.flatMap((filter) => conditionsOf(filter));
}

function conditionsOf(filter: AttributeFilter): Prisma.Sql[] {
  if (filter.kind === 'contains') {
    return [Prisma.sql`attributes -> ${filter.key} @> jsonb_build_array(${filter.value}::text)`];
  }
  if (filter.kind === 'equals') {
    return typeof filter.value === 'boolean'
      ? [Prisma.sql`attributes -> ${filter.key} = to_jsonb(${filter.value}::boolean)`]
      : [Prisma.sql`attributes ->> ${filter.key} = ${filter.value}`];
  }
  const number = Prisma.sql`(attributes ->> ${filter.key})::numeric`;
  return [
    ...(filter.min === null ? [] : [Prisma.sql`${number} >= ${filter.min}`]),
    ...(filter.max === null ? [] : [Prisma.sql`${number} <= ${filter.max}`]),
  ];
}

/** Longest attribute value the full-text index holds as a lexeme (scenaro_product_lexemes). */
export const INDEXED_VALUE_LENGTH = 60;

/**
 * The filters the full-text index answers too, as a tsquery of its attribute lexemes
 * (`'#color=rouge' & '#grapes=Pinot Noir'`, see scenaro_product_lexemes), or null: equality and
 * list filters on string values of up to INDEXED_VALUE_LENGTH characters. A search adds it to
 * its words so that it reads only rows that pass those filters; the filters stay conditions of
 * the statement all the same.
 */
export function indexedFilterQuery(filters: readonly AttributeFilter[]): string | null {
  const terms: string[] = [];
  for (const filter of filters) {
    if (filter.kind === 'range' || typeof filter.value !== 'string') continue;
    const length = [...filter.value].length;
    if (length === 0 || length > INDEXED_VALUE_LENGTH) continue;
    const lexeme = `#${filter.key}=${filter.value}`.replace(/\\/g, '\\\\').replace(/'/g, "''");
    terms.push(`'${lexeme}'`);
  }
  return terms.length > 0 ? terms.join(' & ') : null;
}

/** The filters as a plain object (for the response's `interpreted`). */
export function describeFilters(filters: readonly AttributeFilter[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const filter of filters) {
    if (filter.kind === 'range') {
      if (filter.min !== null) out[`${filter.key}Min`] = filter.min;
      if (filter.max !== null) out[`${filter.key}Max`] = filter.max;
    } else {
      out[filter.key] = filter.value;
    }
  }
  return out;
}
