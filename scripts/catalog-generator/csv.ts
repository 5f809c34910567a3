/** One product per CSV row: fixed columns, then one column per attribute. */
import type { Product } from './types.js';
import { ATTRIBUTE_KEYS } from './types.js';

export const CSV_COLUMNS = [
  'sku',
  'name',
  'description',
  'price',
  'currency',
  'stock',
  'tags',
  ...ATTRIBUTE_KEYS,
] as const;

/** Separator of list values inside one cell. */
export const LIST_SEPARATOR = '|';

const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** 2450 → « 24.50 ». */
export function formatPrice(cents: number): string {
  return `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return csvCell(value.join(LIST_SEPARATOR));
  return csvCell(String(value));
}

export function csvHeader(): string {
  return `${CSV_COLUMNS.join(',')}\n`;
}

export function csvRow(p: Product): string {
  const cells = [
    cell(p.sku),
    cell(p.name),
    cell(p.description),
    formatPrice(p.priceCents),
    cell(p.currency),
    String(p.stock),
    cell(p.tags),
  ];
  for (const key of ATTRIBUTE_KEYS) cells.push(cell(p.attributes[key]));
  return `${cells.join(',')}\n`;
}
