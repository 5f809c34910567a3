import { describe, expect, it } from 'vitest';
import { readBoolean, readNumber, readPrice } from './cell-values.js';
import { CsvSyntaxError, detectDelimiter, readCsv } from './csv.js';

const records = (text: string, delimiter: ',' | ';' = ',') => [...readCsv(text, delimiter)];

describe('readCsv', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks, and keeps line numbers', () => {
    const text = '\uFEFFa,b,c\r\n1,"x, ""y""",3\n2,"multi\nline",4\n\n5,,\n';
    expect(records(text)).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['1', 'x, "y"', '3'] },
      { line: 3, cells: ['2', 'multi\nline', '4'] },
      { line: 5, cells: [''] },
      { line: 6, cells: ['5', '', ''] },
    ]);
  });

  it('reads a last record without a final newline, and semicolon files', () => {
    expect(records('a;b\n1;"2;3"', ';')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', '2;3'] },
    ]);
    expect(detectDelimiter('sku;name;price\n')).toBe(';');
    expect(detectDelimiter('sku,name;x,price\n')).toBe(',');
  });

  it('refuses an unterminated quote and text after a closing quote, with the line', () => {
    expect(() => records('a,b\n1,"open\n2,3\n')).toThrow(CsvSyntaxError);
    try {
      records('a,b\n1,"x"y\n');
    } catch (error) {
      expect((error as CsvSyntaxError).line).toBe(2);
    }
    expect.assertions(2);
  });
});

describe('cell values', () => {
  it('reads prices in euros with a dot or a comma, exactly', () => {
    expect(readPrice('24.50')).toEqual({ ok: true, value: 2450 });
    expect(readPrice('24,5')).toEqual({ ok: true, value: 2450 });
    expect(readPrice('0.29')).toEqual({ ok: true, value: 29 });
    expect(readPrice('7')).toEqual({ ok: true, value: 700 });
    expect(readPrice('-3').ok).toBe(false);
    expect(readPrice('12.345').ok).toBe(false);
    expect(readPrice('abc').ok).toBe(false);
  });

  it('reads numbers and booleans', () => {
    expect(readNumber('13,5')).toEqual({ ok: true, value: 13.5 });
    expect(readNumber('x').ok).toBe(false);
    expect(readBoolean('Oui')).toEqual({ ok: true, value: true });
    expect(readBoolean('0')).toEqual({ ok: true, value: false });
    expect(readBoolean('maybe').ok).toBe(false);
  });
});
