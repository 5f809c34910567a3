import type { CatalogAttribute } from '@scenaro/orientation';

/** A cell read as a typed value, or the reason it could not be. */
export type CellValue<T> = { ok: true; value: T } | { ok: false; message: string };

/** Separator of list items inside one cell (tags, list attributes). */
export const LIST_SEPARATOR = '|';

/** « 24.50 », « 24,5 » or « 24 » euros → 2450 cents, without floating-point rounding. */
export function readPrice(text: string): CellValue<number> {
  const match = /^(\d{1,9})(?:[.,](\d{1,2}))?$/.exec(text.trim().replaceAll(' ', ''));
  if (!match) return { ok: false, message: 'must be an amount in euros such as 24.50 or 24,50' };
  const euros = Number(match[1]);
  const cents = Number((match[2] ?? '0').padEnd(2, '0'));
  return { ok: true, value: euros * 100 + cents };
}

/** A whole number such as « 12 » or « -3 ». */
export function readInteger(text: string): CellValue<number> {
  const trimmed = text.trim();
  return /^-?\d{1,15}$/.test(trimmed)
    ? { ok: true, value: Number(trimmed) }
    : { ok: false, message: 'must be a whole number' };
}

/** A decimal number with a dot or a comma, such as « 13.5 » or « 13,5 ». */
export function readNumber(text: string): CellValue<number> {
  const trimmed = text.trim().replace(',', '.');
  return /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(trimmed)
    ? { ok: true, value: Number(trimmed) }
    : { ok: false, message: 'must be a number' };
}

const TRUE = new Set(['true', '1', 'yes', 'y', 'oui', 'vrai']);
const FALSE = new Set(['false', '0', 'no', 'n', 'non', 'faux']);

/** true/false, 1/0, yes/no, oui/non (any case). */
export function readBoolean(text: string): CellValue<boolean> {
  const lower = text.trim().toLowerCase();
  if (TRUE.has(lower)) return { ok: true, value: true };
  if (FALSE.has(lower)) return { ok: true, value: false };
  return { ok: false, message: 'must be true or false (or yes/no, oui/non, 1/0)' };
}

/** « a|b | c » → ['a', 'b', 'c']; empty items are dropped. */
export function readList(text: string): string[] {
  return text
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** A non-empty cell read per the attribute's declared type. */
export function readAttribute(attribute: CatalogAttribute, text: string): CellValue<unknown> {
  switch (attribute.type) {
    case 'integer':
      return readInteger(text);
    case 'number':
      return readNumber(text);
    case 'boolean':
      return readBoolean(text);
    case 'list':
      return { ok: true, value: readList(text) };
    case 'text':
      return { ok: true, value: text };
    default:
      return { ok: true, value: text.trim() };
  }
}
