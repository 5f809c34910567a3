import { Alert, Box, Button } from '@mui/material';
import { useListContext, useTranslate } from 'react-admin';

/**
 * A list that could not load: the reason in the user's language (API down, no right to see it,
 * the API's own message otherwise) and a retry. Pass as `<List error={<ListError />}>`.
 */
export function ListError() {
  const translate = useTranslate();
  const { error, refetch } = useListContext();
  if (!error) return null;
  const message = (error as Error).message || 'scenaro.errors.unknown';
  return (
    <Box sx={{ p: 2 }}>
      <Alert
        severity="error"
        role="alert"
        data-testid="list-error"
        action={
          <Button color="inherit" size="small" onClick={() => refetch()}>
            {translate('scenaro.errors.retry')}
          </Button>
        }
      >
        {translate(message, { _: message })}
      </Alert>
    </Box>
  );
}
