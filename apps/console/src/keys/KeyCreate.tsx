import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  Create,
  FormDataConsumer,
  RadioButtonGroupInput,
  required,
  SimpleForm,
  TextInput,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { SecretDialog } from '../core/SecretDialog';
import type { KeyRecord } from './adapter';

/**
 * A new key; its secret is shown once in a dialog with a copy button. `keys`: tenant or
 * publishable (limited to browser origins); `platform-keys`: admin or runtime.
 */
export function KeyCreate({ resource = 'keys' }: { resource?: string }) {
  const translate = useTranslate();
  const redirect = useRedirect();
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<KeyRecord | null>(null);
  const platform = resource === 'platform-keys';
  const kinds = platform ? ['runtime', 'admin'] : ['tenant', 'publishable'];
  return (
    <>
      <Create
        resource={resource}
        redirect={false}
        mutationOptions={{
          onSuccess: (record: KeyRecord) => {
            // The secret lives in this dialog only, not in react-admin's record cache.
            queryClient.removeQueries({ queryKey: [resource, 'getOne'] });
            setCreated(record);
          },
        }}
      >
        <SimpleForm defaultValues={{ kind: kinds[0] }}>
          <TextInput source="name" validate={required()} fullWidth />
          <RadioButtonGroupInput
            source="kind"
            choices={kinds.map((kind) => ({
              id: kind,
              name: translate(`scenaro.keys.kinds.${kind}`),
            }))}
          />
          {!platform && (
            <FormDataConsumer>
              {({ formData }) =>
                formData.kind === 'publishable' && (
                  <TextInput
                    source="allowedOriginsText"
                    multiline
                    minRows={2}
                    fullWidth
                    validate={required()}
                    helperText="scenaro.keys.origins_help"
                  />
                )
              }
            </FormDataConsumer>
          )}
        </SimpleForm>
      </Create>
      <SecretDialog
        secrets={
          created?.secret
            ? [{ id: created.id, name: created.name, kind: created.kind, secret: created.secret }]
            : null
        }
        onClose={() => {
          setCreated(null);
          redirect('list', resource);
        }}
      />
    </>
  );
}

export function PlatformKeyCreate() {
  return <KeyCreate resource="platform-keys" />;
}
