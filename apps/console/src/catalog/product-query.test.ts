import { describe, expect, it } from 'vitest';
import { attributeFilters, eurosToCents, productSearchQuery, productSort } from './product-query';

describe('eurosToCents', () => {
  it('reads euros typed with a dot or a comma, and rounds to the cent', () => {
    expect(eurosToCents('12.5')).toBe(1250);
    expect(eurosToCents('18,90')).toBe(1890);
    expect(eurosToCents(9.999)).toBe(1000);
    expect(eurosToCents(0)).toBe(0);
  });

  it('gives null for nothing, text or a negative amount', () => {
    for (const value of [undefined, null, '', 'cher', -1, '-3']) {
      expect(eurosToCents(value)).toBeNull();
    }
  });
});

describe('productSort', () => {
  it('maps the price column both ways and everything else to relevance', () => {
    expect(productSort({ field: 'priceCents', order: 'ASC' })).toBe('price_asc');
    expect(productSort({ field: 'priceCents', order: 'DESC' })).toBe('price_desc');
    expect(productSort({ field: 'price', order: 'DESC' })).toBe('price_desc');
    expect(productSort({ field: 'relevance', order: 'ASC' })).toBe('relevance');
    expect(productSort({ field: 'name', order: 'DESC' })).toBe('relevance');
    expect(productSort(undefined)).toBe('relevance');
  });
});

describe('attributeFilters', () => {
  it('reads flat `attr.<key>` filters and nested `attr: {…}` ones, skipping blanks', () => {
    expect(
      attributeFilters({
        q: 'bourgogne',
        'attr.color': 'rouge',
        'attr.vintageMin': 2015,
        'attr.region': '',
        attr: { organic: true, grapes: 'Syrah', bodyStyle: null },
        priceMin: '10',
      }),
    ).toEqual({ color: 'rouge', vintageMin: '2015', organic: 'true', grapes: 'Syrah' });
  });
});

describe('productSearchQuery', () => {
  it('turns list filters into the API query string: text, price in cents, stock, attributes, sort', () => {
    expect(
      productSearchQuery({
        filter: {
          q: '  rouge pas cher ',
          priceMin: '10',
          priceMax: '24,5',
          inStock: true,
          'attr.color': 'rouge',
          'attr.vintageMax': '2020',
          attr: { milk: 'chèvre' },
        },
        sort: { field: 'priceCents', order: 'ASC' },
        perPage: 50,
      }),
    ).toEqual({
      limit: 50,
      sort: 'price_asc',
      q: 'rouge pas cher',
      priceMin: 1000,
      priceMax: 2450,
      inStock: 'true',
      'attr.color': 'rouge',
      'attr.vintageMax': '2020',
      'attr.milk': 'chèvre',
    });
  });

  it('leaves out empty filters, an unusable price and a false in-stock flag; caps the page size', () => {
    expect(
      productSearchQuery({
        filter: { q: '   ', priceMin: 'abc', inStock: false },
        sort: { field: 'relevance', order: 'ASC' },
        perPage: 500,
      }),
    ).toEqual({ limit: 100, sort: 'relevance' });
  });
});
