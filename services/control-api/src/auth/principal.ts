import type { ApiKeyKindName } from '@scenaro/api-contract';
import { AppError } from '../errors.js';

/** Who is calling, as established from the bearer key. */
export type Principal =
  | { kind: 'admin'; keyId: string }
  | { kind: 'runtime'; keyId: string }
  | { kind: 'partner'; keyId: string; partnerId: string }
  | { kind: 'tenant'; keyId: string; tenantId: string }
  | { kind: 'publishable'; keyId: string; tenantId: string; allowedOrigins: string[] };

/** Refuses (403) a caller whose kind of key may not use this operation. */
export function requireKind(principal: Principal, kinds: readonly ApiKeyKindName[]): void {
  if (!kinds.includes(principal.kind)) {
    throw new AppError('forbidden', `A ${principal.kind} key may not do this.`);
  }
}

/** The audit trail's name for the caller. */
export function actorOf(principal: Principal): string {
  return principal.keyId;
}
