import { Alert, Box, Typography } from '@mui/material';
import {
  Create,
  FileField,
  FileInput,
  ListButton,
  required,
  SimpleForm,
  TopToolbar,
  useGetOne,
  useTranslate,
} from 'react-admin';
import type { CatalogDeclaration } from '../catalog/products-adapter';
import { useCurrentTenantId } from '../tenant/use-current-tenant';

/** The CSV header the tenant's catalogue expects, to show before the upload. */
function ExpectedColumns() {
  const translate = useTranslate();
  const tenantId = useCurrentTenantId();
  const declaration = useGetOne<CatalogDeclaration>(
    'catalog-declarations',
    { id: tenantId ?? '' },
    { enabled: Boolean(tenantId), staleTime: 60_000 },
  );
  const attributes = declaration.data?.attributes.map((attribute) => attribute.key) ?? [];
  return (
    <Alert severity="info" sx={{ mb: 2, width: '100%' }}>
      <Typography variant="body2" gutterBottom>
        {translate('scenaro.imports.help')}
      </Typography>
      <Box
        component="code"
        sx={{ fontSize: 12, wordBreak: 'break-all' }}
        data-testid="import-columns"
      >
        {['sku', 'name', 'price', 'description', 'stock', 'tags', ...attributes].join(',')}
      </Box>
    </Alert>
  );
}

/** Upload a CSV or JSON file; the API answers at once with a job, followed on its page. */
export function ImportCreate() {
  const translate = useTranslate();
  return (
    <Create
      redirect="show"
      title="scenaro.imports.title_new"
      actions={
        <TopToolbar>
          <ListButton label="scenaro.imports.past" />
        </TopToolbar>
      }
    >
      <SimpleForm>
        <ExpectedColumns />
        <FileInput
          source="file"
          label="scenaro.imports.file"
          accept={{ 'text/csv': ['.csv'], 'application/json': ['.json'] }}
          multiple={false}
          validate={required()}
          placeholder={<p>{translate('scenaro.imports.drop')}</p>}
        >
          <FileField source="src" title="title" />
        </FileInput>
      </SimpleForm>
    </Create>
  );
}
