import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutline';
import { Box, Button, IconButton, TextField, Tooltip, Typography } from '@mui/material';
import { formatPath, variableTypes } from '@scenaro/orientation';
import { memo, useMemo, useState } from 'react';
import { useTranslate } from 'react-admin';
import {
  field,
  fromFormModel,
  newVariableName,
  renameVariable,
  toFormModel,
  type VariableRow,
} from '../model/form-model';
import { messagesAt } from '../model/issues';
import {
  DocNumberField,
  DocSelectField,
  DocSwitch,
  DocTextField,
  useFlagged,
  useFormActions,
  useFormSelect,
  useOptions,
  useReadOnly,
} from './fields';
import { FieldRow, Section } from './Section';

/** The variable's name: renamed on blur, refused when another variable already has it. */
function NameField({ rows, index }: { rows: VariableRow[]; index: number }) {
  const translate = useTranslate();
  const readOnly = useReadOnly();
  const { getDoc, replace } = useFormActions();
  const name = rows[index]?.name ?? '';
  const [text, setText] = useState(name);
  const [taken, setTaken] = useState(false);
  const message = useFormSelect((state) =>
    messagesAt(state.issues, formatPath(['variables', name])).join(' · '),
  );
  const commit = () => {
    if (text === name) return;
    const renamed = renameVariable(rows, index, text);
    if (!renamed) {
      setTaken(true);
      return;
    }
    setTaken(false);
    const doc = getDoc();
    replace(fromFormModel({ ...toFormModel(doc), variables: renamed }, doc));
  };
  return (
    <TextField
      data-testid={`field-${formatPath(['variables', name])}-name`}
      label={translate('scenaro.orientations.form.variables.name')}
      value={text}
      size="small"
      fullWidth
      onChange={(event) => setText(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
      }}
      error={taken || message.length > 0}
      helperText={
        taken
          ? translate('scenaro.orientations.form.variables.name_taken')
          : message || translate('scenaro.orientations.form.variables.name_help')
      }
      slotProps={{ input: { readOnly } }}
    />
  );
}

function DefaultField({ name, type }: { name: string; type: unknown }) {
  const translate = useTranslate();
  const label = translate('scenaro.orientations.form.variables.default');
  const path = ['variables', name, 'default'];
  const booleans = useOptions('scenaro.orientations.form.boolean', ['true', 'false']);
  if (type === 'number' || type === 'integer') {
    return <DocNumberField path={path} label={label} nullable />;
  }
  if (type === 'boolean') {
    return <BooleanDefault name={name} label={label} options={booleans} />;
  }
  return <DocTextField path={path} label={label} nullable multiline={type === 'text'} />;
}

function BooleanDefault({
  name,
  label,
  options,
}: {
  name: string;
  label: string;
  options: { value: string; label: string }[];
}) {
  const readOnly = useReadOnly();
  const { update } = useFormActions();
  const value = useFormSelect((state) => field(state.doc, ['variables', name, 'default']));
  return (
    <TextField
      select
      label={label}
      size="small"
      fullWidth
      value={typeof value === 'boolean' ? String(value) : ''}
      slotProps={{ input: { readOnly }, select: { native: true } }}
      onChange={(event) => {
        update(
          ['variables', name, 'default'],
          event.target.value === '' ? null : event.target.value === 'true',
        );
      }}
    >
      <option value="" />
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </TextField>
  );
}

/** Typed variables, filled per tenant: one card per variable, add and remove. */
export const VariablesSection = memo(function VariablesSection() {
  const translate = useTranslate();
  const readOnly = useReadOnly();
  const flagged = useFlagged('variables');
  const { getDoc, replace } = useFormActions();
  // Re-render when the variables change; the rows are read from the document itself.
  const variables = useFormSelect((state) => state.doc.variables);
  const t = (key: string) => translate(`scenaro.orientations.form.variables.${key}`);
  const rows = useMemo(() => toFormModel({ variables }).variables, [variables]);
  const types = useOptions('scenaro.orientations.form.variable_types', variableTypes);
  const update = (next: VariableRow[]) => {
    const doc = getDoc();
    replace(fromFormModel({ ...toFormModel(doc), variables: next }, doc));
  };
  return (
    <Section
      id="variables"
      title={t('title')}
      flagged={flagged}
      action={
        readOnly ? null : (
          <Button
            size="small"
            startIcon={<AddIcon />}
            onClick={() =>
              update([
                ...rows,
                {
                  name: newVariableName(rows),
                  declaration: {
                    type: 'string',
                    label: t('new_label'),
                    required: false,
                    default: null,
                  },
                },
              ])
            }
          >
            {t('add')}
          </Button>
        )
      }
    >
      {rows.length === 0 ? <Typography color="text.secondary">{t('empty')}</Typography> : null}
      {rows.map((row, index) => (
        <Box
          key={row.name}
          data-testid={`variable-${row.name}`}
          sx={{ borderTop: index === 0 ? 0 : 1, borderColor: 'divider', pt: index === 0 ? 0 : 1.5 }}
        >
          <FieldRow>
            <NameField rows={rows} index={index} />
            <DocSelectField
              path={['variables', row.name, 'type']}
              label={t('type')}
              options={types}
            />
            <DocTextField path={['variables', row.name, 'label']} label={t('label')} />
            <DefaultField name={row.name} type={row.declaration.type} />
          </FieldRow>
          <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1.5, mb: 1.5 }}>
            <DocTextField
              path={['variables', row.name, 'description']}
              label={t('description')}
              nullable
            />
            <DocSwitch path={['variables', row.name, 'required']} label={t('required')} />
            {readOnly ? null : (
              <Tooltip title={t('remove')}>
                <IconButton
                  aria-label={t('remove')}
                  onClick={() => update(rows.filter((_, i) => i !== index))}
                >
                  <DeleteIcon />
                </IconButton>
              </Tooltip>
            )}
          </Box>
        </Box>
      ))}
    </Section>
  );
});
