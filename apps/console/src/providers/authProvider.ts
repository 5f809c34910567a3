import { type ConsoleSessionView, consoleSessionSchema } from '@scenaro/api-contract';
import type { AuthProvider, UserIdentity } from 'react-admin';
import { type ApiClient, ApiError } from '../api/client';
import { type ConsolePermissions, canAccess } from '../auth/permissions';
import type { SessionStore } from '../auth/session-store';

/** Message keys the login page and notifications show (see src/core/messages.ts). */
export const AUTH_MESSAGES = {
  expired: 'scenaro.auth.expired',
  invalidCredentials: 'scenaro.auth.invalid_credentials',
  unreachable: 'scenaro.errors.unreachable',
} as const;

export interface AuthProviderDeps {
  /** A client whose token comes from `sessions`. */
  api: ApiClient;
  sessions: SessionStore;
  /** Makes a tenant-scoped user's tenant the current one. */
  setTenant: (tenantId: string | null) => void;
  now?: () => number;
  /** Before permissions resolve: with React 19, `requireAuth` loops without it (react-admin #10764). */
  permissionsDelayMs?: number;
}

function isExpired(session: ConsoleSessionView, now: number): boolean {
  const expiresAt = Date.parse(session.expiresAt);
  return Number.isNaN(expiresAt) || expiresAt <= now;
}

/**
 * Sign-in with email and password against `POST /v1/console/sessions`; the token, the user and
 * the expiry stay in the session store until sign-out, expiry or a 401 from the API.
 */
export function createAuthProvider({
  api,
  sessions,
  setTenant,
  now = Date.now,
  permissionsDelayMs = 50,
}: AuthProviderDeps): AuthProvider {
  function current(): ConsoleSessionView | null {
    const session = sessions.get();
    if (!session) return null;
    if (isExpired(session, now())) {
      sessions.expire();
      return null;
    }
    return session;
  }

  function permissionsOf(session: ConsoleSessionView | null): ConsolePermissions | null {
    return session ? { role: session.user.role, tenantId: session.user.tenantId } : null;
  }

  return {
    async login({ email, password }: { email: string; password: string }) {
      let response: ConsoleSessionView;
      // Never send a stale token along with a sign-in.
      sessions.clear();
      try {
        const { data } = await api.request<unknown>('/v1/console/sessions', {
          method: 'POST',
          body: { email: String(email ?? '').trim(), password: String(password ?? '') },
        });
        response = consoleSessionSchema.parse(data);
      } catch (error) {
        if (error instanceof ApiError && (error.status === 401 || error.status === 400)) {
          throw new Error(AUTH_MESSAGES.invalidCredentials);
        }
        if (error instanceof ApiError && error.status === 0) {
          throw new Error(AUTH_MESSAGES.unreachable);
        }
        throw error;
      }
      sessions.set(response);
      if (response.user.tenantId) setTenant(response.user.tenantId);
    },

    async logout() {
      const session = sessions.get();
      sessions.clear();
      if (session?.user.tenantId) setTenant(null);
      if (session && !isExpired(session, now())) {
        // Best effort: the token is already forgotten here, so sign-out works with the API down.
        await api
          .request('/v1/console/sessions/current', {
            method: 'DELETE',
            headers: { authorization: `Bearer ${session.token}` },
          })
          .catch(() => undefined);
      }
    },

    async checkAuth() {
      if (current()) return;
      // The login form says why (an expired session), rather than a notification that react-admin
      // may fire several times while it redirects.
      throw { message: false };
    },

    async checkError(error: unknown) {
      const status = (error as { status?: number } | null)?.status;
      if (status === 401) {
        if (sessions.get()) sessions.expire();
        throw { message: false };
      }
      // 403 keeps the user where they are; the failing view shows the API's message.
    },

    async getIdentity(): Promise<UserIdentity> {
      const session = current();
      if (!session) throw new Error('not signed in');
      const { user } = session;
      return {
        id: user.id,
        fullName: user.name,
        email: user.email,
        role: user.role,
        tenantId: user.tenantId,
      };
    },

    async getPermissions() {
      await new Promise((resolve) => setTimeout(resolve, permissionsDelayMs));
      return permissionsOf(current());
    },

    async canAccess({ action, resource }) {
      return canAccess(permissionsOf(current()), { action, resource });
    },
  };
}
