import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  IconButton,
  TextField,
  Tooltip,
} from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';

export interface ShownSecret {
  id: string;
  name: string;
  kind: string;
  secret: string;
}

/**
 * The one time a key's secret is shown (the API stores only its hash): each secret with a copy
 * button; closing the dialog forgets it.
 */
export function SecretDialog({
  secrets,
  onClose,
}: {
  secrets: ShownSecret[] | null;
  onClose: () => void;
}) {
  const translate = useTranslate();
  return (
    <Dialog
      open={Boolean(secrets?.length)}
      // A stray click beside the dialog must not lose a secret that is never shown again.
      onClose={(_event, reason) => {
        if (reason !== 'backdropClick') onClose();
      }}
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle>{translate('scenaro.keys.secret_title')}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('scenaro.keys.secret_once')}
        </Alert>
        {secrets?.map((secret) => (
          <SecretLine key={secret.id} secret={secret} />
        ))}
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onClose} data-testid="secret-close">
          {translate('scenaro.keys.secret_done')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

function SecretLine({ secret }: { secret: ShownSecret }) {
  const translate = useTranslate();
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(secret.secret);
      setCopied(true);
    } catch {
      // Clipboard refused (insecure origin, permissions): the text stays selectable.
      setCopied(false);
    }
  }
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }}>
      <TextField
        label={`${secret.name} (${translate(`scenaro.keys.kinds.${secret.kind}`, { _: secret.kind })})`}
        value={secret.secret}
        fullWidth
        size="small"
        slotProps={{
          htmlInput: { readOnly: true, 'data-testid': 'secret-value', spellCheck: false },
        }}
        onFocus={(event) => event.target.select()}
      />
      <Tooltip
        title={translate(copied ? 'scenaro.keys.copied' : 'scenaro.keys.copy')}
        placement="top"
      >
        <IconButton
          onClick={copy}
          aria-label={translate('scenaro.keys.copy')}
          data-testid="copy-secret"
        >
          <ContentCopyIcon />
        </IconButton>
      </Tooltip>
    </Box>
  );
}
