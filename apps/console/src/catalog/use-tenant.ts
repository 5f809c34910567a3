import { useSyncExternalStore } from 'react';
import { getCurrentTenantId, subscribeCurrentTenant } from '../tenant/current-tenant';

/** The console's current tenant, re-rendering when it changes. */
export function useCurrentTenantId(): string | null {
  return useSyncExternalStore(subscribeCurrentTenant, getCurrentTenantId, () => null);
}
