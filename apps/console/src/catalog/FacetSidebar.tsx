import ClearIcon from '@mui/icons-material/Clear';
import {
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  Divider,
  FormControlLabel,
  ListItemButton,
  ListItemText,
  MenuItem,
  List as MuiList,
  Stack,
  Switch,
  TextField,
  Typography,
} from '@mui/material';
import { type ReactNode, useEffect, useState } from 'react';
import { useGetOne, useListContext, useLocaleState, useTranslate } from 'react-admin';
import { useCurrentTenantId } from '../tenant/use-current-tenant';
import { type AttributeFilterSpec, attributeFilterSpecs } from './attribute-fields';
import { DataError } from './DataError';
import { formatPrice, intlLocale } from './format';
import { ATTRIBUTE_FILTER_PREFIX } from './product-query';
import type { CatalogDeclaration } from './products-adapter';

interface FacetsRecord {
  id: string;
  inStock: number;
  attributes: { key: string; label: string; values: { value: unknown; count: number }[] }[];
  price: {
    minCents: number | null;
    maxCents: number | null;
    bands: { minCents: number; maxCents: number | null; count: number }[];
  };
}

const attrKey = (key: string) => `${ATTRIBUTE_FILTER_PREFIX}${key}`;

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box sx={{ mb: 1.5 }}>
      <Typography variant="overline" component="h3" sx={{ lineHeight: 2 }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

/** A text field that applies its value on Enter or when it loses focus. */
function CommitField({
  label,
  value,
  onCommit,
  type = 'text',
  name,
}: {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  type?: string;
  name: string;
}) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  return (
    <TextField
      size="small"
      label={label}
      type={type}
      name={name}
      value={draft}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={() => draft !== value && onCommit(draft)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') onCommit(draft);
      }}
      sx={{ flex: 1 }}
      slotProps={{ htmlInput: { inputMode: type === 'number' ? 'decimal' : undefined } }}
    />
  );
}

/** Filters of the declared filterable attributes that have no facet counts. */
function ExtraFilter({
  spec,
  value,
  filter,
  setFilter,
}: {
  spec: AttributeFilterSpec;
  value: unknown;
  filter: Record<string, unknown>;
  setFilter: (key: string, value: unknown) => void;
}) {
  const translate = useTranslate();
  if (spec.kind === 'range') {
    return (
      <Section title={spec.label}>
        <Stack direction="row" spacing={1}>
          <CommitField
            name={`${spec.key}Min`}
            label={translate('scenaro.catalog.filters.min')}
            type="number"
            value={String(filter[attrKey(`${spec.key}Min`)] ?? '')}
            onCommit={(next) => setFilter(attrKey(`${spec.key}Min`), next)}
          />
          <CommitField
            name={`${spec.key}Max`}
            label={translate('scenaro.catalog.filters.max')}
            type="number"
            value={String(filter[attrKey(`${spec.key}Max`)] ?? '')}
            onCommit={(next) => setFilter(attrKey(`${spec.key}Max`), next)}
          />
        </Stack>
      </Section>
    );
  }
  if (spec.kind === 'text') {
    return (
      <Section title={spec.label}>
        <Stack direction="row">
          <CommitField
            name={spec.key}
            label={spec.label}
            value={String(value ?? '')}
            onCommit={(next) => setFilter(attrKey(spec.key), next)}
          />
        </Stack>
      </Section>
    );
  }
  const choices =
    spec.kind === 'boolean'
      ? [
          { id: 'true', name: translate('scenaro.catalog.yes') },
          { id: 'false', name: translate('scenaro.catalog.no') },
        ]
      : spec.choices;
  return (
    <Section title={spec.label}>
      <TextField
        select
        size="small"
        fullWidth
        name={spec.key}
        label={spec.label}
        value={value === undefined ? '' : String(value)}
        onChange={(event) => setFilter(attrKey(spec.key), event.target.value)}
      >
        <MenuItem value="">
          <em>{translate('scenaro.catalog.filters.any')}</em>
        </MenuItem>
        {choices.map((choice) => (
          <MenuItem key={choice.id} value={choice.id}>
            {choice.name}
          </MenuItem>
        ))}
      </TextField>
    </Section>
  );
}

/**
 * The catalogue's facets: counts per value of each facet attribute and per price band (the
 * API's facets, in-stock products), then price range, in-stock only and the other filterable
 * attributes of the declaration. Clicking a value filters the list; clicking it again clears it.
 */
export function FacetSidebar() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const tenantId = useCurrentTenantId();
  const { filterValues, setFilters } = useListContext();
  const facets = useGetOne<FacetsRecord>(
    'product-facets',
    { id: tenantId ?? '' },
    { enabled: Boolean(tenantId) },
  );
  const declaration = useGetOne<CatalogDeclaration>(
    'catalog-declarations',
    { id: tenantId ?? '' },
    { enabled: Boolean(tenantId), staleTime: 60_000 },
  );
  const filter = (filterValues ?? {}) as Record<string, unknown>;
  const setFilter = (key: string, value: unknown) => {
    const next = { ...filter };
    if (value === undefined || value === null || value === '' || value === false) delete next[key];
    else next[key] = value;
    setFilters(next, undefined);
  };
  const toggle = (key: string, value: string) =>
    setFilter(key, String(filter[key] ?? '') === value ? undefined : value);

  const currency = declaration.data?.currency ?? 'EUR';
  const price = (cents: number) => formatPrice(cents, currency, intlLocale(locale));
  const facetKeys = new Set(facets.data?.attributes.map((facet) => facet.key) ?? []);
  const extra = attributeFilterSpecs(declaration.data?.attributes ?? []).filter(
    (spec) => !facetKeys.has(spec.key) || spec.kind === 'range',
  );
  const active = Object.keys(filter).filter((key) => key !== 'q');

  return (
    <Card
      data-testid="facet-sidebar"
      sx={{ order: -1, mr: 2, mt: 2, width: 260, flexShrink: 0, alignSelf: 'flex-start' }}
    >
      <CardContent sx={{ maxHeight: 'calc(100vh - 140px)', overflowY: 'auto' }}>
        <Stack direction="row" alignItems="center" justifyContent="space-between" sx={{ mb: 1 }}>
          <Typography variant="subtitle1">{translate('scenaro.catalog.filters.title')}</Typography>
          {active.length > 0 && (
            <Button
              size="small"
              startIcon={<ClearIcon />}
              onClick={() => setFilters(filter.q ? { q: filter.q } : {}, undefined)}
            >
              {translate('scenaro.catalog.filters.clear')}
            </Button>
          )}
        </Stack>
        {facets.error ? <DataError error={facets.error} /> : null}
        <FormControlLabel
          control={
            <Switch
              name="inStock"
              checked={filter.inStock === true || filter.inStock === 'true'}
              onChange={(event) => setFilter('inStock', event.target.checked ? true : undefined)}
            />
          }
          label={`${translate('scenaro.catalog.filters.in_stock')}${
            facets.data ? ` (${facets.data.inStock})` : ''
          }`}
        />
        <Divider sx={{ my: 1 }} />
        <Section title={translate('scenaro.catalog.filters.price')}>
          <Stack direction="row" spacing={1} sx={{ mb: 1 }}>
            <CommitField
              name="priceMin"
              label={translate('scenaro.catalog.filters.price_min')}
              type="number"
              value={String(filter.priceMin ?? '')}
              onCommit={(next) => setFilter('priceMin', next)}
            />
            <CommitField
              name="priceMax"
              label={translate('scenaro.catalog.filters.price_max')}
              type="number"
              value={String(filter.priceMax ?? '')}
              onCommit={(next) => setFilter('priceMax', next)}
            />
          </Stack>
          <MuiList dense disablePadding>
            {(facets.data?.price.bands ?? [])
              .filter((band) => band.count > 0)
              .map((band) => {
                const min = String(band.minCents / 100);
                const max = band.maxCents === null ? undefined : String(band.maxCents / 100);
                const selected =
                  String(filter.priceMin ?? '') === min &&
                  String(filter.priceMax ?? '') === (max ?? '');
                return (
                  <ListItemButton
                    key={`${band.minCents}-${band.maxCents}`}
                    selected={selected}
                    onClick={() =>
                      setFilters(
                        selected
                          ? Object.fromEntries(
                              Object.entries(filter).filter(
                                ([key]) => key !== 'priceMin' && key !== 'priceMax',
                              ),
                            )
                          : { ...filter, priceMin: min, priceMax: max },
                        undefined,
                      )
                    }
                  >
                    <ListItemText
                      primary={
                        band.maxCents === null
                          ? translate('scenaro.catalog.filters.price_from', {
                              min: price(band.minCents),
                            })
                          : `${price(band.minCents)} – ${price(band.maxCents)}`
                      }
                    />
                    <Chip size="small" label={band.count} />
                  </ListItemButton>
                );
              })}
          </MuiList>
        </Section>
        {(facets.data?.attributes ?? []).map((facet) => (
          <Section key={facet.key} title={facet.label}>
            <MuiList dense disablePadding data-testid={`facet-${facet.key}`}>
              {facet.values.length === 0 && (
                <Typography variant="body2" color="text.secondary">
                  {translate('scenaro.catalog.filters.no_values')}
                </Typography>
              )}
              {facet.values.map(({ value, count }) => {
                const text = String(value);
                const selected = String(filter[attrKey(facet.key)] ?? '') === text;
                const label =
                  typeof value === 'boolean'
                    ? translate(value ? 'scenaro.catalog.yes' : 'scenaro.catalog.no')
                    : text;
                return (
                  <ListItemButton
                    key={text}
                    selected={selected}
                    onClick={() => toggle(attrKey(facet.key), text)}
                  >
                    <ListItemText primary={label} />
                    <Chip size="small" label={count} />
                  </ListItemButton>
                );
              })}
            </MuiList>
          </Section>
        ))}
        {extra.length > 0 && <Divider sx={{ my: 1 }} />}
        {extra.map((spec) => (
          <ExtraFilter
            key={spec.key}
            spec={spec}
            value={filter[attrKey(spec.key)]}
            filter={filter}
            setFilter={setFilter}
          />
        ))}
      </CardContent>
    </Card>
  );
}
