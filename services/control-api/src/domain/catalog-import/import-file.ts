import { AppError } from '../../errors.js';
import type { Catalog } from '../catalog/tenant-catalog.js';
import { CsvSyntaxError, detectDelimiter, isBlankRecord, readCsv } from './csv.js';
import { type CsvLayout, readCsvLayout } from './csv-layout.js';
import { csvFieldOf, csvRowToProduct, type FieldIssue } from './csv-row.js';
import type { ImportFormat } from './import-format.js';
import { jsonItemToProduct, readJsonItems } from './json-items.js';

/** One row of an import file, ready for `validateProduct`, with the problems found so far. */
export interface ImportRow {
  /** CSV: the line the row starts on (header = 1); JSON: the item's 1-based position. */
  row: number;
  input: unknown;
  issues: FieldIssue[];
}

/** A readable import file: how many rows it has, and its rows (read again on each call). */
export interface ImportFile {
  total: number;
  rows(): Generator<ImportRow>;
  /** The field a `validateProduct` path points at, in the file's own terms. */
  fieldOf(path: string): string;
}

function csvError(error: unknown): never {
  if (error instanceof CsvSyntaxError) {
    throw new AppError('invalid_request', 'The file is not valid CSV.', {
      details: [{ path: `line ${error.line}`, message: error.message, line: error.line }],
    });
  }
  throw error;
}

function openCsv(text: string, catalog: Catalog): ImportFile {
  const delimiter = detectDelimiter(text);
  let layout: CsvLayout | undefined;
  let total = 0;
  try {
    for (const record of readCsv(text, delimiter)) {
      if (!layout) {
        layout = readCsvLayout(record.cells, catalog);
        continue;
      }
      if (!isBlankRecord(record)) total++;
    }
  } catch (error) {
    csvError(error);
  }
  if (!layout) {
    throw new AppError('invalid_request', 'The CSV file has no header.', {
      details: [{ path: 'header', message: 'is missing' }],
    });
  }
  const columns = layout;
  return {
    total,
    *rows() {
      let header = true;
      for (const record of readCsv(text, delimiter)) {
        if (header) {
          header = false;
          continue;
        }
        if (isBlankRecord(record)) continue;
        yield { row: record.line, ...csvRowToProduct(record.cells, columns) };
      }
    },
    fieldOf: (path) => csvFieldOf(path, columns),
  };
}

function openJson(text: string): ImportFile {
  const items = readJsonItems(text);
  return {
    total: items.length,
    *rows() {
      for (const [index, item] of items.entries()) {
        yield { row: index + 1, ...jsonItemToProduct(item) };
      }
    },
    fieldOf: (path) => path,
  };
}

/**
 * Opens the text of a catalogue file: checks that it is well-formed, that a CSV header names
 * known columns, and counts its rows. Rows themselves are judged one by one later.
 */
export function openImportFile({
  text,
  format,
  catalog,
}: {
  text: string;
  format: ImportFormat;
  catalog: Catalog;
}): ImportFile {
  return format === 'csv' ? openCsv(text, catalog) : openJson(text);
}
