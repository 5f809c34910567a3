import LockIcon from '@mui/icons-material/Lock';
import {
  Alert,
  Avatar,
  Box,
  Button,
  Card,
  CardContent,
  CircularProgress,
  TextField,
  Typography,
} from '@mui/material';
import { type FormEvent, useEffect, useState } from 'react';
import { LocalesMenuButton, useLogin, useTranslate } from 'react-admin';

/**
 * Email and password sign-in; the API's refusal is shown in the form, in the user's language.
 * `takeExpired` tells whether the user lands here because their session expired.
 */
export function LoginPage({ takeExpired }: { takeExpired?: () => boolean }) {
  const translate = useTranslate();
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [expired, setExpired] = useState(false);

  useEffect(() => {
    if (takeExpired?.()) setExpired(true);
  }, [takeExpired]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    setExpired(false);
    try {
      await login({ email, password });
    } catch (failure) {
      setError((failure as Error).message || 'scenaro.errors.unknown');
      setPending(false);
    }
  }

  return (
    <Box
      sx={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        bgcolor: 'grey.100',
      }}
    >
      <Box sx={{ position: 'absolute', top: 8, right: 8 }}>
        <LocalesMenuButton />
      </Box>
      <Card sx={{ width: 380, maxWidth: '92vw' }}>
        <CardContent component="form" onSubmit={submit} noValidate>
          <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', mb: 2 }}>
            <Avatar sx={{ bgcolor: 'secondary.main', mb: 1 }}>
              <LockIcon />
            </Avatar>
            <Typography variant="h5" component="h1">
              Scenaro
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {translate('scenaro.auth.subtitle')}
            </Typography>
          </Box>
          {expired && !error && (
            <Alert severity="info" data-testid="session-expired" sx={{ mb: 2 }}>
              {translate('scenaro.auth.expired')}
            </Alert>
          )}
          {error && (
            <Alert severity="error" role="alert" data-testid="login-error" sx={{ mb: 2 }}>
              {translate(error, { _: error })}
            </Alert>
          )}
          <TextField
            name="email"
            type="email"
            label={translate('scenaro.auth.email')}
            autoComplete="username"
            autoFocus
            required
            fullWidth
            margin="dense"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
          <TextField
            name="password"
            type="password"
            label={translate('ra.auth.password')}
            autoComplete="current-password"
            required
            fullWidth
            margin="dense"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
          <Button
            type="submit"
            variant="contained"
            fullWidth
            sx={{ mt: 2 }}
            disabled={pending || !email || !password}
            startIcon={pending ? <CircularProgress size={16} color="inherit" /> : undefined}
          >
            {translate('ra.auth.sign_in')}
          </Button>
        </CardContent>
      </Card>
    </Box>
  );
}
