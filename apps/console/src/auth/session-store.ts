import type { ConsoleSessionView } from '@scenaro/api-contract';

// The signed-in user's session (token, user, expiry), kept in localStorage so a reload or a
// second tab stays signed in. The API client reads the token from here on every request.

const STORAGE_KEY = 'scenaro.console.session';
const EXPIRED_KEY = 'scenaro.console.sessionExpired';

/** The part of the Web Storage API the session needs (tests pass a Map-backed double). */
export type SessionStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type StoredSession = ConsoleSessionView;

export interface SessionStore {
  get(): StoredSession | null;
  set(session: StoredSession): void;
  clear(): void;
  token(): string | null;
  /** Forgets the session and leaves a note for the login form to say it expired. */
  expire(): void;
  /** Whether the last session expired (read once: the note is removed). */
  takeExpired(): boolean;
}

export function createSessionStore(storage: SessionStorage): SessionStore {
  function get(): StoredSession | null {
    const raw = storage.getItem(STORAGE_KEY);
    if (!raw) return null;
    try {
      const parsed = JSON.parse(raw) as StoredSession;
      return parsed?.token && parsed.user ? parsed : null;
    } catch {
      return null;
    }
  }
  return {
    get,
    set(session) {
      storage.setItem(STORAGE_KEY, JSON.stringify(session));
      storage.removeItem(EXPIRED_KEY);
    },
    clear: () => storage.removeItem(STORAGE_KEY),
    token: () => get()?.token ?? null,
    expire() {
      storage.removeItem(STORAGE_KEY);
      storage.setItem(EXPIRED_KEY, '1');
    },
    takeExpired() {
      const expired = storage.getItem(EXPIRED_KEY) === '1';
      storage.removeItem(EXPIRED_KEY);
      return expired;
    },
  };
}
