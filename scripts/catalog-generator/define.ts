/** Small helpers to write the reference tables tersely. */
import type { ProfileId, Style } from './table-types.js';

/** One style of an appellation: profile, price band (€ for 75 cl), possible blends. */
export function style(
  profile: ProfileId,
  price: readonly [number, number],
  grapes: readonly (readonly string[])[],
  extra: Omit<Style, 'profile' | 'price' | 'grapes'> = {},
): Style {
  return { profile, price, grapes, ...extra };
}

/** A single-variety wine. */
export function mono(grape: string): readonly (readonly string[])[] {
  return [[grape]];
}
