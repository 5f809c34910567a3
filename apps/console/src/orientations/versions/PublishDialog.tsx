import {
  Alert,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField,
  Typography,
} from '@mui/material';
import type { DiffEntry } from '@scenaro/api-contract';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import type { ApiError } from '../../api/client';
import { diff, publish } from '../api/orientations-api';
import { useClients } from '../api/use-clients';
import { ErrorAlert } from '../ErrorAlert';
import { DiffView } from './DiffView';

/**
 * Publishing: the saved draft against the current version (`to=draft` diff), an optional
 * note, then the new immutable version.
 */
export function PublishDialog({
  open,
  tenantId,
  slug,
  currentVersion,
  onClose,
  onPublished,
}: {
  open: boolean;
  tenantId: string;
  slug: string;
  currentVersion: number | null;
  onClose: () => void;
  onPublished: (version: number) => void;
}) {
  const translate = useTranslate();
  const { api } = useClients();
  const [changes, setChanges] = useState<DiffEntry[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    setChanges(null);
    setError(null);
    setNote('');
    if (currentVersion === null) return;
    let live = true;
    diff(api, tenantId, slug, currentVersion, 'draft')
      .then((entries) => live && setChanges(entries))
      .catch((failure: ApiError) => live && setError(failure));
    return () => {
      live = false;
    };
  }, [open, api, tenantId, slug, currentVersion]);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      const created = await publish(api, tenantId, slug, note);
      onPublished(created.version);
    } catch (failure) {
      setError(failure as ApiError);
    } finally {
      setBusy(false);
    }
  };

  const nothingToPublish = currentVersion !== null && changes !== null && changes.length === 0;
  return (
    <Dialog open={open} onClose={busy ? undefined : onClose} maxWidth="md" fullWidth>
      <DialogTitle>
        {translate('scenaro.orientations.publish.title', {
          version: (currentVersion ?? 0) + 1,
        })}
      </DialogTitle>
      <DialogContent dividers data-testid="publish-dialog">
        {currentVersion === null ? (
          <Alert severity="info">{translate('scenaro.orientations.publish.first')}</Alert>
        ) : (
          <>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              {translate('scenaro.orientations.publish.against', { version: currentVersion })}
            </Typography>
            {changes === null && !error ? <CircularProgress size={24} /> : null}
            {changes ? <DiffView changes={changes} /> : null}
          </>
        )}
        {nothingToPublish ? (
          <Alert severity="info" sx={{ mt: 1 }}>
            {translate('scenaro.orientations.publish.nothing')}
          </Alert>
        ) : null}
        <TextField
          label={translate('scenaro.orientations.publish.note')}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          fullWidth
          size="small"
          sx={{ mt: 2 }}
          slotProps={{ htmlInput: { maxLength: 500, 'data-testid': 'publish-note' } }}
        />
        <ErrorAlert error={error} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {translate('ra.action.cancel')}
        </Button>
        <Button
          variant="contained"
          onClick={confirm}
          disabled={busy || (changes === null && currentVersion !== null && !error)}
          data-testid="publish-confirm"
        >
          {translate('scenaro.orientations.publish.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
