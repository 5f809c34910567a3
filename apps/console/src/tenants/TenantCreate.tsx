import { useState } from 'react';
import {
  Create,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { SecretDialog, type ShownSecret } from '../core/SecretDialog';
import type { TenantRecord } from './adapter';
import { VariablesInput } from './VariablesInput';

/** A new shop from a template; its first keys are shown once, right after creation. */
export function TenantCreate() {
  const translate = useTranslate();
  const redirect = useRedirect();
  const [created, setCreated] = useState<TenantRecord | null>(null);
  const secrets: ShownSecret[] | null =
    created?.createdKeys?.map((key) => ({
      id: key.id,
      name: key.name,
      kind: key.kind,
      secret: key.secret,
    })) ?? null;
  return (
    <>
      <Create
        redirect={false}
        mutationOptions={{
          onSuccess: (record: TenantRecord) => {
            if (record.createdKeys?.length) setCreated(record);
            else redirect('edit', 'tenants', record.id);
          },
        }}
      >
        <SimpleForm defaultValues={{ template: 'caviste', variableRows: [] }}>
          <TextInput source="name" validate={required()} fullWidth />
          <TextInput
            source="template"
            validate={required()}
            helperText={translate('scenaro.tenants.template_help')}
          />
          <ReferenceInput source="partnerId" reference="partners">
            <SelectInput optionText="name" emptyText="—" />
          </ReferenceInput>
          <VariablesInput />
        </SimpleForm>
      </Create>
      <SecretDialog
        secrets={secrets}
        onClose={() => {
          const id = created?.id;
          setCreated(null);
          if (id) redirect('edit', 'tenants', id);
        }}
      />
    </>
  );
}
