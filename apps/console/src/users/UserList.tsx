import {
  CreateButton,
  Datagrid,
  DateField,
  EditButton,
  List,
  ReferenceInput,
  SelectInput,
  TextField,
  TopToolbar,
  usePermissions,
} from 'react-admin';
import type { ConsolePermissions } from '../auth/permissions';
import { EmptyList } from '../core/EmptyList';
import { ListError } from '../core/ListError';
import { RoleField, ScopeField, UserStatusField } from './UserFields';

const tenantFilter = [
  <ReferenceInput key="tenantId" source="tenantId" reference="tenants" alwaysOn>
    <SelectInput optionText="name" emptyText="scenaro.users.all_tenants" />
  </ReferenceInput>,
];

export function UserList() {
  const { permissions } = usePermissions<ConsolePermissions | null>();
  const platform = permissions?.tenantId === null;
  return (
    <List
      filters={platform ? tenantFilter : undefined}
      actions={
        <TopToolbar>
          <CreateButton />
        </TopToolbar>
      }
      empty={<EmptyList resource="users" />}
      error={<ListError />}
    >
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="name" />
        <TextField source="email" />
        <RoleField label="resources.users.fields.role" />
        <ScopeField label="resources.users.fields.tenantId" />
        <DateField source="lastLoginAt" showTime emptyText="—" />
        <UserStatusField label="resources.users.fields.disabled" />
        <EditButton />
      </Datagrid>
    </List>
  );
}
