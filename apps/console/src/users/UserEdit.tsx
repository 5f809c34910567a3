import {
  BooleanInput,
  DeleteWithConfirmButton,
  Edit,
  Labeled,
  minLength,
  PasswordInput,
  required,
  SaveButton,
  SimpleForm,
  TextField,
  TextInput,
  Toolbar,
} from 'react-admin';
import { RoleInput, ScopeField } from './UserFields';

function UserToolbar() {
  return (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
      <SaveButton />
      <DeleteWithConfirmButton confirmContent="scenaro.users.delete_confirm" />
    </Toolbar>
  );
}

/** Rename, change the role, set a new password, disable (signs the user out at once). */
export function UserEdit() {
  return (
    <Edit mutationMode="pessimistic">
      <SimpleForm toolbar={<UserToolbar />}>
        <Labeled>
          <TextField source="email" />
        </Labeled>
        <Labeled label="resources.users.fields.tenantId">
          <ScopeField />
        </Labeled>
        <TextInput source="name" validate={required()} fullWidth />
        <RoleInput />
        <PasswordInput
          source="password"
          validate={minLength(12)}
          helperText="scenaro.users.new_password_help"
          autoComplete="new-password"
        />
        <BooleanInput source="disabled" helperText="scenaro.users.disabled_help" />
      </SimpleForm>
    </Edit>
  );
}
