import {
  Alert,
  Box,
  Card,
  CardContent,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import type { SessionDetailView } from '@scenaro/api-contract';
import type { ReactNode } from 'react';
import {
  ListButton,
  Loading,
  Show,
  TopToolbar,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { formatDateTime, formatDuration, formatPrice, intlLocale } from '../catalog/format';
import { Conversation } from './Conversation';
import { LatencyChart } from './LatencyChart';
import { ModeStatus, VersionLabel } from './SessionList';
import type { SessionRecord } from './sessions-adapter';

type SessionDetailRecord = SessionRecord & SessionDetailView;

function Panel({
  title,
  children,
  testId,
}: {
  title: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Card variant="outlined" data-testid={testId}>
      <CardContent>
        <Typography variant="subtitle1" gutterBottom>
          {title}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box>
      <Typography variant="caption" color="text.secondary" display="block">
        {label}
      </Typography>
      <Typography variant="body2" component="div">
        {children}
      </Typography>
    </Box>
  );
}

function Overview({ session }: { session: SessionDetailRecord }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const summary = session.summary;
  return (
    <Stack direction="row" spacing={4} flexWrap="wrap" useFlexGap data-testid="session-overview">
      <Fact label={translate('resources.sessions.fields.createdAt')}>
        {formatDateTime(session.createdAt, intlLocale(locale))}
      </Fact>
      <Fact label={translate('resources.sessions.fields.durationMs')}>
        {session.durationMs === null
          ? translate('scenaro.sessions.running')
          : formatDuration(session.durationMs)}
      </Fact>
      <Fact label={translate('resources.sessions.fields.turns')}>{session.turns ?? '—'}</Fact>
      <Fact label={translate('scenaro.sessions.tool_calls')}>{session.toolCalls ?? '—'}</Fact>
      <Fact label={translate('resources.sessions.fields.orientation')}>
        <VersionLabel record={session} />
      </Fact>
      <Fact label={translate('resources.sessions.fields.mode')}>
        <ModeStatus record={session} />
      </Fact>
      {summary && (
        <Fact label={translate('scenaro.sessions.summary.tokens')}>
          {translate('scenaro.sessions.summary.tokens_value', {
            prompt: summary.usage.promptTokens,
            completion: summary.usage.completionTokens,
          })}
        </Fact>
      )}
      {summary && (
        <Fact label={translate('scenaro.sessions.summary.speech')}>
          {translate('scenaro.sessions.summary.speech_value', {
            stt: summary.usage.sttAudioSeconds.toFixed(1),
            tts: summary.usage.ttsAudioSeconds.toFixed(1),
            characters: summary.usage.ttsCharacters,
          })}
        </Fact>
      )}
    </Stack>
  );
}

function SelectionAndCart({ session }: { session: SessionDetailRecord }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const intl = intlLocale(locale);
  const { cart } = session;
  return (
    <Stack spacing={2}>
      <Panel title={translate('scenaro.sessions.selection.title')} testId="session-selection">
        {session.selection.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate('scenaro.sessions.selection.empty')}
          </Typography>
        ) : (
          <Stack spacing={0.5}>
            {session.selection.map((item) => (
              <Box key={item.productId}>
                <Stack direction="row" justifyContent="space-between" spacing={1}>
                  <Typography variant="body2">{item.name}</Typography>
                  <Typography variant="body2">
                    {formatPrice(item.priceCents, item.currency, intl)}
                  </Typography>
                </Stack>
                {item.note && (
                  <Typography variant="caption" color="text.secondary">
                    {item.note}
                  </Typography>
                )}
              </Box>
            ))}
          </Stack>
        )}
      </Panel>
      <Panel title={translate('scenaro.sessions.cart.title')} testId="session-cart">
        {cart.lines.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate('scenaro.sessions.cart.empty')}
          </Typography>
        ) : (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('scenaro.sessions.cart.product')}</TableCell>
                <TableCell align="right">{translate('scenaro.sessions.cart.quantity')}</TableCell>
                <TableCell align="right">{translate('scenaro.sessions.cart.unit')}</TableCell>
                <TableCell align="right">{translate('scenaro.sessions.cart.line_total')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {cart.lines.map((line) => (
                <TableRow key={line.productId}>
                  <TableCell>{line.name}</TableCell>
                  <TableCell align="right">{line.quantity}</TableCell>
                  <TableCell align="right">
                    {formatPrice(line.unitPriceCents, cart.currency, intl)}
                  </TableCell>
                  <TableCell align="right">
                    {formatPrice(line.lineTotalCents, cart.currency, intl)}
                  </TableCell>
                </TableRow>
              ))}
              <TableRow>
                <TableCell colSpan={3} sx={{ fontWeight: 600 }}>
                  {translate('scenaro.sessions.cart.total')}
                </TableCell>
                <TableCell align="right" sx={{ fontWeight: 600 }} data-testid="cart-total">
                  {formatPrice(cart.totalCents, cart.currency, intl)}
                </TableCell>
              </TableRow>
            </TableBody>
          </Table>
        )}
      </Panel>
      <Panel title={translate('scenaro.sessions.summary.title')} testId="session-summary">
        {session.summary ? (
          <Typography variant="body2">
            {translate('scenaro.sessions.summary.finalized', {
              date: formatDateTime(session.summary.finalizedAt, intl),
              turns: session.summary.turns,
              tools: session.summary.toolCalls,
            })}
          </Typography>
        ) : (
          <Typography variant="body2" color="text.secondary">
            {translate('scenaro.sessions.summary.pending')}
          </Typography>
        )}
      </Panel>
    </Stack>
  );
}

function Body() {
  const translate = useTranslate();
  const session = useRecordContext<SessionDetailRecord>();
  if (!session) return null;
  // Coming from the list, react-admin first shows the list's row (no transcript) while the
  // detail loads.
  if (!Array.isArray(session.transcript)) return <Loading />;
  return (
    <Stack spacing={2} sx={{ p: 2 }}>
      <Overview session={session} />
      {session.eventsTruncated && (
        <Alert severity="warning">{translate('scenaro.sessions.truncated')}</Alert>
      )}
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 2fr) minmax(280px, 1fr)' },
          alignItems: 'start',
        }}
      >
        <Panel title={translate('scenaro.sessions.transcript.title')}>
          <Conversation transcript={session.transcript} startedAt={session.createdAt} />
        </Panel>
        <SelectionAndCart session={session} />
      </Box>
      <Panel title={translate('scenaro.sessions.latency.title')} testId="session-latency">
        <LatencyChart metrics={session.metrics} />
      </Panel>
    </Stack>
  );
}

/** One session: transcript with tool calls, selection, cart, summary and per-turn latency. */
export function SessionShow() {
  return (
    <Show
      actions={
        <TopToolbar>
          <ListButton />
        </TopToolbar>
      }
    >
      <Body />
    </Show>
  );
}
