import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import frenchMessages from 'ra-language-french';
import type { I18nProvider, TranslationMessages } from 'react-admin';
import type { ConsoleFeature } from './feature';

export type Locale = 'fr' | 'en';
export const LOCALES: { locale: Locale; name: string }[] = [
  { locale: 'fr', name: 'Français' },
  { locale: 'en', name: 'English' },
];
const STORAGE_KEY = 'scenaro.console.locale';

type Messages = Record<string, unknown>;

function isObject(value: unknown): value is Messages {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep merge of message catalogues: later ones win, nested objects are merged key by key. */
export function mergeMessages(...catalogues: Messages[]): Messages {
  const merged: Messages = {};
  for (const catalogue of catalogues) {
    for (const [key, value] of Object.entries(catalogue)) {
      const existing = merged[key];
      merged[key] = isObject(existing) && isObject(value) ? mergeMessages(existing, value) : value;
    }
  }
  return merged;
}

/** The catalogue of one locale: react-admin's own, then every feature's. */
export function messagesFor(
  locale: Locale,
  features: Pick<ConsoleFeature, 'messages'>[],
): Messages {
  const base = (locale === 'fr' ? frenchMessages : englishMessages) as unknown as Messages;
  return mergeMessages(base, ...features.map((feature) => feature.messages[locale]));
}

/** The locale chosen last time on this browser, French otherwise. */
export function initialLocale(storage: Pick<Storage, 'getItem'> | undefined): Locale {
  const saved = storage?.getItem(STORAGE_KEY);
  return saved === 'en' || saved === 'fr' ? saved : 'fr';
}

/** French by default, English too; the choice is remembered on this browser. */
export function createI18nProvider(
  features: Pick<ConsoleFeature, 'messages'>[],
  storage: Pick<Storage, 'getItem' | 'setItem'> | undefined = globalThis.localStorage,
): I18nProvider {
  const catalogues: Record<Locale, Messages> = {
    fr: messagesFor('fr', features),
    en: messagesFor('en', features),
  };
  const provider = polyglotI18nProvider(
    (locale) => catalogues[locale === 'en' ? 'en' : 'fr'] as TranslationMessages,
    initialLocale(storage),
    LOCALES,
    // Keys without a translation show the key's text rather than a warning in the console.
    { allowMissing: true },
  );
  return {
    ...provider,
    changeLocale: async (locale, options) => {
      storage?.setItem(STORAGE_KEY, locale);
      return provider.changeLocale(locale, options);
    },
  };
}
