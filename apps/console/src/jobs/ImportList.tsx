import { Box, Typography } from '@mui/material';
import {
  CreateButton,
  Datagrid,
  DateField,
  FunctionField,
  List,
  NumberField,
  Pagination,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { ListError } from '../core/ListError';
import type { ImportRecord } from './imports-adapter';
import { JobStatusChip } from './JobProgressView';

function NoImports() {
  const translate = useTranslate();
  return (
    <Box sx={{ textAlign: 'center', m: 4 }} data-testid="empty-list" data-empty="catalog-imports">
      <Typography variant="h6" gutterBottom>
        {translate('scenaro.imports.empty')}
      </Typography>
      <CreateButton label="scenaro.catalog.import" />
    </Box>
  );
}

/** Past catalogue imports, newest first, with their status and counts. */
export function ImportList() {
  return (
    <List
      perPage={20}
      exporter={false}
      sort={{ field: 'createdAt', order: 'DESC' }}
      actions={
        <TopToolbar>
          <CreateButton label="scenaro.catalog.import" />
        </TopToolbar>
      }
      empty={<NoImports />}
      error={<ListError />}
      pagination={<Pagination rowsPerPageOptions={[20, 50]} />}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <DateField source="createdAt" showTime sortable={false} />
        <FunctionField<ImportRecord>
          source="status"
          sortable={false}
          render={(record) => <JobStatusChip status={record.status} />}
        />
        <NumberField source="total" sortable={false} emptyText="—" />
        <NumberField source="succeeded" sortable={false} />
        <NumberField source="failed" sortable={false} />
        <DateField source="finishedAt" showTime sortable={false} emptyText="—" />
      </Datagrid>
    </List>
  );
}
