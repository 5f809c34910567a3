import type { Catalog } from './tenant-catalog.js';

/**
 * Lower-case, accent-free text, the JS twin of SQL `unaccent(lower(…))`: queries go through
 * `unaccent(lower(q))` so both sides meet ("Côtes" and "cotes" alike).
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/\s+/g, ' ')
    .trim();
}

/** What a product's searchable text is made of. */
export interface SearchableProduct {
  name: string;
  description: string;
  tags: readonly string[];
  attributes: Readonly<Record<string, unknown>>;
}

/** Characters at the head of searchText that relevance is scored on (see searchProducts). */
export const SCORED_HEAD = 200;

/**
 * The `searchText` column: name, tags and short `searchable` attributes first, then the
 * description and long (`text`) attributes, folded. The order matters: relevance is scored on
 * the head of the text only, so the identifying words must come first.
 */
export function buildSearchText(product: SearchableProduct, catalog: Catalog): string {
  const head: string[] = [product.name, ...product.tags];
  const tail: string[] = [product.description];
  for (const attribute of catalog.attributes) {
    if (!attribute.searchable) continue;
    const value = product.attributes[attribute.key];
    if (value === undefined || value === null) continue;
    (attribute.type === 'text' ? tail : head).push(
      Array.isArray(value) ? value.join(' ') : String(value),
    );
  }
  return foldText([...head, ...tail].join(' '));
}
