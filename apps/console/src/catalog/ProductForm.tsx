import { Alert, Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import {
  Loading,
  minValue,
  NumberInput,
  number,
  required,
  SimpleForm,
  TextArrayInput,
  TextInput,
  useGetOne,
  useTranslate,
} from 'react-admin';
import { useFormState } from 'react-hook-form';
import { useCurrentTenantId } from '../tenant/use-current-tenant';
import { AttributeInput } from './AttributeInput';
import { attributeFields } from './attribute-fields';
import { DataError } from './DataError';
import type { CatalogDeclaration } from './products-adapter';

/** The API's problems that name no input of the form (react-admin keeps them at `root`). */
function RootError() {
  const { errors } = useFormState();
  const message = (errors.root as { serverError?: { message?: string } } | undefined)?.serverError
    ?.message;
  return message ? (
    <Alert severity="error" sx={{ mb: 2, width: '100%' }} data-testid="form-root-error">
      {message}
    </Alert>
  ) : null;
}

function Group({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box sx={{ width: '100%', mb: 1 }}>
      <Typography variant="subtitle1" sx={{ mt: 1, mb: 1 }}>
        {title}
      </Typography>
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: {
            xs: '1fr',
            md: 'repeat(2, minmax(0, 1fr))',
            xl: 'repeat(3, minmax(0, 1fr))',
          },
          '& > *': { minWidth: 0 },
        }}
      >
        {children}
      </Box>
    </Box>
  );
}

/** The product form, its attribute inputs generated from the tenant's catalogue declaration. */
export function ProductForm({ mode }: { mode: 'create' | 'edit' }) {
  const translate = useTranslate();
  const tenantId = useCurrentTenantId();
  const declaration = useGetOne<CatalogDeclaration>(
    'catalog-declarations',
    { id: tenantId ?? '' },
    { enabled: Boolean(tenantId), staleTime: 60_000 },
  );
  if (declaration.isPending) return <Loading />;
  // Without the declaration the attribute inputs would be missing and a save would drop them.
  if (declaration.error) return <DataError error={declaration.error} />;
  const fields = attributeFields(declaration.data?.attributes ?? []);
  const currency = declaration.data?.currency ?? 'EUR';

  return (
    <SimpleForm
      warnWhenUnsavedChanges
      defaultValues={mode === 'create' ? { stock: 0, tags: [], attributes: {} } : undefined}
    >
      <RootError />
      <Group title={translate('scenaro.catalog.form.identity')}>
        <TextInput
          source="sku"
          label="resources.products.fields.sku"
          validate={required()}
          disabled={mode === 'edit'}
          helperText={mode === 'edit' ? 'scenaro.catalog.form.sku_fixed' : false}
        />
        <TextInput source="name" label="resources.products.fields.name" validate={required()} />
        <NumberInput
          source="price"
          label={translate('scenaro.catalog.form.price', { currency })}
          validate={[required(), number(), minValue(0)]}
          step={0.01}
          min={0}
        />
        <NumberInput
          source="stock"
          label="resources.products.fields.stock"
          validate={[number(), minValue(0)]}
          step={1}
          min={0}
        />
        <TextArrayInput source="tags" label="resources.products.fields.tags" />
      </Group>
      <TextInput
        source="description"
        label="resources.products.fields.description"
        multiline
        minRows={3}
        fullWidth
      />
      {fields.length > 0 && (
        <Group title={translate('scenaro.catalog.form.attributes')}>
          {fields.map((field) => (
            <AttributeInput key={field.key} field={field} />
          ))}
        </Group>
      )}
    </SimpleForm>
  );
}
