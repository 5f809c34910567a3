import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutline';
import DownIcon from '@mui/icons-material/KeyboardArrowDown';
import UpIcon from '@mui/icons-material/KeyboardArrowUp';
import { Box, Button, IconButton, Tooltip, Typography } from '@mui/material';
import { memo } from 'react';
import { useTranslate } from 'react-admin';
import { field, move } from '../model/form-model';
import { DocTextField, useFlagged, useFormActions, useFormSelect, useReadOnly } from './fields';
import { FieldRow, Section } from './Section';

function ListButtons({
  index,
  count,
  onMove,
  onRemove,
  removeLabel,
}: {
  index: number;
  count: number;
  onMove: (delta: number) => void;
  onRemove: () => void;
  removeLabel: string;
}) {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'flex', alignItems: 'center' }}>
      <Tooltip title={translate('scenaro.orientations.form.move_up')}>
        <span>
          <IconButton size="small" disabled={index === 0} onClick={() => onMove(-1)}>
            <UpIcon fontSize="small" />
          </IconButton>
        </span>
      </Tooltip>
      <Tooltip title={translate('scenaro.orientations.form.move_down')}>
        <span>
          <IconButton size="small" disabled={index === count - 1} onClick={() => onMove(1)}>
            <DownIcon fontSize="small" />
          </IconButton>
        </span>
      </Tooltip>
      <Tooltip title={removeLabel}>
        <IconButton size="small" aria-label={removeLabel} onClick={onRemove}>
          <DeleteIcon fontSize="small" />
        </IconButton>
      </Tooltip>
    </Box>
  );
}

/** Prompt sections (ordered, markdown), the greeting and the speech style rules. */
export const PromptSection = memo(function PromptSection() {
  const translate = useTranslate();
  const readOnly = useReadOnly();
  const flagged = useFlagged('prompt');
  const { update } = useFormActions();
  const rawSections = useFormSelect((state) => field(state.doc, ['prompt', 'sections']));
  const rawStyle = useFormSelect((state) => field(state.doc, ['prompt', 'style']));
  const t = (key: string) => translate(`scenaro.orientations.form.prompt.${key}`);
  const sections = Array.isArray(rawSections) ? (rawSections as unknown[]) : [];
  const style = Array.isArray(rawStyle) ? (rawStyle as unknown[]) : [];
  const setSections = (next: unknown[]) => update(['prompt', 'sections'], next);
  const setStyle = (next: unknown[]) => update(['prompt', 'style'], next);
  return (
    <Section id="prompt" title={t('title')} flagged={flagged}>
      <DocTextField
        path={['prompt', 'greeting']}
        label={t('greeting')}
        help={t('greeting_help')}
        nullable
        multiline
        rows={2}
      />
      <Box sx={{ display: 'flex', alignItems: 'center', mt: 2, mb: 1 }}>
        <Typography variant="subtitle1" sx={{ flex: 1, fontWeight: 600 }}>
          {t('sections')}
        </Typography>
        {readOnly ? null : (
          <Button
            size="small"
            startIcon={<AddIcon />}
            onClick={() =>
              setSections([
                ...sections,
                { id: `section-${sections.length + 1}`, title: t('new_section'), body: '' },
              ])
            }
          >
            {t('add_section')}
          </Button>
        )}
      </Box>
      {sections.map((_, index) => (
        <Box
          // Sections are edited in place; their id is itself an editable field.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          key={index}
          data-testid={`prompt-section-${index}`}
          sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5, mb: 1.5 }}
        >
          <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
            <Box sx={{ flex: 1 }}>
              <FieldRow>
                <DocTextField path={['prompt', 'sections', index, 'id']} label={t('section_id')} />
                <DocTextField
                  path={['prompt', 'sections', index, 'title']}
                  label={t('section_title')}
                />
              </FieldRow>
            </Box>
            {readOnly ? null : (
              <ListButtons
                index={index}
                count={sections.length}
                onMove={(delta) => setSections(move(sections, index, delta))}
                onRemove={() => setSections(sections.filter((__, i) => i !== index))}
                removeLabel={t('remove_section')}
              />
            )}
          </Box>
          <DocTextField
            path={['prompt', 'sections', index, 'body']}
            label={t('section_body')}
            help={t('section_body_help')}
            multiline
            rows={8}
          />
        </Box>
      ))}
      <Box sx={{ display: 'flex', alignItems: 'center', mt: 2, mb: 1 }}>
        <Typography variant="subtitle1" sx={{ flex: 1, fontWeight: 600 }}>
          {t('style')}
        </Typography>
        {readOnly ? null : (
          <Button size="small" startIcon={<AddIcon />} onClick={() => setStyle([...style, ''])}>
            {t('add_style')}
          </Button>
        )}
      </Box>
      {style.length === 0 ? (
        <Typography color="text.secondary">{t('style_empty')}</Typography>
      ) : null}
      {style.map((_, index) => (
        <Box
          // biome-ignore lint/suspicious/noArrayIndexKey: rules are plain strings, edited in place
          key={index}
          sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', mb: 1 }}
        >
          <DocTextField
            path={['prompt', 'style', index]}
            label={`${t('rule')} ${index + 1}`}
            multiline
          />
          {readOnly ? null : (
            <ListButtons
              index={index}
              count={style.length}
              onMove={(delta) => setStyle(move(style, index, delta))}
              onRemove={() => setStyle(style.filter((__, i) => i !== index))}
              removeLabel={t('remove_style')}
            />
          )}
        </Box>
      ))}
    </Section>
  );
});
