import {
  Alert,
  Box,
  Button,
  Card,
  CardActions,
  CardContent,
  Chip,
  Typography,
} from '@mui/material';
import { createElement } from 'react';
import {
  type ResourceDefinition,
  Title,
  useCanAccess,
  useCreatePath,
  useGetIdentity,
  useGetOne,
  useResourceDefinitions,
  useTranslate,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { useCurrentTenantId } from '../tenant/use-current-tenant';

// Where the daily work starts first: the shop's agent, then its data, then access.
const ORDER = ['orientations', 'products', 'imports', 'documents', 'sessions', 'keys', 'users'];

function rank(name: string): number {
  const index = ORDER.indexOf(name);
  return index === -1 ? ORDER.length : index;
}

/** Home: who is signed in, on which tenant, and one card per screen they may open. */
export function Dashboard() {
  const translate = useTranslate();
  const tenantId = useCurrentTenantId();
  const { data: identity } = useGetIdentity();
  const { data: tenant, error } = useGetOne(
    'tenants',
    { id: tenantId ?? '' },
    { enabled: Boolean(tenantId) },
  );
  const resources = Object.values(useResourceDefinitions())
    .filter((resource) => resource.hasList && resource.name !== 'tenants')
    .sort((a, b) => rank(a.name) - rank(b.name));

  return (
    <Box sx={{ py: 2 }} data-testid="dashboard">
      <Title title={translate('scenaro.dashboard.title')} />
      <Typography variant="h5" component="h1" gutterBottom>
        {translate('scenaro.dashboard.welcome', { name: identity?.fullName ?? '' })}
      </Typography>
      {tenantId ? (
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', mb: 3, flexWrap: 'wrap' }}>
          <Typography variant="body1">{translate('scenaro.dashboard.working_on')}</Typography>
          <Chip data-testid="dashboard-tenant" label={tenant?.name ?? tenantId} color="primary" />
          {tenant?.template && (
            <Chip
              variant="outlined"
              label={translate('scenaro.dashboard.template', { template: tenant.template })}
            />
          )}
        </Box>
      ) : (
        <Alert severity="info" sx={{ mb: 3 }}>
          {translate('scenaro.errors.no_tenant')}
        </Alert>
      )}
      {error ? (
        <Alert severity="warning" sx={{ mb: 3 }}>
          {translate(error.message, { _: error.message })}
        </Alert>
      ) : null}
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))',
        }}
      >
        {resources.map((resource) => (
          <ResourceCard key={resource.name} resource={resource} />
        ))}
      </Box>
    </Box>
  );
}

function ResourceCard({ resource }: { resource: ResourceDefinition }) {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { canAccess: canList } = useCanAccess({ action: 'list', resource: resource.name });
  const { canAccess: canCreate } = useCanAccess({ action: 'create', resource: resource.name });
  if (!canList) return null;
  const label = translate(`resources.${resource.name}.name`, {
    smart_count: 2,
    _: resource.options?.label ?? resource.name,
  });
  return (
    <Card variant="outlined" data-testid={`dashboard-card-${resource.name}`}>
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }}>
          {resource.icon ? createElement(resource.icon, { color: 'primary' }) : null}
          <Typography variant="h6" component="h2">
            {label}
          </Typography>
        </Box>
        <Typography variant="body2" color="text.secondary">
          {translate(`scenaro.dashboard.about.${resource.name}`, { _: '' })}
        </Typography>
      </CardContent>
      <CardActions>
        <Button component={Link} to={createPath({ resource: resource.name, type: 'list' })}>
          {translate('scenaro.dashboard.open')}
        </Button>
        {resource.hasCreate && canCreate && (
          <Button component={Link} to={createPath({ resource: resource.name, type: 'create' })}>
            {translate('ra.action.create')}
          </Button>
        )}
      </CardActions>
    </Card>
  );
}
