import { describe, expect, it } from 'vitest';
import { applyState, itemDetails, parseState, type ShownState } from './session-state';

function state(revision: number, totalCents = 0): ShownState {
  return { selection: [], cart: { lines: [], totalCents, currency: 'EUR' }, revision };
}

describe('applyState', () => {
  it('takes a newer revision', () => {
    expect(applyState(state(1), state(2, 500)).revision).toBe(2);
    expect(applyState(null, state(0)).revision).toBe(0);
  });

  it('ignores older and repeated revisions, whatever order they arrive in', () => {
    const arrivals = [state(1, 100), state(3, 300), state(2, 200), state(3, 999)];
    const shown = arrivals.reduce<ShownState | null>(
      (current, next) => applyState(current, next),
      null,
    );
    expect(shown).toEqual(state(3, 300));
  });
});

describe('parseState', () => {
  const message = {
    selection: [
      {
        productId: 'prd_1',
        sku: 'SJ-2020',
        name: 'Saint-Joseph',
        priceCents: 2150,
        currency: 'EUR',
        note: null,
        attributes: { appellation: 'Saint-Joseph', vintage: 2020 },
      },
    ],
    cart: { lines: [], totalCents: 0, currency: 'EUR' },
    revision: 4,
  };

  it('reads the JSON text of a state message and keeps extra product fields', () => {
    const parsed = parseState(JSON.stringify(message));
    expect(parsed?.revision).toBe(4);
    const [item] = parsed?.selection ?? [];
    expect(item && itemDetails(item)).toEqual(['Saint-Joseph', '2020']);
  });

  it('refuses what is not a state message', () => {
    expect(parseState('not json')).toBeNull();
    expect(parseState({ selection: [] })).toBeNull();
    expect(parseState(JSON.stringify({ ...message, revision: 'x' }))).toBeNull();
  });
});
