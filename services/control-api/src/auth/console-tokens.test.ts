import { describe, expect, it } from 'vitest';
import { generateConsoleToken, parseConsoleToken } from './console-tokens.js';
import { generateKey, hashSecret, parseKey } from './keys.js';

describe('console tokens', () => {
  it('carry the session id and a 256-bit secret whose SHA-256 is what gets stored', () => {
    const generated = generateConsoleToken();
    expect(generated.token).toMatch(/^scn_console_[0-9A-Za-z]{16}_[0-9A-Za-z]{43}$/);
    const parsed = parseConsoleToken(generated.token);
    expect(parsed?.sessionId).toBe(generated.sessionId);
    expect(hashSecret(parsed?.secret ?? '')).toEqual(generated.secretHash);
    expect(generateConsoleToken().token).not.toBe(generated.token);
  });

  it('are never mistaken for API keys, nor API keys for them', () => {
    const consoleToken = generateConsoleToken().token;
    expect(parseKey(consoleToken)).toBeNull();
    for (const kind of ['admin', 'partner', 'tenant', 'runtime', 'publishable'] as const) {
      expect(parseConsoleToken(generateKey(kind).token)).toBeNull();
    }
    for (const bad of [`${consoleToken}x`, consoleToken.slice(0, -1), ` ${consoleToken}`, '']) {
      expect(parseConsoleToken(bad), bad).toBeNull();
    }
  });
});
