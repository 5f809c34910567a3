import type { ProductSort } from '@scenaro/api-contract';

// The catalogue list's filters as react-admin holds them, turned into the API's query string.
// Filter keys: `q`, `priceMin`/`priceMax` (euros, as typed), `inStock`, and one `attr.<key>`
// (or `attr.<key>Min|Max`) per attribute filter — flat keys, or nested under `attr`.

export const ATTRIBUTE_FILTER_PREFIX = 'attr.';

/** Euros as typed (dot or comma decimal) to whole cents; null when not a usable amount. */
export function eurosToCents(value: unknown): number | null {
  if (value === undefined || value === null || value === '') return null;
  const number = typeof value === 'number' ? value : Number(String(value).trim().replace(',', '.'));
  if (!Number.isFinite(number) || number < 0) return null;
  return Math.round(number * 100);
}

/** react-admin's sort to the API's: price ascending/descending, else relevance. */
export function productSort(sort: { field?: string; order?: string } | undefined): ProductSort {
  if (sort?.field === 'priceCents' || sort?.field === 'price') {
    return sort.order === 'DESC' ? 'price_desc' : 'price_asc';
  }
  return 'relevance';
}

/** The attribute filters of a filter object, flat (`attr.color`) or nested (`attr: {color}`). */
export function attributeFilters(filter: Record<string, unknown>): Record<string, string> {
  const result: Record<string, string> = {};
  const add = (key: string, value: unknown) => {
    if (value === undefined || value === null || value === '') return;
    result[key] = String(value);
  };
  for (const [name, value] of Object.entries(filter)) {
    if (name === 'attr' && value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [key, nested] of Object.entries(value as Record<string, unknown>)) {
        add(key, nested);
      }
    } else if (name.startsWith(ATTRIBUTE_FILTER_PREFIX)) {
      add(name.slice(ATTRIBUTE_FILTER_PREFIX.length), value);
    }
  }
  return result;
}

/** The query string of `GET …/products` for a react-admin list request (without the cursor). */
export function productSearchQuery({
  filter,
  sort,
  perPage,
}: {
  filter: Record<string, unknown>;
  sort?: { field?: string; order?: string };
  perPage: number;
}): Record<string, string | number> {
  const query: Record<string, string | number> = {
    limit: Math.min(Math.max(1, perPage), 100),
    sort: productSort(sort),
  };
  const q = typeof filter.q === 'string' ? filter.q.trim() : '';
  if (q) query.q = q;
  const priceMin = eurosToCents(filter.priceMin);
  const priceMax = eurosToCents(filter.priceMax);
  if (priceMin !== null) query.priceMin = priceMin;
  if (priceMax !== null) query.priceMax = priceMax;
  if (filter.inStock === true || filter.inStock === 'true') query.inStock = 'true';
  for (const [key, value] of Object.entries(attributeFilters(filter))) {
    query[`${ATTRIBUTE_FILTER_PREFIX}${key}`] = value;
  }
  return query;
}
