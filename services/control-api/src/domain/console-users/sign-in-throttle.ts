import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { AppError } from '../../errors.js';

/** Failed sign-ins allowed per email within the window before further attempts get 429. */
export const MAX_FAILED_SIGN_INS = 10;
export const SIGN_IN_WINDOW_SECONDS = 15 * 60;

export interface SignInThrottle {
  /** Refuses (429, with Retry-After) an email that failed too often lately. */
  check(email: string): Promise<void>;
  /** Counts one failure; the window starts at the first one. */
  fail(email: string): Promise<void>;
  /** Forgets the failures after a successful sign-in. */
  clear(email: string): Promise<void>;
}

/**
 * Counts failed sign-ins per email in Redis, shared by every replica, so a password cannot be
 * guessed at request speed (the per-caller rate limit alone would allow hundreds a minute, and
 * from many addresses). `prefix` keeps environments sharing a Redis apart.
 */
export function createSignInThrottle(redis: Redis, prefix: string): SignInThrottle {
  // Hashed so that Redis holds no email address.
  const keyOf = (email: string) =>
    `${prefix}:console-sign-in:${createHash('sha256').update(email).digest('base64url')}`;
  return {
    async check(email) {
      const key = keyOf(email);
      const [failures, ttl] = await Promise.all([redis.get(key), redis.ttl(key)]);
      if (Number(failures ?? 0) < MAX_FAILED_SIGN_INS) return;
      const retryAfter = ttl > 0 ? ttl : SIGN_IN_WINDOW_SECONDS;
      throw new AppError(
        'rate_limited',
        `Too many failed sign-ins for this email. Try again in ${Math.ceil(retryAfter / 60)} minutes.`,
        { headers: { 'Retry-After': String(retryAfter) } },
      );
    },
    async fail(email) {
      const key = keyOf(email);
      await redis.multi().incr(key).expire(key, SIGN_IN_WINDOW_SECONDS, 'NX').exec();
    },
    async clear(email) {
      await redis.del(keyOf(email));
    },
  };
}
