import { Box } from '@mui/material';
import type { ReactNode } from 'react';
import {
  AppBar,
  Layout,
  LoadingIndicator,
  LocalesMenuButton,
  Logout,
  UserMenu,
  usePermissions,
} from 'react-admin';
import type { ConsolePermissions } from '../auth/permissions';
import { useCurrentTenantId } from '../tenant/use-current-tenant';
import { TenantPicker } from './TenantPicker';
import { TenantSync } from './TenantSync';

function ConsoleAppBar() {
  return (
    <AppBar
      userMenu={
        <UserMenu>
          <Logout />
        </UserMenu>
      }
      toolbar={
        <Box sx={{ display: 'flex', alignItems: 'center' }}>
          <TenantPicker />
          <Box component="span" data-testid="locale-switch">
            <LocalesMenuButton />
          </Box>
          <LoadingIndicator />
        </Box>
      }
    />
  );
}

/**
 * react-admin's layout with the tenant picker and language switch in the app bar. The
 * `console-layout` marker tells tests (and anyone curious) who is signed in and on which tenant.
 */
export function ConsoleLayout({ children }: { children: ReactNode }) {
  const { permissions } = usePermissions<ConsolePermissions | null>();
  const tenantId = useCurrentTenantId();
  return (
    <Box
      data-testid="console-layout"
      data-role={permissions?.role ?? ''}
      data-tenant={tenantId ?? ''}
      sx={{ display: 'contents' }}
    >
      <TenantSync />
      <Layout appBar={ConsoleAppBar}>{children}</Layout>
    </Box>
  );
}
