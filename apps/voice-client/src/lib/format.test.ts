import { describe, expect, it } from 'vitest';
import { formatPrice } from './format';

// fr-FR separates thousands with a narrow no-break space and puts a no-break space before €.
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('formatPrice', () => {
  it('writes euros the French way', () => {
    expect(plain(formatPrice(2150, 'EUR'))).toBe('21,50 €');
    expect(plain(formatPrice(123456, 'EUR'))).toBe('1 234,56 €');
    expect(plain(formatPrice(0, 'EUR'))).toBe('0,00 €');
  });

  it('uses no-break spaces so a price never wraps', () => {
    expect(formatPrice(123456, 'EUR')).not.toContain(' ');
  });

  it('follows the currency', () => {
    expect(plain(formatPrice(990, 'CHF'))).toBe('9,90 CHF');
  });

  it('survives an unknown currency code', () => {
    expect(plain(formatPrice(1000, 'X1'))).toBe('10,00 X1');
  });
});
