import CloseIcon from '@mui/icons-material/Close';
import RestartIcon from '@mui/icons-material/RestartAlt';
import SendIcon from '@mui/icons-material/Send';
import {
  Accordion,
  AccordionDetails,
  AccordionSummary,
  Alert,
  AlertTitle,
  Box,
  Button,
  CircularProgress,
  Divider,
  Drawer,
  IconButton,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import type { StartPlaygroundResponse } from '@scenaro/api-contract';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslate } from 'react-admin';
import type { ApiError } from '../../api/client';
import { asApiError } from '../api/orientations-api';
import { endPlayground, sendTurn, startPlayground } from '../api/playground-api';
import { useClients } from '../api/use-clients';
import { errorTitleKey } from '../ErrorAlert';
import { applyEvent, type ChatItem, type ChatState, formatPrice } from './chat-items';

function Bubble({ item }: { item: ChatItem }) {
  const translate = useTranslate();
  if (item.kind === 'user' || item.kind === 'agent') {
    const mine = item.kind === 'user';
    return (
      <Box
        data-testid={`chat-${item.kind}`}
        sx={{
          alignSelf: mine ? 'flex-end' : 'flex-start',
          maxWidth: '85%',
          bgcolor: mine ? 'primary.main' : 'grey.100',
          color: mine ? 'primary.contrastText' : 'text.primary',
          borderRadius: 2,
          px: 1.5,
          py: 1,
          whiteSpace: 'pre-wrap',
        }}
      >
        {item.text}
      </Box>
    );
  }
  if (item.kind === 'error') {
    return (
      <Alert severity="error" data-testid="chat-error" sx={{ alignSelf: 'stretch' }}>
        {item.message}
      </Alert>
    );
  }
  return (
    <Accordion
      disableGutters
      data-testid="chat-tool"
      data-tool={item.name}
      sx={{ alignSelf: 'stretch', bgcolor: item.isError ? 'rgba(211,47,47,0.06)' : 'grey.50' }}
    >
      <AccordionSummary>
        <Typography variant="body2" sx={{ fontFamily: 'monospace' }}>
          🔧 {item.name}
          {item.output === undefined
            ? ` — ${translate('scenaro.orientations.try.running')}`
            : item.isError
              ? ` — ${translate('scenaro.orientations.try.tool_failed')}`
              : ` — ${Math.round(item.durationMs ?? 0)} ms`}
        </Typography>
      </AccordionSummary>
      <AccordionDetails>
        <Typography variant="caption" color="text.secondary">
          {translate('scenaro.orientations.try.arguments')}
        </Typography>
        <Box
          component="pre"
          sx={{ m: 0, fontSize: 12, whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}
        >
          {JSON.stringify(item.arguments, null, 2)}
        </Box>
        {item.output !== undefined ? (
          <>
            <Typography variant="caption" color="text.secondary">
              {translate('scenaro.orientations.try.output')}
            </Typography>
            <Box
              component="pre"
              sx={{
                m: 0,
                fontSize: 12,
                whiteSpace: 'pre-wrap',
                wordBreak: 'break-word',
                maxHeight: 240,
                overflow: 'auto',
              }}
            >
              {item.output}
            </Box>
          </>
        ) : null}
      </AccordionDetails>
    </Accordion>
  );
}

function StatePanel({ chat }: { chat: ChatState }) {
  const translate = useTranslate();
  const state = chat.state;
  return (
    <Box
      data-testid="try-state"
      sx={{ p: 1.5, bgcolor: 'grey.50', borderTop: 1, borderColor: 'divider' }}
    >
      <Typography variant="subtitle2">{translate('scenaro.orientations.try.selection')}</Typography>
      {!state || state.selection.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('scenaro.orientations.try.selection_empty')}
        </Typography>
      ) : (
        state.selection.map((item) => (
          <Typography key={item.productId} variant="body2">
            {item.name} — {formatPrice(item.priceCents, item.currency)}
          </Typography>
        ))
      )}
      <Typography variant="subtitle2" sx={{ mt: 1 }}>
        {translate('scenaro.orientations.try.cart')}
      </Typography>
      {!state || state.cart.lines.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('scenaro.orientations.try.cart_empty')}
        </Typography>
      ) : (
        <>
          {state.cart.lines.map((line) => (
            <Typography key={line.productId} variant="body2">
              {line.quantity} × {line.name} —{' '}
              {formatPrice(line.lineTotalCents, state.cart.currency)}
            </Typography>
          ))}
          <Typography variant="body2" sx={{ fontWeight: 600 }} data-testid="try-cart-total">
            {translate('scenaro.orientations.try.total', {
              total: formatPrice(state.cart.totalCents, state.cart.currency),
            })}
          </Typography>
        </>
      )}
    </Box>
  );
}

/**
 * "Try it": a text conversation with the saved draft through the runtime's playground, tool
 * calls and the selection/cart shown as they stream in.
 */
export function TryItPanel({
  open,
  tenantId,
  slug,
  onClose,
}: {
  open: boolean;
  tenantId: string;
  slug: string;
  onClose: () => void;
}) {
  const translate = useTranslate();
  const { playground } = useClients();
  const [session, setSession] = useState<StartPlaygroundResponse | null>(null);
  const [startError, setStartError] = useState<ApiError | null>(null);
  const [starting, setStarting] = useState(false);
  const [chat, setChat] = useState<ChatState>({ items: [], state: null });
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const turn = useRef<AbortController | null>(null);
  const sessionId = useRef<string | null>(null);
  const bottom = useRef<HTMLDivElement | null>(null);

  const stop = useCallback(async () => {
    turn.current?.abort();
    const id = sessionId.current;
    sessionId.current = null;
    setSession(null);
    if (id) await endPlayground(playground, id);
  }, [playground]);

  const start = useCallback(async () => {
    await stop();
    setStarting(true);
    setStartError(null);
    setChat({ items: [], state: null });
    try {
      const started = await startPlayground(playground, tenantId, slug);
      sessionId.current = started.sessionId;
      setSession(started);
      if (started.greeting)
        setChat({ items: [{ kind: 'agent', text: started.greeting }], state: null });
    } catch (error) {
      setStartError(asApiError(error));
    } finally {
      setStarting(false);
    }
  }, [playground, tenantId, slug, stop]);

  useEffect(() => {
    if (!open) return;
    void start();
    return () => {
      void stop();
    };
  }, [open, start, stop]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll when the chat grows
  useEffect(() => {
    bottom.current?.scrollIntoView?.({ block: 'end' });
  }, [chat.items.length]);

  const send = async () => {
    const message = text.trim();
    if (!message || !session || sending) return;
    setText('');
    setSending(true);
    setChat((current) => ({
      ...current,
      items: [...current.items, { kind: 'user', text: message }],
    }));
    const controller = new AbortController();
    turn.current = controller;
    try {
      for await (const event of sendTurn(
        playground,
        session.sessionId,
        message,
        controller.signal,
      )) {
        setChat((current) => applyEvent(current, event));
      }
    } catch (error) {
      if ((error as Error).name !== 'AbortError') {
        const failure = asApiError(error);
        setChat((current) => ({
          ...current,
          items: [
            ...current.items,
            { kind: 'error', code: failure.code, message: failure.message },
          ],
        }));
      }
    } finally {
      setSending(false);
    }
  };

  const unavailable = startError?.code === 'llm_unavailable' || startError?.status === 503;
  return (
    <Drawer
      anchor="right"
      open={open}
      onClose={onClose}
      slotProps={{ paper: { sx: { width: { xs: '100%', sm: 440 } } } }}
    >
      <Box sx={{ display: 'flex', flexDirection: 'column', height: '100%' }} data-testid="try-it">
        <Box sx={{ display: 'flex', alignItems: 'center', p: 1.5, gap: 1 }}>
          <Typography variant="h6" sx={{ flex: 1, fontSize: 17 }}>
            {translate('scenaro.orientations.try.title')}
          </Typography>
          <Tooltip title={translate('scenaro.orientations.try.reset')}>
            <span>
              <IconButton onClick={() => void start()} disabled={starting} data-testid="try-reset">
                <RestartIcon />
              </IconButton>
            </span>
          </Tooltip>
          <IconButton onClick={onClose} aria-label={translate('ra.action.close')}>
            <CloseIcon />
          </IconButton>
        </Box>
        <Typography variant="caption" color="text.secondary" sx={{ px: 1.5, pb: 1 }}>
          {translate('scenaro.orientations.try.subtitle')}
        </Typography>
        <Divider />
        <Box
          sx={{
            flex: 1,
            overflow: 'auto',
            p: 1.5,
            display: 'flex',
            flexDirection: 'column',
            gap: 1,
          }}
        >
          {starting ? <CircularProgress size={24} sx={{ alignSelf: 'center' }} /> : null}
          {startError ? (
            <Alert
              severity={unavailable ? 'info' : 'error'}
              data-testid="try-unavailable"
              data-code={startError.code}
            >
              <AlertTitle>
                {translate(
                  unavailable
                    ? 'scenaro.orientations.try.llm_unavailable'
                    : startError.status === 0
                      ? 'scenaro.orientations.try.unreachable'
                      : errorTitleKey(startError),
                )}
              </AlertTitle>
              {startError.status === 0
                ? translate('scenaro.orientations.try.unreachable_help')
                : startError.message}
            </Alert>
          ) : null}
          {chat.items.map((item, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the chat only grows
            <Bubble key={index} item={item} />
          ))}
          {sending ? <CircularProgress size={18} /> : null}
          <div ref={bottom} />
        </Box>
        <StatePanel chat={chat} />
        <Box
          component="form"
          sx={{ display: 'flex', gap: 1, p: 1.5, borderTop: 1, borderColor: 'divider' }}
          onSubmit={(event) => {
            event.preventDefault();
            void send();
          }}
        >
          <TextField
            size="small"
            fullWidth
            value={text}
            disabled={!session}
            placeholder={translate('scenaro.orientations.try.placeholder')}
            onChange={(event) => setText(event.target.value)}
            slotProps={{ htmlInput: { maxLength: 2000, 'data-testid': 'try-input' } }}
          />
          <Button type="submit" variant="contained" disabled={!session || sending || !text.trim()}>
            <SendIcon fontSize="small" />
          </Button>
        </Box>
      </Box>
    </Drawer>
  );
}
