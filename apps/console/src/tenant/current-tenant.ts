// The tenant the console is working on. Platform-wide users pick it in the app bar; users
// limited to one tenant have it fixed at sign-in. Kept outside React so the data provider
// (not a hook) reads the same value as the components.

const STORAGE_KEY = 'scenaro.console.tenantId';
type Listener = (tenantId: string | null) => void;
const listeners = new Set<Listener>();

export function getCurrentTenantId(): string | null {
  return localStorage.getItem(STORAGE_KEY);
}

export function setCurrentTenantId(tenantId: string | null): void {
  if (tenantId === getCurrentTenantId()) return;
  if (tenantId) localStorage.setItem(STORAGE_KEY, tenantId);
  else localStorage.removeItem(STORAGE_KEY);
  for (const listener of listeners) listener(tenantId);
}

export function subscribeCurrentTenant(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
