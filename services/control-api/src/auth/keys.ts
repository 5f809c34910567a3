import { createHash, timingSafeEqual } from 'node:crypto';
import type { ApiKeyKindName } from '@scenaro/api-contract';
import { randomBase62 } from '../lib/ids.js';

// The kind is readable in the key itself (as with most API vendors) so a leaked key can be
// triaged at a glance; the id lets us find the row without comparing against every hash.
const KIND_TAG: Record<ApiKeyKindName, string> = {
  admin: 'adm',
  partner: 'prt',
  tenant: 'ten',
  runtime: 'run',
  publishable: 'pub',
};
const TAG_KIND = Object.fromEntries(Object.entries(KIND_TAG).map(([k, v]) => [v, k])) as Record<
  string,
  ApiKeyKindName
>;
const KEY_PATTERN = /^scn_(adm|prt|ten|run|pub)_([0-9A-Za-z]{16})_([0-9A-Za-z]{43})$/;

export interface GeneratedKey {
  id: string;
  secret: string;
  token: string;
  secretHash: Buffer;
}

/** A new random key (256-bit secret) of the given kind, with the hash to store. */
export function generateKey(kind: ApiKeyKindName): GeneratedKey {
  const id = `key_${randomBase62(16)}`;
  const secret = randomBase62(43);
  return {
    id,
    secret,
    token: `scn_${KIND_TAG[kind]}_${id.slice(4)}_${secret}`,
    secretHash: hashSecret(secret),
  };
}

/** Splits a presented token into kind, key id and secret; null when it is not a Scenaro key. */
export function parseKey(
  token: string,
): { kind: ApiKeyKindName; id: string; secret: string } | null {
  const match = KEY_PATTERN.exec(token);
  if (!match) return null;
  const [, tag, idPart, secret] = match as unknown as [string, string, string, string];
  const kind = TAG_KIND[tag];
  return kind ? { kind, id: `key_${idPart}`, secret } : null;
}

/** SHA-256 of a secret: keys are 256-bit random values, so a slow hash would add nothing. */
export function hashSecret(secret: string): Buffer {
  return createHash('sha256').update(secret).digest();
}

/** Compares two hashes in constant time. */
export function hashesEqual(a: Buffer | Uint8Array, b: Buffer | Uint8Array): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
