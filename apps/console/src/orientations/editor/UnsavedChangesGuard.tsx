import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
} from '@mui/material';
import { useEffect } from 'react';
import { useBlocker, useCanBlock, useTranslate } from 'react-admin';

function RouteBlocker({ dirty }: { dirty: boolean }) {
  const translate = useTranslate();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  return (
    <Dialog open={blocker.state === 'blocked'} onClose={() => blocker.reset?.()}>
      <DialogTitle>{translate('scenaro.orientations.unsaved.title')}</DialogTitle>
      <DialogContent data-testid="unsaved-dialog">
        <DialogContentText>{translate('scenaro.orientations.unsaved.text')}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => blocker.reset?.()} variant="contained">
          {translate('scenaro.orientations.unsaved.stay')}
        </Button>
        <Button onClick={() => blocker.proceed?.()} color="error">
          {translate('scenaro.orientations.unsaved.leave')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/**
 * Unsaved edits are never lost silently: leaving the editor inside the console asks first,
 * and closing or reloading the tab triggers the browser's own warning.
 */
export function UnsavedChangesGuard({ dirty }: { dirty: boolean }) {
  const canBlock = useCanBlock();
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers need returnValue set to show the prompt.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
  return canBlock ? <RouteBlocker dirty={dirty} /> : null;
}
