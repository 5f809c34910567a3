import { describe, expect, it } from 'vitest';
import { userChanges } from './adapter';

describe('console user changes', () => {
  const previous = { name: 'Camille', role: 'viewer' as const, disabled: false };

  it('sends only what changed; an empty password keeps the current one', () => {
    expect(userChanges({ ...previous, password: '' }, previous)).toEqual({});
    expect(userChanges({ ...previous, role: 'editor', name: ' Camille B ' }, previous)).toEqual({
      role: 'editor',
      name: 'Camille B',
    });
    expect(userChanges({ ...previous, password: 'a long new passphrase' }, previous)).toEqual({
      password: 'a long new passphrase',
    });
  });

  it('disables and re-enables', () => {
    expect(userChanges({ ...previous, disabled: true }, previous)).toEqual({ disabled: true });
    expect(userChanges({ ...previous, disabled: false }, { ...previous, disabled: true })).toEqual({
      disabled: false,
    });
  });
});
