import { Box, Chip, Typography } from '@mui/material';
import { memo } from 'react';
import { useTranslate } from 'react-admin';
import { field } from '../model/form-model';
import { useFlagged, useFormSelect } from './fields';
import { Section } from './Section';

/** Blocks edited in the YAML view (catalogue attributes, state limits, ui), summarised here. */
const YAML_ONLY = ['catalog', 'state', 'ui'];

function Line({ label, value }: { label: string; value: string }) {
  return (
    <Typography variant="body2" sx={{ mb: 0.5 }}>
      <Box component="span" sx={{ color: 'text.secondary', mr: 1 }}>
        {label}
      </Box>
      {value}
    </Typography>
  );
}

export const AdvancedSection = memo(function AdvancedSection() {
  const translate = useTranslate();
  const catalog = useFormSelect((state) => state.doc.catalog);
  const sessionState = useFormSelect((state) => state.doc.state);
  const ui = useFormSelect((state) => state.doc.ui);
  const doc = { catalog, state: sessionState, ui };
  const t = (key: string, options?: object) =>
    translate(`scenaro.orientations.form.advanced.${key}`, options);
  const attributes =
    (field(doc, ['catalog', 'attributes']) as { key?: string }[] | undefined) ?? [];
  const text = (value: unknown) => (value === undefined || value === null ? '—' : String(value));
  const flagged = useFlagged(...YAML_ONLY);
  return (
    <Section id="advanced" title={t('title')} flagged={flagged}>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {t('help')}
      </Typography>
      <Typography variant="subtitle2">{t('catalog')}</Typography>
      <Line
        label={t('item_name')}
        value={`${text(field(doc, ['catalog', 'itemName', 'singular']))} / ${text(field(doc, ['catalog', 'itemName', 'plural']))}`}
      />
      <Line label={t('currency')} value={text(field(doc, ['catalog', 'currency']))} />
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, mb: 1.5 }}>
        {attributes.map((attribute, index) => (
          <Chip
            // biome-ignore lint/suspicious/noArrayIndexKey: a summary; keys may repeat while invalid
            key={index}
            size="small"
            label={text(attribute?.key)}
          />
        ))}
      </Box>
      <Typography variant="subtitle2">{t('state')}</Typography>
      <Line
        label={t('selection')}
        value={t('selection_value', {
          enabled: text(field(doc, ['state', 'selection', 'enabled']) ?? true),
          max: text(field(doc, ['state', 'selection', 'maxItems']) ?? 20),
        })}
      />
      <Line
        label={t('cart')}
        value={t('cart_value', {
          enabled: text(field(doc, ['state', 'cart', 'enabled']) ?? true),
          lines: text(field(doc, ['state', 'cart', 'maxLines']) ?? 50),
          quantity: text(field(doc, ['state', 'cart', 'maxQuantityPerLine']) ?? 99),
        })}
      />
      <Typography variant="subtitle2" sx={{ mt: 1 }}>
        {t('ui')}
      </Typography>
      <Line label={t('ui_title')} value={text(field(doc, ['ui', 'title']))} />
      <Box sx={{ display: 'flex', gap: 1 }}>
        {['primary', 'accent', 'background', 'text'].map((color) => {
          const value = field(doc, ['ui', 'colors', color]);
          return (
            <Box key={color} sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
              <Box
                sx={{
                  width: 16,
                  height: 16,
                  borderRadius: 0.5,
                  border: 1,
                  borderColor: 'divider',
                  bgcolor: typeof value === 'string' ? value : 'transparent',
                }}
              />
              <Typography variant="caption">{text(value)}</Typography>
            </Box>
          );
        })}
      </Box>
    </Section>
  );
});
