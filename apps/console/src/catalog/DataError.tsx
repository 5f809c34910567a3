import { Alert, AlertTitle } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ApiError } from '../api/client';

/** The translation key of what went wrong, from an ApiError's status. */
export function dataErrorKey(error: unknown): string {
  const status = error instanceof ApiError ? error.status : (error as { status?: number })?.status;
  if (error instanceof ApiError && error.code === 'no_tenant')
    return 'scenaro.data.errors.no_tenant';
  if (status === 0) return 'scenaro.data.errors.unreachable';
  if (status === 403) return 'scenaro.data.errors.forbidden';
  if (status === 404) return 'scenaro.data.errors.not_found';
  if (status !== undefined && status >= 500) return 'scenaro.data.errors.server';
  return 'scenaro.data.errors.generic';
}

/** An API failure as a clear message: API down, forbidden, not found, or the API's own words. */
export function DataError({ error }: { error: unknown }) {
  const translate = useTranslate();
  const message = error instanceof Error ? error.message : String(error ?? '');
  const details = error instanceof ApiError ? error.details : [];
  return (
    <Alert severity="error" data-testid="data-error" sx={{ my: 1 }}>
      <AlertTitle>{translate(dataErrorKey(error))}</AlertTitle>
      {translate(message, { _: message })}
      {details.length > 0 && (
        <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
          {details.map((detail) => (
            <li key={`${detail.path}:${detail.message}`}>
              {detail.path ? <code>{detail.path}</code> : null} {detail.message}
            </li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
