import { describe, expect, it } from 'vitest';
import { createI18nProvider, initialLocale, mergeMessages } from './i18nProvider';

describe('i18n provider', () => {
  const features = [
    {
      messages: {
        fr: { scenaro: { a: 'A fr', nested: { x: 'x fr' } } },
        en: { scenaro: { a: 'A en' } },
      },
    },
    { messages: { fr: { scenaro: { b: 'B fr', nested: { y: 'y fr' } } }, en: {} } },
  ];

  it("merges every feature's messages key by key, over react-admin's own", () => {
    const merged = mergeMessages({ a: { b: 1, c: 2 } }, { a: { c: 3, d: 4 } }, { e: 5 });
    expect(merged).toEqual({ a: { b: 1, c: 3, d: 4 }, e: 5 });
  });

  it('speaks French by default, English on request, and remembers the choice', async () => {
    const values = new Map<string, string>();
    const storage = {
      getItem: (key: string) => values.get(key) ?? null,
      setItem: (key: string, value: string) => void values.set(key, value),
    };
    const i18n = createI18nProvider(features, storage);
    expect(i18n.getLocale()).toBe('fr');
    expect(i18n.translate('scenaro.nested.x')).toBe('x fr');
    expect(i18n.translate('scenaro.nested.y')).toBe('y fr');
    expect(i18n.translate('ra.action.save')).toBe('Enregistrer');
    await i18n.changeLocale('en');
    expect(i18n.translate('scenaro.a')).toBe('A en');
    expect(i18n.translate('ra.action.save')).toBe('Save');
    expect(initialLocale(storage)).toBe('en');
    expect(createI18nProvider(features, storage).getLocale()).toBe('en');
    expect(initialLocale({ getItem: () => 'de' })).toBe('fr');
  });
});
