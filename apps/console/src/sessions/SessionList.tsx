import { Box, Chip, Typography } from '@mui/material';
import {
  Datagrid,
  DateField,
  FunctionField,
  List,
  Pagination,
  SelectInput,
  TextField,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { formatDuration, formatPrice, intlLocale } from '../catalog/format';
import { ListError } from '../core/ListError';
import type { SessionRecord } from './sessions-adapter';

/** The pinned orientation: "caviste v3", or its draft for a playground session. */
export function VersionLabel({ record }: { record: Pick<SessionRecord, 'orientation'> }) {
  const translate = useTranslate();
  if (!record.orientation) return <>—</>;
  return (
    <>
      {record.orientation.slug}{' '}
      {record.orientation.version === null
        ? translate('scenaro.sessions.draft')
        : `v${record.orientation.version}`}
    </>
  );
}

/** Mode and status as two small chips. */
export function ModeStatus({ record }: { record: Pick<SessionRecord, 'mode' | 'status'> }) {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
      <Chip
        size="small"
        variant="outlined"
        color={record.mode === 'playground' ? 'secondary' : 'primary'}
        label={translate(`scenaro.sessions.mode.${record.mode ?? 'live'}`)}
      />
      <Chip
        size="small"
        color={record.status === 'ended' ? 'default' : 'success'}
        label={translate(`scenaro.sessions.status.${record.status}`)}
      />
    </Box>
  );
}

function NoSessions() {
  const translate = useTranslate();
  return (
    <Box sx={{ textAlign: 'center', m: 4 }} data-testid="empty-list" data-empty="sessions">
      <Typography variant="h6" gutterBottom>
        {translate('scenaro.sessions.empty.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('scenaro.sessions.empty.body')}
      </Typography>
    </Box>
  );
}

const filters = [
  <SelectInput
    key="mode"
    source="mode"
    alwaysOn
    label="scenaro.sessions.mode.filter"
    emptyText="scenaro.sessions.mode.all"
    choices={[
      { id: 'live', name: 'scenaro.sessions.mode.live' },
      { id: 'playground', name: 'scenaro.sessions.mode.playground' },
    ]}
  />,
];

/** The tenant's sessions, newest first: date, duration, turns, cart, version, mode and status. */
export function SessionList() {
  const [locale] = useLocaleState();
  return (
    <List
      perPage={20}
      exporter={false}
      sort={{ field: 'createdAt', order: 'DESC' }}
      filters={filters}
      empty={<NoSessions />}
      error={<ListError />}
      pagination={<Pagination rowsPerPageOptions={[20, 50]} />}
    >
      <Datagrid rowClick="show" bulkActionButtons={false} data-testid="session-list">
        <DateField source="createdAt" showTime sortable={false} />
        <FunctionField<SessionRecord>
          source="durationMs"
          sortable={false}
          render={(record) =>
            record.durationMs === null && record.status !== 'ended'
              ? '…'
              : formatDuration(record.durationMs)
          }
        />
        <FunctionField<SessionRecord>
          source="turns"
          sortable={false}
          textAlign="right"
          render={(record) => record.turns}
        />
        <FunctionField<SessionRecord>
          source="cartTotalCents"
          sortable={false}
          textAlign="right"
          render={(record) =>
            formatPrice(record.cartTotalCents, record.currency, intlLocale(locale))
          }
        />
        <FunctionField<SessionRecord>
          source="orientation"
          sortable={false}
          render={(record) => <VersionLabel record={record} />}
        />
        <FunctionField<SessionRecord>
          source="mode"
          sortable={false}
          render={(record) => <ModeStatus record={record} />}
        />
        <TextField source="id" sortable={false} sx={{ fontFamily: 'monospace', fontSize: 12 }} />
      </Datagrid>
    </List>
  );
}
