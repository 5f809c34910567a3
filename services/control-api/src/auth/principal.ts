import type { ApiKeyKindName, ConsoleRole } from '@scenaro/api-contract';
import { AppError } from '../errors.js';

/** The person behind a console sign-in. */
export interface ConsoleUserRef {
  id: string;
  email: string;
  name: string;
  role: ConsoleRole;
}

/** The console sign-in a request was made with. */
export interface ConsoleSessionRef {
  id: string;
  expiresAt: Date;
}

interface ConsoleFields {
  user?: ConsoleUserRef;
  consoleSession?: ConsoleSessionRef;
}
interface NoConsole {
  user?: undefined;
  consoleSession?: undefined;
}

/**
 * Who is calling, as established from the bearer key or console token. A console user is an
 * `admin` (platform-wide) or a `tenant` principal like a key of that kind, so every visibility
 * rule applies unchanged; `user` is then set and `keyId` is the user's id, so that the audit
 * trail and authorship name the person rather than one of their sign-ins.
 */
export type Principal =
  | ({ kind: 'admin'; keyId: string } & ConsoleFields)
  | ({ kind: 'runtime'; keyId: string } & NoConsole)
  | ({ kind: 'partner'; keyId: string; partnerId: string } & NoConsole)
  | ({ kind: 'tenant'; keyId: string; tenantId: string } & ConsoleFields)
  | ({
      kind: 'publishable';
      keyId: string;
      tenantId: string;
      allowedOrigins: string[];
    } & NoConsole);

/** Refuses (403) a caller whose kind of key may not use this operation. */
export function requireKind(principal: Principal, kinds: readonly ApiKeyKindName[]): void {
  if (!kinds.includes(principal.kind)) {
    const who = principal.user ? 'console user' : `${principal.kind} key`;
    throw new AppError('forbidden', `A ${who} may not do this.`);
  }
}

/** The audit trail's name for the caller: the key id (a console user's is the user id). */
export function actorOf(principal: Principal): string {
  return principal.keyId;
}
