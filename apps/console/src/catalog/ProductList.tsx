import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  Box,
  MenuItem,
  Button as MuiButton,
  TextField as MuiTextField,
  Typography,
} from '@mui/material';
import {
  CreateButton,
  Datagrid,
  FunctionField,
  List,
  NumberField,
  Pagination,
  SearchInput,
  TextField,
  TopToolbar,
  useCanAccess,
  useGetOne,
  useListContext,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { ListError } from '../core/ListError';
import { useCurrentTenantId } from '../tenant/use-current-tenant';
import { FacetSidebar } from './FacetSidebar';
import { formatPrice, intlLocale } from './format';
import type { ProductRecord } from './product-records';
import type { CatalogDeclaration } from './products-adapter';

function SortSelect() {
  const translate = useTranslate();
  const { sort, setSort } = useListContext();
  const value =
    sort?.field === 'priceCents'
      ? sort.order === 'DESC'
        ? 'price_desc'
        : 'price_asc'
      : 'relevance';
  return (
    <MuiTextField
      select
      size="small"
      name="sort"
      label={translate('scenaro.catalog.sort.label')}
      value={value}
      onChange={(event) => {
        const next = event.target.value;
        if (next === 'relevance') setSort({ field: 'relevance', order: 'ASC' });
        else setSort({ field: 'priceCents', order: next === 'price_desc' ? 'DESC' : 'ASC' });
      }}
      sx={{ width: 170, flexShrink: 0 }}
    >
      <MenuItem value="relevance">{translate('scenaro.catalog.sort.relevance')}</MenuItem>
      <MenuItem value="price_asc">{translate('scenaro.catalog.sort.price_asc')}</MenuItem>
      <MenuItem value="price_desc">{translate('scenaro.catalog.sort.price_desc')}</MenuItem>
    </MuiTextField>
  );
}

/** Link to the import page (editors and admins). */
export function ImportButton({ variant = 'text' }: { variant?: 'text' | 'contained' }) {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'catalog-imports', action: 'create' });
  if (!canAccess) return null;
  return (
    <MuiButton
      component={Link}
      to="/catalog-imports/create"
      startIcon={<UploadFileIcon />}
      variant={variant}
      size="small"
      data-testid="import-button"
    >
      {translate('scenaro.catalog.import')}
    </MuiButton>
  );
}

function ListActions() {
  return (
    <TopToolbar sx={{ alignItems: 'center', gap: 1, flexWrap: 'nowrap', whiteSpace: 'nowrap' }}>
      <SortSelect />
      <ImportButton />
      <CreateButton />
    </TopToolbar>
  );
}

/** No product at all yet: say so and offer the import. */
function EmptyCatalog() {
  const translate = useTranslate();
  return (
    <Box sx={{ textAlign: 'center', m: 4 }} data-testid="empty-list" data-empty="products">
      <Typography variant="h6" gutterBottom>
        {translate('scenaro.catalog.empty.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('scenaro.catalog.empty.body')}
      </Typography>
      <Box sx={{ display: 'flex', gap: 1, justifyContent: 'center' }}>
        <ImportButton variant="contained" />
        <CreateButton />
      </Box>
    </Box>
  );
}

/** Columns of the first few facet attributes, so a list row says what the product is. */
function attributeColumns(declaration: CatalogDeclaration | undefined) {
  return (declaration?.attributes ?? [])
    .filter((attribute) => attribute.facet && attribute.type !== 'text')
    .slice(0, 3);
}

const display = (value: unknown) =>
  Array.isArray(value)
    ? value.join(', ')
    : value === true
      ? '✓'
      : value === false
        ? '—'
        : String(value ?? '');

/** The catalogue: full-text search, facets, price range, stock, sort and cursor pages. */
export function ProductList() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const tenantId = useCurrentTenantId();
  const declaration = useGetOne<CatalogDeclaration>(
    'catalog-declarations',
    { id: tenantId ?? '' },
    { enabled: Boolean(tenantId), staleTime: 60_000 },
  );
  return (
    <List
      exporter={false}
      filters={[
        <SearchInput
          key="q"
          source="q"
          alwaysOn
          placeholder={translate('scenaro.catalog.search')}
        />,
      ]}
      sort={{ field: 'relevance', order: 'ASC' }}
      perPage={20}
      aside={<FacetSidebar />}
      actions={<ListActions />}
      empty={<EmptyCatalog />}
      pagination={<Pagination rowsPerPageOptions={[20, 50, 100]} />}
      error={<ListError />}
    >
      <Datagrid rowClick="show" bulkActionButtons={false} data-testid="product-list">
        <TextField source="sku" sortable={false} />
        <TextField source="name" sortable={false} />
        {attributeColumns(declaration.data).map((attribute) => (
          <FunctionField<ProductRecord>
            key={attribute.key}
            label={attribute.label}
            sortable={false}
            render={(record) => display(record.attributes[attribute.key])}
          />
        ))}
        <FunctionField<ProductRecord>
          source="priceCents"
          label="resources.products.fields.price"
          sortBy="priceCents"
          textAlign="right"
          render={(record) => formatPrice(record.priceCents, record.currency, intlLocale(locale))}
        />
        <NumberField source="stock" sortable={false} />
      </Datagrid>
    </List>
  );
}
