/** One record of a CSV file and the line of the file it starts on (1-based). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** A file that is not well-formed CSV, with the line where reading stopped. */
export class CsvSyntaxError extends Error {
  readonly line: number;

  constructor(message: string, line: number) {
    super(message);
    this.name = 'CsvSyntaxError';
    this.line = line;
  }
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * The delimiter of a CSV file, read from its first line: a semicolon when that line has
 * semicolons and no commas (French spreadsheets export so), a comma otherwise.
 */
export function detectDelimiter(text: string): ',' | ';' {
  const end = text.search(/\r|\n/);
  const first = end === -1 ? text : text.slice(0, end);
  return first.includes(';') && !first.includes(',') ? ';' : ',';
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) {
    count++;
  }
  return count;
}

/**
 * Reads RFC 4180 CSV one record at a time: quoted fields may hold delimiters, line breaks and
 * doubled quotes; CRLF and LF both end a record; a leading byte-order mark is skipped.
 * Lenient where it costs nothing (a quote inside an unquoted field is kept as text); throws a
 * `CsvSyntaxError` on an unterminated quoted field or text right after a closing quote.
 */
export function* readCsv(text: string, delimiter: ',' | ';' = ','): Generator<CsvRecord> {
  const delim = delimiter.charCodeAt(0);
  const length = text.length;
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  while (at < length) {
    const start = line;
    const cells: string[] = [];
    for (;;) {
      if (text.charCodeAt(at) === QUOTE) {
        let value = '';
        let from = at + 1;
        for (;;) {
          const close = text.indexOf('"', from);
          if (close === -1) throw new CsvSyntaxError('a quoted field is never closed', start);
          value += text.slice(from, close);
          line += countNewlines(text, from, close);
          if (text.charCodeAt(close + 1) === QUOTE) {
            value += '"';
            from = close + 2;
            continue;
          }
          at = close + 1;
          break;
        }
        const next = text.charCodeAt(at);
        if (at < length && next !== delim && next !== LF && next !== CR) {
          throw new CsvSyntaxError('unexpected text after a closing quote', line);
        }
        cells.push(value);
      } else {
        let end = at;
        while (end < length) {
          const code = text.charCodeAt(end);
          if (code === delim || code === LF || code === CR) break;
          end++;
        }
        cells.push(text.slice(at, end));
        at = end;
      }
      if (at >= length) break;
      const code = text.charCodeAt(at);
      if (code === delim) {
        at++;
        if (at >= length) cells.push('');
        else continue;
        break;
      }
      at += code === CR && text.charCodeAt(at + 1) === LF ? 2 : 1;
      line++;
      break;
    }
    yield { line: start, cells };
  }
}

/** Whether a record is an empty line (skipped, but still counted in line numbers). */
export function isBlankRecord(record: CsvRecord): boolean {
  return record.cells.length === 1 && record.cells[0]?.trim() === '';
}
