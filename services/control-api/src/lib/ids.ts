import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Random base62 text of the given length, from a CSPRNG (rejection sampling: no modulo bias). */
export function randomBase62(length: number): string {
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < 248 && out.length < length) out += ALPHABET[byte % 62];
    }
  }
  return out;
}

/** A new resource id such as `ten_4f9Q…`: the prefix tells the kind of resource in logs. */
export function newId(
  prefix:
    | 'par'
    | 'ten'
    | 'ori'
    | 'ver'
    | 'aud'
    | 'idm'
    | 'ses'
    | 'evt'
    | 'prd'
    | 'job'
    | 'doc'
    | 'psg'
    | 'usr',
): string {
  return `${prefix}_${randomBase62(20)}`;
}
