import { useState } from 'react';
import { Create, required, SimpleForm, TextInput, useRedirect } from 'react-admin';
import { SecretDialog } from '../core/SecretDialog';
import type { PartnerRecord } from './adapter';

/** A new partner; its first key is shown once, right after creation. */
export function PartnerCreate() {
  const redirect = useRedirect();
  const [created, setCreated] = useState<PartnerRecord | null>(null);
  return (
    <>
      <Create
        redirect={false}
        mutationOptions={{ onSuccess: (record) => setCreated(record as PartnerRecord) }}
      >
        <SimpleForm>
          <TextInput source="name" validate={required()} fullWidth />
        </SimpleForm>
      </Create>
      <SecretDialog
        secrets={created?.createdKeys ?? null}
        onClose={() => {
          setCreated(null);
          redirect('list', 'partners');
        }}
      />
    </>
  );
}
