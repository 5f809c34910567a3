import type { CatalogAttribute } from '@scenaro/orientation';
import { AppError, type ErrorDetail } from '../../errors.js';
import type { Catalog } from '../catalog/tenant-catalog.js';

/** The product fields a CSV file may have, besides one column per catalogue attribute. */
export const BASE_COLUMNS = [
  'sku',
  'name',
  'description',
  'price',
  'currency',
  'stock',
  'tags',
] as const;
export type BaseColumn = (typeof BASE_COLUMNS)[number];

const REQUIRED_COLUMNS: readonly BaseColumn[] = ['sku', 'name', 'price'];

export type CsvColumn =
  | { name: string; kind: 'base'; field: BaseColumn }
  | { name: string; kind: 'attribute'; attribute: CatalogAttribute };

/** What each column of a CSV file holds, read from its header row. */
export interface CsvLayout {
  columns: CsvColumn[];
}

/**
 * Reads the header row against the tenant's catalogue. Product fields match whatever their
 * case; attribute columns match the attribute key (exactly, else ignoring case). Unknown,
 * unnamed or repeated columns and missing required ones are refused, all listed at once.
 */
export function readCsvLayout(header: readonly string[], catalog: Catalog): CsvLayout {
  const details: ErrorDetail[] = [];
  const columns: CsvColumn[] = [];
  const seen = new Set<string>();
  const attributes = new Map(catalog.attributes.map((attribute) => [attribute.key, attribute]));
  const attributesByLowerKey = new Map(
    catalog.attributes.map((attribute) => [attribute.key.toLowerCase(), attribute]),
  );
  header.forEach((raw, index) => {
    const name = raw.trim();
    const lower = name.toLowerCase();
    if (name === '') {
      details.push({ path: `header[${index + 1}]`, message: 'column has no name' });
      return;
    }
    const base = BASE_COLUMNS.find((column) => column === lower);
    const attribute = base ? undefined : (attributes.get(name) ?? attributesByLowerKey.get(lower));
    const key = base ?? attribute?.key;
    if (!key) {
      details.push({
        path: `header.${name}`,
        message: 'is neither a product field nor an attribute of this catalogue',
      });
      return;
    }
    if (seen.has(key)) {
      details.push({ path: `header.${name}`, message: 'appears more than once' });
      return;
    }
    seen.add(key);
    columns.push(
      base
        ? { name, kind: 'base', field: base }
        : { name, kind: 'attribute', attribute: attribute as CatalogAttribute },
    );
  });
  for (const required of REQUIRED_COLUMNS) {
    if (!seen.has(required)) details.push({ path: `header.${required}`, message: 'is missing' });
  }
  if (details.length > 0) {
    throw new AppError('invalid_request', 'The CSV header is not usable.', {
      details: [
        ...details,
        {
          path: 'header',
          message: `expected columns: ${BASE_COLUMNS.join(', ')} (sku, name and price required), then attributes: ${
            catalog.attributes.map((attribute) => attribute.key).join(', ') || 'none'
          }`,
          line: 1,
        },
      ],
    });
  }
  return { columns };
}
