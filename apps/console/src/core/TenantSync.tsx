import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useGetList, usePermissions } from 'react-admin';
import { useLocation, useNavigate } from 'react-router-dom';
import type { ConsolePermissions } from '../auth/permissions';
import { cursorCache } from '../providers/pagination';
import { setCurrentTenantId } from '../tenant/current-tenant';
import { useCurrentTenantId } from '../tenant/use-current-tenant';

/**
 * Keeps the current tenant coherent with the signed-in user and the cached data: a tenant
 * user's tenant is fixed; a platform user without one gets the first tenant; on every change,
 * every query is refetched for the new tenant and a record page goes back to its list (the
 * record belongs to the previous tenant).
 */
export function TenantSync() {
  const { permissions } = usePermissions<ConsolePermissions | null>();
  const tenantId = useCurrentTenantId();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const previous = useRef(tenantId);
  const platformWide = permissions ? permissions.tenantId === null : false;
  const { data: tenants } = useGetList(
    'tenants',
    { pagination: { page: 1, perPage: 1 } },
    { enabled: platformWide && !tenantId },
  );

  useEffect(() => {
    if (permissions?.tenantId && tenantId !== permissions.tenantId) {
      setCurrentTenantId(permissions.tenantId);
    } else if (platformWide && !tenantId && tenants?.[0]) {
      setCurrentTenantId(String(tenants[0].id));
    }
  }, [permissions, platformWide, tenantId, tenants]);

  useEffect(() => {
    if (previous.current === tenantId) return;
    previous.current = tenantId;
    cursorCache.clear();
    const [, resource, recordId] = location.pathname.split('/');
    if (resource && recordId && resource !== 'tenants') navigate(`/${resource}`);
    void queryClient.resetQueries();
  }, [tenantId, queryClient, navigate, location.pathname]);

  return null;
}
