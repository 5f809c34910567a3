import DeleteIcon from '@mui/icons-material/DeleteOutline';
import {
  Box,
  Chip,
  IconButton,
  ListSubheader,
  MenuItem,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import { memo } from 'react';
import { useTranslate } from 'react-admin';
import type { ToolHandler } from '../api/orientations-api';
import { field, toolForHandler, toolsByCategory } from '../model/form-model';
import {
  DocSelectField,
  DocTextField,
  useFlagged,
  useFormActions,
  useFormSelect,
  useReadOnly,
} from './fields';
import { FieldRow, Section } from './Section';

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The handler catalogue as a picker, grouped by the handlers' own categories. */
function AddToolPicker({
  handlers,
  onPick,
}: {
  handlers: readonly ToolHandler[];
  onPick: (handler: ToolHandler) => void;
}) {
  const translate = useTranslate();
  const categories = [...new Set(handlers.map((handler) => handler.category))];
  return (
    <TextField
      select
      size="small"
      label={translate('scenaro.orientations.form.tools.add')}
      value=""
      sx={{ minWidth: 260 }}
      data-testid="add-tool"
      onChange={(event) => {
        const handler = handlers.find((item) => item.id === event.target.value);
        if (handler) onPick(handler);
      }}
    >
      {categories.flatMap((category) => [
        <ListSubheader key={`category-${category}`}>
          {translate(`scenaro.orientations.form.tools.handler_categories.${category}`, {
            _: category,
          })}
        </ListSubheader>,
        ...handlers
          .filter((handler) => handler.category === category)
          .map((handler) => (
            <MenuItem key={handler.id} value={handler.id}>
              <Box>
                <Typography variant="body2" sx={{ fontFamily: 'monospace' }}>
                  {handler.id}
                </Typography>
                <Typography variant="caption" color="text.secondary">
                  {handler.description}
                </Typography>
              </Box>
            </MenuItem>
          )),
      ])}
    </TextField>
  );
}

/** The tools the LLM sees, by the orientation's categories: name and description editable. */
export const ToolsSection = memo(function ToolsSection({
  handlers,
}: {
  handlers: readonly ToolHandler[];
}) {
  const translate = useTranslate();
  const readOnly = useReadOnly();
  const flagged = useFlagged('tools', 'toolCategories');
  const { update } = useFormActions();
  const rawTools = useFormSelect((state) => field(state.doc, ['tools']));
  const rawCategories = useFormSelect((state) => field(state.doc, ['toolCategories']));
  const t = (key: string, options?: object) =>
    translate(`scenaro.orientations.form.tools.${key}`, options);
  const tools = asList(rawTools) as Record<string, unknown>[];
  const categories = asList(rawCategories);
  const groups = toolsByCategory(tools, categories);
  const categoryOptions = groups.map((group) => ({ value: group.id, label: group.label }));
  const described = new Map(handlers.map((handler) => [handler.id, handler.description]));
  return (
    <Section
      id="tools"
      title={t('title')}
      flagged={flagged}
      action={
        readOnly || handlers.length === 0 ? null : (
          <AddToolPicker
            handlers={handlers}
            onPick={(handler) =>
              update(['tools'], [...tools, toolForHandler(handler, tools, categories)])
            }
          />
        )
      }
    >
      {tools.length === 0 ? <Typography color="text.secondary">{t('empty')}</Typography> : null}
      {groups.map((group) => (
        <Box key={group.id} data-testid={`tool-category-${group.id}`} sx={{ mb: 2 }}>
          <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
            {group.label}{' '}
            <Typography component="span" color="text.secondary" variant="body2">
              {t('count', { smart_count: group.tools.length })}
            </Typography>
          </Typography>
          {group.tools.length === 0 ? (
            <Typography color="text.secondary" variant="body2" sx={{ mb: 1 }}>
              {t('category_empty')}
            </Typography>
          ) : null}
          {group.tools.map(({ index, tool }) => {
            const parameters = Object.keys(
              (tool.parameters as Record<string, unknown> | undefined) ?? {},
            );
            return (
              <Box
                key={index}
                data-testid={`tool-${String(tool.name)}`}
                sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5, mb: 1 }}
              >
                <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
                  <Box sx={{ flex: 1 }}>
                    <FieldRow>
                      <DocTextField path={['tools', index, 'name']} label={t('name')} />
                      <DocSelectField
                        path={['tools', index, 'category']}
                        label={t('category')}
                        options={categoryOptions}
                      />
                      <Tooltip title={described.get(String(tool.handler)) ?? ''}>
                        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
                          <Typography variant="body2" color="text.secondary">
                            {t('handler')}
                          </Typography>
                          <Chip size="small" label={String(tool.handler ?? '')} />
                        </Box>
                      </Tooltip>
                    </FieldRow>
                  </Box>
                  {readOnly ? null : (
                    <Tooltip title={t('remove')}>
                      <IconButton
                        aria-label={t('remove')}
                        onClick={() =>
                          update(
                            ['tools'],
                            tools.filter((_, i) => i !== index),
                          )
                        }
                      >
                        <DeleteIcon />
                      </IconButton>
                    </Tooltip>
                  )}
                </Box>
                <DocTextField
                  path={['tools', index, 'description']}
                  label={t('description')}
                  multiline
                  rows={3}
                />
                {parameters.length > 0 ? (
                  <Typography
                    variant="caption"
                    color="text.secondary"
                    component="p"
                    sx={{ mt: 0.5 }}
                  >
                    {t('parameters', { names: parameters.join(', ') })}
                  </Typography>
                ) : null}
              </Box>
            );
          })}
        </Box>
      ))}
    </Section>
  );
});
