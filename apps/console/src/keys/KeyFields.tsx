import { Chip } from '@mui/material';
import {
  DeleteWithConfirmButton,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { KeyRecord } from './adapter';

/** Active or revoked (with when). */
export function KeyStatusField(_: { label?: string }) {
  const translate = useTranslate();
  const record = useRecordContext<KeyRecord>();
  if (!record) return null;
  return record.active ? (
    <Chip size="small" color="success" label={translate('scenaro.keys.active')} />
  ) : (
    <Chip
      size="small"
      variant="outlined"
      label={translate('scenaro.keys.revoked_on', {
        date: new Date(record.revokedAt ?? '').toLocaleDateString(),
      })}
    />
  );
}

export function KeyKindField(_: { label?: string }) {
  const translate = useTranslate();
  const record = useRecordContext<KeyRecord>();
  return record ? translate(`scenaro.keys.kinds.${record.kind}`, { _: record.kind }) : null;
}

/** Revokes after confirmation; the key fails from the next request on. Hidden once revoked. */
export function RevokeKeyButton(_: { label?: string }) {
  const record = useRecordContext<KeyRecord>();
  const notify = useNotify();
  const refresh = useRefresh();
  if (!record?.active) return null;
  return (
    <DeleteWithConfirmButton
      label="scenaro.keys.revoke"
      confirmTitle="scenaro.keys.revoke_title"
      confirmContent="scenaro.keys.revoke_confirm"
      translateOptions={{ name: record.name }}
      mutationMode="pessimistic"
      redirect={false}
      // A revoked key stays listed (as revoked): reload the list rather than drop the row.
      mutationOptions={{
        onSuccess: () => {
          notify('scenaro.keys.revoked', { type: 'info' });
          refresh();
        },
      }}
    />
  );
}
