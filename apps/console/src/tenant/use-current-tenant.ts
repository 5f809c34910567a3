import { useSyncExternalStore } from 'react';
import { getCurrentTenantId, subscribeCurrentTenant } from './current-tenant';

/** The current tenant's id, re-rendering when it changes (app bar picker, sign-in). */
export function useCurrentTenantId(): string | null {
  return useSyncExternalStore(subscribeCurrentTenant, getCurrentTenantId, () => null);
}
