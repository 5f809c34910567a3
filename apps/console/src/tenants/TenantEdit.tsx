import {
  DateField,
  DeleteWithConfirmButton,
  Edit,
  Labeled,
  required,
  SaveButton,
  SimpleForm,
  TextField,
  TextInput,
  Toolbar,
  useCanAccess,
} from 'react-admin';
import { VariablesInput } from './VariablesInput';

function TenantToolbar() {
  const { canAccess } = useCanAccess({ action: 'delete', resource: 'tenants' });
  return (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
      <SaveButton />
      {canAccess && <DeleteWithConfirmButton confirmContent="scenaro.tenants.delete_confirm" />}
    </Toolbar>
  );
}

/** Rename a shop or change its variables' values (its orientation uses them at once). */
export function TenantEdit() {
  return (
    <Edit mutationMode="pessimistic">
      <SimpleForm toolbar={<TenantToolbar />}>
        <Labeled>
          <TextField source="id" sx={{ fontFamily: 'monospace' }} />
        </Labeled>
        <Labeled>
          <TextField source="template" />
        </Labeled>
        <Labeled>
          <DateField source="createdAt" showTime />
        </Labeled>
        <TextInput source="name" validate={required()} fullWidth />
        <VariablesInput />
      </SimpleForm>
    </Edit>
  );
}
