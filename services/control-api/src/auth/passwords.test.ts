import { describe, expect, it } from 'vitest';
import {
  CURRENT_PARAMS,
  hashPassword,
  needsRehash,
  parsePasswordHash,
  verifyAgainstNothing,
  verifyPassword,
} from './passwords.js';

// Cheap parameters where the test is about the format, not the cost.
const FAST = { N: 2 ** 10, r: 8, p: 1 };

describe('password hashing', () => {
  it('writes a self-describing scrypt string with today’s parameters and a fresh salt', async () => {
    const a = await hashPassword('correct horse battery staple');
    const b = await hashPassword('correct horse battery staple');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse battery staple', a)).toBe(true);
    expect(await verifyPassword('correct horse battery stapl', a)).toBe(false);
    expect(await verifyPassword('', a)).toBe(false);
  });

  it('verifies with the parameters read from the string, not today’s', async () => {
    const stored = await hashPassword('pass phrase 1234', FAST);
    expect(stored.startsWith('scrypt$1024$8$1$')).toBe(true);
    expect(await verifyPassword('pass phrase 1234', stored)).toBe(true);
    // The same salt and key under other parameters no longer match: N is really used.
    const relabelled = stored.replace('scrypt$1024$', 'scrypt$2048$');
    expect(await verifyPassword('pass phrase 1234', relabelled)).toBe(false);
    expect(needsRehash(stored)).toBe(true);
    expect(needsRehash(await hashPassword('x', CURRENT_PARAMS))).toBe(false);
  });

  it('never matches a tampered or malformed hash, and refuses unsafe parameters', async () => {
    const stored = await hashPassword('pass phrase 1234', FAST);
    const parts = stored.split('$');
    const key = Buffer.from(parts[5] ?? '', 'base64url');
    key[0] = (key[0] ?? 0) ^ 1;
    const flipped = [...parts.slice(0, 5), key.toString('base64url')].join('$');
    expect(await verifyPassword('pass phrase 1234', flipped)).toBe(false);
    for (const bad of [
      '',
      'plain text',
      stored.replace('scrypt$', 'bcrypt$'),
      stored.replace('$1024$', '$1000$'), // N must be a power of two
      stored.replace('$1024$', `$${2 ** 24}$`), // more memory than any sane setting
      stored.replace('$8$1$', '$8$99$'),
      parts.slice(0, 5).join('$'),
      `${stored}$extra`,
    ]) {
      expect(parsePasswordHash(bad), bad).toBeNull();
      expect(await verifyPassword('pass phrase 1234', bad), bad).toBe(false);
    }
  });

  it('spends a verification when there is no user, and never succeeds', async () => {
    expect(await verifyAgainstNothing('anything at all')).toBe(false);
    const started = performance.now();
    await verifyAgainstNothing('anything at all');
    const nothing = performance.now() - started;
    const stored = await hashPassword('pass phrase 1234');
    const begun = performance.now();
    await verifyPassword('wrong', stored);
    const real = performance.now() - begun;
    // Same parameters, same work: within a generous factor on a busy machine.
    expect(nothing).toBeGreaterThan(real / 4);
  });

  it('does not block the event loop while hashing', async () => {
    let ticks = 0;
    const timer = setInterval(() => {
      ticks += 1;
    }, 1);
    await Promise.all([hashPassword('a long pass phrase'), hashPassword('another pass phrase')]);
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(0);
  });
});
