import { Alert, AlertTitle } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ApiError } from '../api/client';

/** The translation key of the headline for an API failure (down, forbidden, invalid…). */
export function errorTitleKey(error: Pick<ApiError, 'status' | 'code'>): string {
  if (error.status === 0) return 'scenaro.orientations.errors.unreachable';
  if (error.status === 401) return 'scenaro.orientations.errors.unauthenticated';
  if (error.status === 403) return 'scenaro.orientations.errors.forbidden';
  if (error.status === 404) return 'scenaro.orientations.errors.not_found';
  if (error.status === 412) return 'scenaro.orientations.errors.conflict';
  if (error.status === 400 || error.status === 422) return 'scenaro.orientations.errors.invalid';
  return 'scenaro.orientations.errors.server';
}

/** An API failure as a clear message: what happened, then the API's own words. */
export function ErrorAlert({
  error,
  testId = 'orientation-error',
}: {
  error: ApiError | null;
  testId?: string;
}) {
  const translate = useTranslate();
  if (!error) return null;
  return (
    <Alert severity="error" sx={{ mt: 1 }} data-testid={testId} data-status={error.status}>
      <AlertTitle>{translate(errorTitleKey(error))}</AlertTitle>
      {error.message}
    </Alert>
  );
}
