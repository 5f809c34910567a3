import type { Db } from '@scenaro/db';
import { AppError } from '../errors.js';
import { consolePrincipal } from './console-principal.js';
import { parseConsoleToken } from './console-tokens.js';
import { hashesEqual, hashSecret, parseKey } from './keys.js';
import type { Principal } from './principal.js';

// Writing lastUsedAt on every request would turn each read into a write; once a minute per
// key and process is precise enough for "when was this key last used".
const LAST_USED_PRECISION_MS = 60_000;

// What the check reads, and no more: this lookup runs on every request.
const keyColumns = {
  id: true,
  kind: true,
  secretHash: true,
  revokedAt: true,
  partnerId: true,
  tenantId: true,
  allowedOrigins: true,
} as const;

export interface Authenticator {
  /** The caller, or null for an unknown token; throws `unauthenticated` for an expired sign-in. */
  authenticate(token: string): Promise<Principal | null>;
}

/**
 * Builds the key and console-token check used on every request; a revoked key or console
 * session fails on the very next request.
 */
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

  /** A console sign-in: the user as a platform admin or a tenant principal, with their role. */
  async function authenticateConsole(sessionId: string, secret: string): Promise<Principal | null> {
    const session = await db.consoleSession.findUnique({
      where: { id: sessionId },
      include: { user: true },
    });
    if (!session || !hashesEqual(hashSecret(secret), session.secretHash)) return null;
    // Only a holder of the real token gets this more helpful answer: the console can then ask
    // the person to sign in again instead of reporting a broken key.
    if (session.revokedAt || session.expiresAt <= new Date() || session.user.disabledAt) {
      throw new AppError('unauthenticated', 'Your sign-in has expired. Sign in again.', {
        headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' },
      });
    }
    return consolePrincipal(session.user, session);
  }

  return {
    async authenticate(token) {
      if (hashesEqual(hashSecret(token), adminHash)) return { kind: 'admin', keyId: adminKeyId };
      const consoleToken = parseConsoleToken(token);
      if (consoleToken) return authenticateConsole(consoleToken.sessionId, consoleToken.secret);
      const parsed = parseKey(token);
      if (!parsed) return null;
      const key = await db.apiKey.findUnique({ where: { id: parsed.id }, select: keyColumns });
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
