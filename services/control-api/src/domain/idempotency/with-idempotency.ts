import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import type { Db, DbTx } from '@scenaro/db';
import { AppError } from '../../errors.js';
import { isUniqueViolation } from '../../lib/db-errors.js';
import { newId } from '../../lib/ids.js';

/** How long a key is remembered: a client retrying later than this makes a new request. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

export interface IdempotentRequest {
  /** The Idempotency-Key header. */
  key: string;
  /** Caller identity: keys are scoped per caller, so two callers never collide. */
  scope: string;
  /** The caller's full bearer token: it encrypts the stored response (see below). */
  callerSecret: string;
  /** Method, route and body: a different request under the same key is refused. */
  fingerprint: unknown;
}

export interface StoredResponse<T> {
  statusCode: number;
  body: T;
  replayed: boolean;
}

/**
 * Runs `work` once per (caller, Idempotency-Key), inside the transaction that also claims the
 * key. A concurrent request with the same key blocks on the unique index until the first one
 * commits, then replays its response; if the first one failed, it runs instead.
 *
 * The stored response may carry freshly issued API keys, which must never rest in clear text:
 * it is encrypted with a key derived from the caller's own bearer token (which the database only
 * knows hashed), so only a retry by that same caller can read it.
 */
export async function withIdempotency<T>(
  db: Db,
  request: IdempotentRequest,
  work: (tx: DbTx) => Promise<{ statusCode: number; body: T }>,
): Promise<StoredResponse<T>> {
  const requestHash = createHash('sha256').update(canonicalJson(request.fingerprint)).digest('hex');
  const cipherKey = Buffer.from(
    hkdfSync('sha256', request.callerSecret, request.key, 'scenaro/idempotency/v1', 32),
  );
  await db.idempotencyRecord.deleteMany({
    where: { createdAt: { lt: new Date(Date.now() - IDEMPOTENCY_TTL_MS) } },
  });
  try {
    return await db.$transaction(
      async (tx) => {
        const recordId = newId('idm');
        await tx.idempotencyRecord.create({
          data: {
            id: recordId,
            scope: request.scope,
            key: request.key,
            requestHash,
            statusCode: 0,
            responseBody: new Uint8Array(),
          },
        });
        const result = await work(tx);
        await tx.idempotencyRecord.update({
          where: { id: recordId },
          data: { statusCode: result.statusCode, responseBody: seal(cipherKey, result.body) },
        });
        return { ...result, replayed: false };
      },
      { maxWait: 30_000, timeout: 30_000 },
    );
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const stored = await db.idempotencyRecord.findUnique({
      where: { scope_key: { scope: request.scope, key: request.key } },
    });
    if (!stored) throw error;
    if (stored.requestHash !== requestHash) {
      throw new AppError(
        'idempotency_key_reused',
        'This Idempotency-Key was already used with a different request.',
        { details: [{ path: 'Idempotency-Key', message: 'use a new key for a new request' }] },
      );
    }
    return {
      statusCode: stored.statusCode,
      body: open(cipherKey, Buffer.from(stored.responseBody)) as T,
      replayed: true,
    };
  }
}

/** JSON with sorted keys, so the same body always has the same fingerprint. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

function seal(key: Buffer, value: unknown): Uint8Array<ArrayBuffer> {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return new Uint8Array(Buffer.concat([iv, cipher.getAuthTag(), body]));
}

function open(key: Buffer, sealed: Buffer): unknown {
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
  decipher.setAuthTag(sealed.subarray(12, 28));
  return JSON.parse(
    Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8'),
  );
}
