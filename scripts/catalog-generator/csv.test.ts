import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCell, csvRow, formatPrice, LIST_SEPARATOR } from './csv.js';
import { generateCatalog } from './generate.js';
import type { Product, WineAttributes } from './types.js';
import { writeCatalog } from './write.js';

/** RFC 4180 parsing, enough to read back what csv.ts writes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

const list = (s: string) => (s === '' ? [] : s.split(LIST_SEPARATOR));

function productOf(header: string[], cells: string[]): Product {
  const get = (column: string) => {
    const i = header.indexOf(column);
    if (i < 0) throw new Error(`no column ${column}`);
    return cells[i] ?? '';
  };
  const attributes = {
    color: get('color'),
    region: get('region'),
    appellation: get('appellation'),
    grapes: list(get('grapes')),
    ...(get('vintage') === '' ? {} : { vintage: Number(get('vintage')) }),
    producer: get('producer'),
    country: get('country'),
    alcohol: Number(get('alcohol')),
    volumeMl: Number(get('volumeMl')),
    organic: get('organic') === 'true',
    bodyStyle: get('bodyStyle'),
    sweetness: get('sweetness'),
    pairings: list(get('pairings')),
    tastingNotes: get('tastingNotes'),
    servingTemperature: get('servingTemperature'),
    agingPotential: get('agingPotential'),
  } as WineAttributes;
  return {
    sku: get('sku'),
    name: get('name'),
    description: get('description'),
    priceCents: Math.round(Number(get('price')) * 100),
    currency: get('currency') as 'EUR',
    stock: Number(get('stock')),
    tags: list(get('tags')),
    attributes,
  };
}

async function written(
  products: Product[],
  format: 'csv' | 'json',
  pretty = false,
): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await writeCatalog(products, format, out, { pretty });
  out.end();
  return Buffer.concat(chunks).toString('utf8');
}

describe('CSV', () => {
  it('escapes quotes, commas and newlines', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('le « Clos » dit "Haut"')).toBe('"le « Clos » dit ""Haut"""');
    expect(csvCell('deux\nlignes')).toBe('"deux\nlignes"');
    expect(parseCsv(`${csvCell('x, "y"\nz')},b\n`)).toEqual([['x, "y"\nz', 'b']]);
  });

  it('prints prices in euros with a dot', () => {
    expect(formatPrice(2450)).toBe('24.50');
    expect(formatPrice(790)).toBe('7.90');
    expect(formatPrice(20450)).toBe('204.50');
  });

  it('has the fixed columns, then one per attribute', () => {
    expect(CSV_COLUMNS.slice(0, 7)).toEqual([
      'sku',
      'name',
      'description',
      'price',
      'currency',
      'stock',
      'tags',
    ]);
    expect(CSV_COLUMNS).toContain('servingTemperature');
  });

  it('parses back to the same products', async () => {
    const products = generateCatalog({ seed: 11, count: 1500, skuPrefix: 'CSV' });
    const rows = parseCsv(await written(products, 'csv'));
    const [header, ...body] = rows;
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(body).toHaveLength(products.length);
    expect(body.map((cells) => productOf(header ?? [], cells))).toEqual(products);
  });

  it('round-trips awkward text', () => {
    const [base] = generateCatalog({ seed: 1, count: 1 });
    if (!base) throw new Error('no product');
    const tricky: Product = {
      ...base,
      name: 'Domaine "du Coin", cuvée\nspéciale',
      description: 'Virgule, guillemets "doubles" et\r\nretour chariot.',
      tags: ['à offrir', 'coup de cœur'],
    };
    const rows = parseCsv(`${CSV_COLUMNS.join(',')}\n${csvRow(tricky)}`);
    expect(productOf(rows[0] ?? [], rows[1] ?? [])).toEqual(tricky);
  });

  it('writes a JSON array that parses back, compact or pretty', async () => {
    const products = generateCatalog({ seed: 5, count: 300 });
    expect(JSON.parse(await written(products, 'json'))).toEqual(products);
    expect(JSON.parse(await written(products, 'json', true))).toEqual(products);
    expect(JSON.parse(await written([], 'json'))).toEqual([]);
  });
});
