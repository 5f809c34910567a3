import { ArrayInput, required, SimpleFormIterator, TextInput } from 'react-admin';

/** The tenant's values for its template's variables, one row per variable. */
export function VariablesInput() {
  return (
    <ArrayInput source="variableRows" label="resources.tenants.fields.variables">
      <SimpleFormIterator inline disableReordering>
        <TextInput source="name" validate={required()} helperText={false} sx={{ minWidth: 200 }} />
        <TextInput source="value" helperText={false} sx={{ minWidth: 360 }} />
      </SimpleFormIterator>
    </ArrayInput>
  );
}
