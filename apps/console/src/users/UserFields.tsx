import { Chip } from '@mui/material';
import { consoleRoles } from '@scenaro/api-contract';
import {
  ReferenceField,
  SelectInput,
  TextField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { UserRecord } from './adapter';

export function useRoleChoices() {
  const translate = useTranslate();
  return consoleRoles.map((role) => ({ id: role, name: translate(`scenaro.users.roles.${role}`) }));
}

export function RoleInput() {
  return <SelectInput source="role" choices={useRoleChoices()} />;
}

export function RoleField(_: { label?: string }) {
  const translate = useTranslate();
  const record = useRecordContext<UserRecord>();
  return record ? translate(`scenaro.users.roles.${record.role}`) : null;
}

/** The user's tenant, or "whole platform". */
export function ScopeField(_: { label?: string }) {
  const translate = useTranslate();
  const record = useRecordContext<UserRecord>();
  if (!record) return null;
  if (record.tenantId === null) {
    return <Chip size="small" color="secondary" label={translate('scenaro.users.platform')} />;
  }
  return (
    <ReferenceField source="tenantId" reference="tenants" link={false}>
      <TextField source="name" />
    </ReferenceField>
  );
}

export function UserStatusField(_: { label?: string }) {
  const translate = useTranslate();
  const record = useRecordContext<UserRecord>();
  if (!record) return null;
  return record.disabled ? (
    <Chip size="small" variant="outlined" label={translate('scenaro.users.disabled')} />
  ) : (
    <Chip size="small" color="success" label={translate('scenaro.users.enabled')} />
  );
}
