import { randomBase62 } from '../lib/ids.js';
import { hashSecret } from './keys.js';

// A console sign-in token looks unlike an API key (`scn_<kind>_…`), so neither parser accepts
// the other's tokens and a leaked one is recognisable at a glance. Like a key it embeds the
// session id, so the row is found without comparing against every stored hash.
const TOKEN_PATTERN = /^scn_console_([0-9A-Za-z]{16})_([0-9A-Za-z]{43})$/;

export interface GeneratedConsoleToken {
  sessionId: string;
  token: string;
  secretHash: Buffer;
}

/** A new console session token: 256-bit secret (43 base62 characters), SHA-256 to store. */
export function generateConsoleToken(): GeneratedConsoleToken {
  const idPart = randomBase62(16);
  const secret = randomBase62(43);
  return {
    sessionId: `cse_${idPart}`,
    token: `scn_console_${idPart}_${secret}`,
    secretHash: hashSecret(secret),
  };
}

/** Splits a presented console token; null when it is not one. */
export function parseConsoleToken(token: string): { sessionId: string; secret: string } | null {
  const match = TOKEN_PATTERN.exec(token);
  if (!match?.[1] || !match[2]) return null;
  return { sessionId: `cse_${match[1]}`, secret: match[2] };
}
