import { Box, Chip, Stack, Typography } from '@mui/material';
import {
  DateField,
  DeleteButton,
  EditButton,
  FunctionField,
  Labeled,
  NumberField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useGetOne,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { useCurrentTenantId } from '../tenant/use-current-tenant';
import { formatPrice, intlLocale } from './format';
import type { ProductRecord } from './product-records';
import type { CatalogDeclaration } from './products-adapter';

function ShowActions() {
  return (
    <TopToolbar>
      <EditButton />
      <DeleteButton mutationMode="pessimistic" />
    </TopToolbar>
  );
}

function valueText(value: unknown, yes: string, no: string): string {
  if (value === undefined || value === null || value === '') return '—';
  if (Array.isArray(value)) return value.length > 0 ? value.join(', ') : '—';
  if (typeof value === 'boolean') return value ? yes : no;
  return String(value);
}

/** The declared attributes with their labels, then any the declaration no longer names. */
function Attributes() {
  const translate = useTranslate();
  const record = useRecordContext<ProductRecord>();
  const tenantId = useCurrentTenantId();
  const declaration = useGetOne<CatalogDeclaration>(
    'catalog-declarations',
    { id: tenantId ?? '' },
    { enabled: Boolean(tenantId), staleTime: 60_000 },
  );
  if (!record) return null;
  const declared = declaration.data?.attributes ?? [];
  const rows = [
    ...declared.map((attribute) => ({ key: attribute.key, label: attribute.label })),
    ...Object.keys(record.attributes)
      .filter((key) => !declared.some((attribute) => attribute.key === key))
      .map((key) => ({ key, label: key })),
  ];
  const yes = translate('scenaro.catalog.yes');
  const no = translate('scenaro.catalog.no');
  return (
    <Box
      sx={{
        display: 'grid',
        gap: 2,
        gridTemplateColumns: { xs: '1fr', md: 'repeat(3, minmax(0, 1fr))' },
      }}
      data-testid="product-attributes"
    >
      {rows.map((row) => (
        <Box key={row.key}>
          <Typography variant="caption" color="text.secondary">
            {row.label}
          </Typography>
          <Typography variant="body2">{valueText(record.attributes[row.key], yes, no)}</Typography>
        </Box>
      ))}
    </Box>
  );
}

export function ProductShow() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Show actions={<ShowActions />}>
      <SimpleShowLayout>
        <Stack direction="row" spacing={4} flexWrap="wrap" useFlexGap>
          <Labeled label="resources.products.fields.sku">
            <TextField source="sku" />
          </Labeled>
          <Labeled label="resources.products.fields.name">
            <TextField source="name" />
          </Labeled>
          <Labeled label="resources.products.fields.price">
            <FunctionField<ProductRecord>
              render={(record) =>
                formatPrice(record.priceCents, record.currency, intlLocale(locale))
              }
            />
          </Labeled>
          <Labeled label="resources.products.fields.stock">
            <NumberField source="stock" />
          </Labeled>
          <Labeled label="resources.products.fields.updatedAt">
            <DateField source="updatedAt" showTime />
          </Labeled>
        </Stack>
        <Labeled label="resources.products.fields.tags">
          <FunctionField<ProductRecord>
            render={(record) =>
              (record.tags ?? []).length > 0 ? (
                <Stack direction="row" spacing={0.5} flexWrap="wrap" useFlexGap>
                  {(record.tags ?? []).map((tag) => (
                    <Chip key={tag} size="small" label={tag} />
                  ))}
                </Stack>
              ) : (
                '—'
              )
            }
          />
        </Labeled>
        <Labeled label="resources.products.fields.description">
          <TextField source="description" sx={{ whiteSpace: 'pre-wrap' }} emptyText="—" />
        </Labeled>
        <Typography variant="subtitle1">{translate('scenaro.catalog.form.attributes')}</Typography>
        <Attributes />
      </SimpleShowLayout>
    </Show>
  );
}
