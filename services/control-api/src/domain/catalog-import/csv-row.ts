import { readAttribute, readInteger, readList, readPrice } from './cell-values.js';
import type { CsvLayout } from './csv-layout.js';

/** A problem with one field of one row. */
export interface FieldIssue {
  field: string;
  message: string;
}

/**
 * One CSV row as a product input (the shape `validateProduct` checks), plus the cells that
 * could not be read. Empty cells are left out, so optional fields take their defaults and
 * optional attributes stay absent.
 */
export function csvRowToProduct(
  cells: readonly string[],
  layout: CsvLayout,
): { input: Record<string, unknown>; issues: FieldIssue[] } {
  const input: Record<string, unknown> = {};
  const attributes: Record<string, unknown> = {};
  const issues: FieldIssue[] = [];
  if (cells.length > layout.columns.length) {
    issues.push({
      field: '',
      message: `has ${cells.length} cells but the header has ${layout.columns.length} columns`,
    });
  }
  layout.columns.forEach((column, index) => {
    const text = cells[index] ?? '';
    if (text.trim() === '') return;
    if (column.kind === 'attribute') {
      const read = readAttribute(column.attribute, text);
      if (read.ok) attributes[column.attribute.key] = read.value;
      else issues.push({ field: column.name, message: read.message });
      return;
    }
    switch (column.field) {
      case 'price': {
        const read = readPrice(text);
        if (read.ok) input.priceCents = read.value;
        else issues.push({ field: column.name, message: read.message });
        return;
      }
      case 'stock': {
        const read = readInteger(text);
        if (read.ok) input.stock = read.value;
        else issues.push({ field: column.name, message: read.message });
        return;
      }
      case 'tags':
        input.tags = readList(text);
        return;
      case 'description':
        input.description = text;
        return;
      default:
        input[column.field] = text.trim();
    }
  });
  input.attributes = attributes;
  return { input, issues };
}

/** The CSV column a validation path points at: `priceCents` → price, `attributes.x` → x. */
export function csvFieldOf(path: string, layout: CsvLayout): string {
  const top = path.replace(/\[.*$/, '');
  if (top === 'priceCents') return columnName(layout, 'price');
  const attribute = /^attributes(?:\.([^.[]+)|\["([^"]+)"\])/.exec(path);
  const key = attribute?.[1] ?? attribute?.[2];
  if (key) return columnName(layout, key);
  return columnName(layout, top);
}

function columnName(layout: CsvLayout, key: string): string {
  const column = layout.columns.find((candidate) =>
    candidate.kind === 'base' ? candidate.field === key : candidate.attribute.key === key,
  );
  return column?.name ?? key;
}
