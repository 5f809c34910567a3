// Amounts and dates as the console shows them, in the UI's language.

/** The BCP 47 locale of a react-admin locale code ('fr' → 'fr-FR'). */
export function intlLocale(locale: string | undefined): string {
  if (!locale || locale === 'fr') return 'fr-FR';
  if (locale === 'en') return 'en-GB';
  return locale;
}

/** Cents of a currency as a price: 1290 EUR → "12,90 €" in French. */
export function formatPrice(cents: number, currency = 'EUR', locale = 'fr-FR'): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(cents / 100);
  } catch {
    return `${(cents / 100).toFixed(2)} ${currency}`;
  }
}

/** A duration in ms, short: "850 ms", "12 s", "3 min 05 s", "1 h 02 min". */
export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms) || ms < 0) return '—';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${String(seconds % 60).padStart(2, '0')} s`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/** A date and time, e.g. "24/11/2026 06:12". */
export function formatDateTime(iso: string | null | undefined, locale = 'fr-FR'): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' }).format(date);
}
