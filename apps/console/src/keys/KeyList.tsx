import {
  CreateButton,
  Datagrid,
  DateField,
  FunctionField,
  List,
  TextField,
  TopToolbar,
  useCanAccess,
} from 'react-admin';
import { EmptyList } from '../core/EmptyList';
import { ListError } from '../core/ListError';
import type { KeyRecord } from './adapter';
import { KeyKindField, KeyStatusField, RevokeKeyButton } from './KeyFields';

function Actions({ resource }: { resource: string }) {
  const { canAccess } = useCanAccess({ action: 'create', resource });
  return <TopToolbar>{canAccess && <CreateButton />}</TopToolbar>;
}

/** The current tenant's keys, or (resource `platform-keys`) the platform's. */
export function KeyList({ resource = 'keys' }: { resource?: string }) {
  return (
    <List
      resource={resource}
      actions={<Actions resource={resource} />}
      empty={<EmptyList resource={resource} />}
      error={<ListError />}
    >
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <TextField source="name" />
        <KeyKindField label={`resources.${resource}.fields.kind`} />
        {resource === 'keys' && (
          <FunctionField
            source="allowedOrigins"
            sortable={false}
            render={(record: KeyRecord) => record.allowedOrigins.join(', ') || '—'}
          />
        )}
        <DateField source="createdAt" showTime />
        <DateField source="lastUsedAt" showTime emptyText="—" />
        <KeyStatusField label={`resources.${resource}.fields.active`} />
        <RevokeKeyButton label="" />
      </Datagrid>
    </List>
  );
}

export function PlatformKeyList() {
  return <KeyList resource="platform-keys" />;
}
