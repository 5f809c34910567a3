import type { Appearance } from '@scenaro/api-contract';
import type { CSSProperties } from 'react';
import { fr } from './messages';

/** The look before the shop's own arrives (or when it cannot be read). */
export const defaultAppearance: Appearance = {
  name: 'Scenaro',
  locale: 'fr-FR',
  title: fr.defaultTitle,
  subtitle: fr.defaultSubtitle,
  colors: { primary: '#7b1e3a', accent: '#c9a227', background: '#fbf7f2', text: '#2b1d1a' },
  labels: { selection: 'Ma sélection', cart: 'Mon panier', start: fr.start },
  show: { selection: true, cart: true, transcript: true },
};

/** The shop's colours as the CSS variables the stylesheet is written against. */
export function themeVariables(appearance: Appearance): CSSProperties {
  const { primary, accent, background, text } = appearance.colors;
  return {
    '--primary': primary,
    '--accent': accent,
    '--background': background,
    '--text': text,
    // The agent visualiser's bars follow the shop's colours too.
    '--lk-fg': primary,
    '--lk-va-bg': `color-mix(in srgb, ${primary} 18%, transparent)`,
  } as CSSProperties;
}
