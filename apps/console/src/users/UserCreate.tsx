import {
  Create,
  email,
  minLength,
  PasswordInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
  usePermissions,
} from 'react-admin';
import type { ConsolePermissions } from '../auth/permissions';
import { useCurrentTenantId } from '../tenant/use-current-tenant';
import { RoleInput } from './UserFields';

/** A platform admin chooses the user's tenant or the whole platform; a tenant admin, its own. */
export function UserCreate() {
  const { permissions } = usePermissions<ConsolePermissions | null>();
  const currentTenant = useCurrentTenantId();
  const platform = permissions?.tenantId === null;
  return (
    <Create redirect="list">
      <SimpleForm
        defaultValues={{
          role: 'viewer',
          tenantId: platform ? currentTenant : permissions?.tenantId,
        }}
      >
        <TextInput source="email" type="email" validate={[required(), email()]} fullWidth />
        <TextInput source="name" validate={required()} fullWidth />
        <PasswordInput
          source="password"
          validate={[required(), minLength(12)]}
          helperText="scenaro.users.password_help"
          autoComplete="new-password"
        />
        <RoleInput />
        {platform && (
          <ReferenceInput source="tenantId" reference="tenants">
            <SelectInput
              optionText="name"
              emptyText="scenaro.users.platform"
              helperText="scenaro.users.scope_help"
            />
          </ReferenceInput>
        )}
      </SimpleForm>
    </Create>
  );
}
