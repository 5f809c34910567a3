import {
  CreateButton,
  Datagrid,
  DateField,
  EditButton,
  List,
  ReferenceField,
  SearchInput,
  TextField,
  TopToolbar,
  useCanAccess,
  usePermissions,
} from 'react-admin';
import type { ConsolePermissions } from '../auth/permissions';
import { EmptyList } from '../core/EmptyList';
import { ListError } from '../core/ListError';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

function Actions() {
  const { canAccess } = useCanAccess({ action: 'create', resource: 'tenants' });
  return <TopToolbar>{canAccess && <CreateButton />}</TopToolbar>;
}

export function TenantList() {
  const { permissions } = usePermissions<ConsolePermissions | null>();
  // Partners are a platform matter: a shop's own admin may not list them.
  const platform = permissions?.tenantId === null;
  return (
    <List
      filters={filters}
      actions={<Actions />}
      sort={{ field: 'createdAt', order: 'DESC' }}
      empty={<EmptyList resource="tenants" />}
      error={<ListError />}
    >
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="name" />
        <TextField source="template" />
        {platform && (
          <ReferenceField source="partnerId" reference="partners" link={false} emptyText="—">
            <TextField source="name" />
          </ReferenceField>
        )}
        <TextField source="id" sx={{ fontFamily: 'monospace' }} />
        <DateField source="createdAt" showTime />
        <EditButton />
      </Datagrid>
    </List>
  );
}
