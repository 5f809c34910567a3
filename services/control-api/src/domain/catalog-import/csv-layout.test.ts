import { describe, expect, it } from 'vitest';
import type { AppError } from '../../errors.js';
import type { Catalog } from '../catalog/tenant-catalog.js';
import { readCsvLayout } from './csv-layout.js';
import { csvFieldOf, csvRowToProduct } from './csv-row.js';

const attribute = (key: string, type: string, extra: Record<string, unknown> = {}) => ({
  key,
  label: key,
  type,
  required: false,
  min: null,
  max: null,
  ...extra,
});
const catalog = {
  currency: 'EUR',
  attributes: [
    attribute('color', 'enum', { values: ['rouge', 'blanc'] }),
    attribute('vintage', 'integer'),
    attribute('alcohol', 'number'),
    attribute('organic', 'boolean'),
    attribute('grapes', 'list'),
    attribute('volumeMl', 'integer'),
  ],
} as unknown as Catalog;

function refusal(header: string[]) {
  try {
    readCsvLayout(header, catalog);
  } catch (error) {
    return (error as AppError).details?.map((detail) => detail.path);
  }
  throw new Error('accepted');
}

describe('readCsvLayout', () => {
  it('matches product fields whatever their case, and attribute keys', () => {
    const layout = readCsvLayout([' SKU ', 'Name', 'price', 'volumeml', 'color'], catalog);
    expect(layout.columns.map((column) => column.kind)).toEqual([
      'base',
      'base',
      'base',
      'attribute',
      'attribute',
    ]);
  });

  it('lists unknown, repeated, unnamed and missing columns at once', () => {
    expect(refusal(['sku', 'nom', 'colour', 'sku', ''])).toEqual([
      'header.nom',
      'header.colour',
      'header.sku',
      'header[5]',
      'header.name',
      'header.price',
      'header',
    ]);
  });
});

describe('csvRowToProduct', () => {
  const layout = readCsvLayout(
    ['sku', 'name', 'price', 'stock', 'tags', 'vintage', 'alcohol', 'organic', 'grapes', 'color'],
    catalog,
  );

  it('reads each cell per its column type and leaves empty cells out', () => {
    expect(
      csvRowToProduct(
        ['A', ' Chinon ', '12,5', '3', 'a| b|', '2020', '13,5', 'non', 'Syrah|Grenache', ''],
        layout,
      ),
    ).toEqual({
      input: {
        sku: 'A',
        name: 'Chinon',
        priceCents: 1250,
        stock: 3,
        tags: ['a', 'b'],
        attributes: { vintage: 2020, alcohol: 13.5, organic: false, grapes: ['Syrah', 'Grenache'] },
      },
      issues: [],
    });
  });

  it('reports unreadable cells by column', () => {
    const { issues } = csvRowToProduct(
      ['A', 'B', 'cher', 'x', '', '2020.5', '', 'peut-être'],
      layout,
    );
    expect(issues.map((issue) => issue.field)).toEqual(['price', 'stock', 'vintage', 'organic']);
  });

  it('maps validation paths back to columns', () => {
    expect(csvFieldOf('priceCents', layout)).toBe('price');
    expect(csvFieldOf('attributes.color', layout)).toBe('color');
    expect(csvFieldOf('tags[2]', layout)).toBe('tags');
  });
});
