import { Box, Chip, Typography } from '@mui/material';
import {
  Datagrid,
  DateField,
  FunctionField,
  List,
  SearchInput,
  TextField,
  useTranslate,
} from 'react-admin';
import type { OrientationRecord } from './adapter';

function StateField({ record }: { record: OrientationRecord }) {
  const translate = useTranslate();
  if (record.currentVersion === null) {
    return (
      <Chip
        size="small"
        color="warning"
        label={translate('scenaro.orientations.state.never_published')}
      />
    );
  }
  return record.hasUnpublishedChanges ? (
    <Chip
      size="small"
      color="warning"
      variant="outlined"
      data-testid="state-draft"
      label={translate('scenaro.orientations.state.unpublished')}
    />
  ) : (
    <Chip
      size="small"
      color="success"
      variant="outlined"
      data-testid="state-published"
      label={translate('scenaro.orientations.state.published')}
    />
  );
}

function Empty() {
  const translate = useTranslate();
  return (
    <Box sx={{ p: 4, textAlign: 'center' }} data-testid="orientations-empty">
      <Typography variant="h6">{translate('scenaro.orientations.list.empty')}</Typography>
      <Typography color="text.secondary">
        {translate('scenaro.orientations.list.empty_help')}
      </Typography>
    </Box>
  );
}

/** The current tenant's orientations: draft/published state, current version, last change. */
export function OrientationList() {
  const translate = useTranslate();
  return (
    <List
      sort={{ field: 'slug', order: 'ASC' }}
      filters={[<SearchInput key="q" source="q" alwaysOn />]}
      empty={<Empty />}
      exporter={false}
      perPage={25}
    >
      {/* A path, not "edit": viewers open the editor too (read only), which "edit" would deny. */}
      <Datagrid
        rowClick={(id) => `/orientations/${encodeURIComponent(String(id))}`}
        bulkActionButtons={false}
      >
        <TextField source="slug" label={translate('scenaro.orientations.list.slug')} />
        <TextField source="name" label={translate('scenaro.orientations.list.name')} />
        <FunctionField<OrientationRecord>
          label={translate('scenaro.orientations.list.state')}
          sortable={false}
          render={(record) => <StateField record={record} />}
        />
        <FunctionField<OrientationRecord>
          source="currentVersion"
          label={translate('scenaro.orientations.list.version')}
          render={(record) => (record.currentVersion === null ? '—' : `v${record.currentVersion}`)}
        />
        <DateField
          source="updatedAt"
          showTime
          label={translate('scenaro.orientations.list.updated_at')}
        />
        <TextField source="updatedBy" label={translate('scenaro.orientations.list.updated_by')} />
      </Datagrid>
    </List>
  );
}
