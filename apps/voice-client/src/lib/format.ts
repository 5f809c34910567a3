const formatters = new Map<string, Intl.NumberFormat>();

/** A price in cents, written the French way: `1 234,50 €`. */
export function formatPrice(cents: number, currency: string, locale = 'fr-FR'): string {
  const key = `${locale}|${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    try {
      formatter = new Intl.NumberFormat(locale, { style: 'currency', currency });
    } catch {
      // An unknown currency code must not break the cart: show the number and the code.
      formatter = new Intl.NumberFormat(locale, { minimumFractionDigits: 2 });
      const plain = formatter;
      return `${plain.format(cents / 100)} ${currency}`;
    }
    formatters.set(key, formatter);
  }
  return formatter.format(cents / 100);
}
