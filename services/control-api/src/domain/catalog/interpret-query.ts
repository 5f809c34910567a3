import type { ProductSort } from '@scenaro/api-contract';
import type { AttributeFilter } from './attribute-filters.js';
import { foldText } from './search-text.js';
import type { Catalog } from './tenant-catalog.js';

/**
 * French phrases that are about price, not about the product: they set the order instead of
 * being searched. Folded (no accents), matched as whole words, longest first.
 */
const PRICE_PHRASES: readonly { words: string; sort: ProductSort }[] = [
  { words: 'le moins cher', sort: 'price_asc' },
  { words: 'le plus cher', sort: 'price_desc' },
  { words: 'les plus chers', sort: 'price_desc' },
  { words: 'haut de gamme', sort: 'price_desc' },
  { words: 'pas cher', sort: 'price_asc' },
  { words: 'pas chere', sort: 'price_asc' },
  { words: 'pas chers', sort: 'price_asc' },
  { words: 'pas cheres', sort: 'price_asc' },
  { words: 'moins cher', sort: 'price_asc' },
  { words: 'moins chers', sort: 'price_asc' },
  { words: 'bon marche', sort: 'price_asc' },
  { words: 'petit prix', sort: 'price_asc' },
  { words: 'petits prix', sort: 'price_asc' },
  { words: 'economique', sort: 'price_asc' },
  { words: 'economiques', sort: 'price_asc' },
  { words: 'abordable', sort: 'price_asc' },
  { words: 'abordables', sort: 'price_asc' },
];

/** A crude French singular, enough to match "rouges" with "rouge" and "vins" with "vin". */
const singular = (word: string) => (word.length > 3 ? word.replace(/[sx]$/, '') : word);

/** Words of a text, folded, punctuation as spaces. */
const words = (text: string) =>
  foldText(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);

/** Finds `phrase` as whole words in `tokens` (singulars compared); returns its start or -1. */
function findPhrase(tokens: readonly string[], phrase: readonly string[], exact = false): number {
  const same = (a: string, b: string) => (exact ? a === b : singular(a) === singular(b));
  for (let start = 0; start + phrase.length <= tokens.length; start++) {
    if (phrase.every((word, offset) => same(tokens[start + offset] ?? '', word))) return start;
  }
  return -1;
}

/** How a free-text query was understood. */
export interface QueryPlan {
  /** Words left for full-text search. */
  text: string;
  /** An order asked for in words ("pas cher"), used when the caller gave none. */
  sortHint: ProductSort | null;
  /** Values of attributes that are not in the searchable text: always filters. */
  filters: AttributeFilter[];
  /** Values of searchable attributes: kept in the text, turned into filters if it finds nothing. */
  fallbackFilters: AttributeFilter[];
  /** The text without the words of `fallbackFilters`. */
  fallbackText: string;
}

/**
 * Splits a shopper's query into full-text words, filters and an order, from the catalogue alone:
 * a word that is a value of an enum attribute ("rouge" for a colour) is a filter on it, and
 * the catalogue's item name ("vins") is noise. Attributes the caller already filters on are
 * left alone. When a value belongs to several attributes, the first declared one wins.
 */
export function interpretQuery(
  q: string,
  catalog: Catalog,
  explicitKeys: ReadonlySet<string>,
): QueryPlan {
  let tokens = words(q);
  let sortHint: ProductSort | null = null;
  for (const phrase of PRICE_PHRASES) {
    const phraseWords = phrase.words.split(' ');
    const at = findPhrase(tokens, phraseWords, true);
    if (at < 0) continue;
    sortHint ??= phrase.sort;
    tokens = [...tokens.slice(0, at), ...tokens.slice(at + phraseWords.length)];
  }
  const noise = new Set(
    [catalog.itemName.singular, catalog.itemName.plural].flatMap(words).map(singular),
  );
  tokens = tokens.filter((token) => !noise.has(singular(token)));

  // Values of attributes missing from the searchable text can only be found as filters.
  const taken = new Set(explicitKeys);
  const filters = takeValues(catalog, taken, tokens, false);
  tokens = filters.rest;
  const fallback = takeValues(catalog, taken, tokens, true);
  return {
    text: tokens.join(' '),
    sortHint,
    filters: filters.found,
    fallbackFilters: fallback.found,
    fallbackText: fallback.rest.join(' '),
  };
}

/** Removes from `tokens` one value per enum attribute (searchable or not) and makes it a filter. */
function takeValues(
  catalog: Catalog,
  taken: Set<string>,
  tokens: readonly string[],
  searchable: boolean,
): { found: AttributeFilter[]; rest: string[] } {
  const found: AttributeFilter[] = [];
  let rest = [...tokens];
  for (const attribute of catalog.attributes) {
    if (attribute.type !== 'enum' || attribute.searchable !== searchable) continue;
    if (taken.has(attribute.key)) continue;
    for (const value of attribute.values ?? []) {
      const valueWords = words(value);
      const at = valueWords.length > 0 ? findPhrase(rest, valueWords) : -1;
      if (at < 0) continue;
      found.push({ key: attribute.key, kind: 'equals', value });
      rest = [...rest.slice(0, at), ...rest.slice(at + valueWords.length)];
      taken.add(attribute.key);
      break;
    }
  }
  return { found, rest };
}
