import StoreIcon from '@mui/icons-material/Store';
import { Box, Chip, MenuItem, TextField } from '@mui/material';
import { useGetList, useGetOne, usePermissions, useTranslate } from 'react-admin';
import type { ConsolePermissions } from '../auth/permissions';
import { setCurrentTenantId } from '../tenant/current-tenant';
import { useCurrentTenantId } from '../tenant/use-current-tenant';

const onBar = {
  color: 'inherit',
  '& .MuiOutlinedInput-notchedOutline': { borderColor: 'rgba(255,255,255,0.5)' },
  '& .MuiSvgIcon-root, & .MuiInputLabel-root': { color: 'inherit' },
};

/** Platform users choose the tenant they work on; a tenant user's tenant is shown, fixed. */
export function TenantPicker() {
  const { permissions } = usePermissions<ConsolePermissions | null>();
  const tenantId = useCurrentTenantId();
  if (!permissions) return null;
  return permissions.tenantId === null ? (
    <TenantSelect tenantId={tenantId} />
  ) : (
    <FixedTenant tenantId={permissions.tenantId} />
  );
}

function TenantSelect({ tenantId }: { tenantId: string | null }) {
  const translate = useTranslate();
  const { data: tenants = [], isPending } = useGetList('tenants', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'name', order: 'ASC' },
  });
  const known = tenants.some((tenant) => tenant.id === tenantId);
  return (
    <Box sx={{ mx: 1, minWidth: 220 }} data-testid="tenant-picker">
      <TextField
        select
        size="small"
        fullWidth
        label={translate('scenaro.layout.tenant')}
        value={known ? tenantId : ''}
        disabled={isPending || tenants.length === 0}
        onChange={(event) => setCurrentTenantId(event.target.value || null)}
        sx={onBar}
        slotProps={{ select: { 'aria-label': translate('scenaro.layout.tenant') } }}
      >
        {tenants.length === 0 && (
          <MenuItem value="" disabled>
            {translate('scenaro.layout.no_tenant')}
          </MenuItem>
        )}
        {tenants.map((tenant) => (
          <MenuItem key={tenant.id} value={String(tenant.id)} data-tenant={tenant.id}>
            {tenant.name}
          </MenuItem>
        ))}
      </TextField>
    </Box>
  );
}

function FixedTenant({ tenantId }: { tenantId: string }) {
  const { data } = useGetOne('tenants', { id: tenantId });
  return (
    <Chip
      data-testid="tenant-picker"
      icon={<StoreIcon />}
      label={data?.name ?? tenantId}
      sx={{ mx: 1, color: 'inherit', borderColor: 'currentColor' }}
      variant="outlined"
    />
  );
}
