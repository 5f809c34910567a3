import type { Db } from '@scenaro/db';
import { hashesEqual, hashSecret, parseKey } from './keys.js';
import type { Principal } from './principal.js';

// Writing lastUsedAt on every request would turn each read into a write; once a minute per
// key and process is precise enough for "when was this key last used".
const LAST_USED_PRECISION_MS = 60_000;

export interface Authenticator {
  authenticate(token: string): Promise<Principal | null>;
}

/** Builds the key check used on every request; a revoked key fails on the very next request. */
export function createAuthenticator({
  db,
  adminKey,
  onBackgroundError,
}: {
  db: Db;
  adminKey: string;
  onBackgroundError: (error: unknown) => void;
}): Authenticator {
  const adminHash = hashSecret(adminKey);
  // The environment's admin key is not stored; its id comes from its hash, so the audit trail
  // tells a rotated key from the one before.
  const adminKeyId = `key_env_${adminHash.toString('hex').slice(0, 12)}`;
  const lastWrites = new Map<string, number>();

  function touch(keyId: string): void {
    const now = Date.now();
    if (now - (lastWrites.get(keyId) ?? 0) < LAST_USED_PRECISION_MS) return;
    lastWrites.set(keyId, now);
    db.apiKey
      .update({ where: { id: keyId }, data: { lastUsedAt: new Date(now) } })
      .catch(onBackgroundError);
  }

  return {
    async authenticate(token) {
      if (hashesEqual(hashSecret(token), adminHash)) return { kind: 'admin', keyId: adminKeyId };
      const parsed = parseKey(token);
      if (!parsed) return null;
      const key = await db.apiKey.findUnique({ where: { id: parsed.id } });
      if (!key || key.revokedAt || key.kind !== parsed.kind) return null;
      if (!hashesEqual(hashSecret(parsed.secret), key.secretHash)) return null;
      touch(key.id);
      switch (key.kind) {
        case 'admin':
        case 'runtime':
          return { kind: key.kind, keyId: key.id };
        case 'partner':
          return key.partnerId
            ? { kind: 'partner', keyId: key.id, partnerId: key.partnerId }
            : null;
        case 'tenant':
          return key.tenantId ? { kind: 'tenant', keyId: key.id, tenantId: key.tenantId } : null;
        case 'publishable':
          return key.tenantId
            ? {
                kind: 'publishable',
                keyId: key.id,
                tenantId: key.tenantId,
                allowedOrigins: key.allowedOrigins,
              }
            : null;
      }
    },
  };
}
