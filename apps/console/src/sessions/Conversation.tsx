import BuildIcon from '@mui/icons-material/Build';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import {
  Accordion,
  AccordionDetails,
  AccordionSummary,
  Box,
  Chip,
  Stack,
  Typography,
} from '@mui/material';
import type { TranscriptEntry } from '@scenaro/api-contract';
import { useTranslate } from 'react-admin';
import { formatDuration } from '../catalog/format';
import { keyed } from '../catalog/keyed';
import { type ConversationItem, conversationItems, formatArguments } from './session-view';

type ToolCall = Extract<ConversationItem, { kind: 'tools' }>['calls'][number];

function Offset({ ms }: { ms: number | null }) {
  if (ms === null) return null;
  return (
    <Typography
      variant="caption"
      color="text.secondary"
      sx={{ fontVariantNumeric: 'tabular-nums' }}
    >
      +{formatDuration(ms)}
    </Typography>
  );
}

function ToolCallView({ call }: { call: ToolCall }) {
  const translate = useTranslate();
  return (
    <Accordion
      disableGutters
      variant="outlined"
      sx={{ '&:before': { display: 'none' } }}
      data-testid="tool-call"
      data-tool={call.name}
    >
      <AccordionSummary
        expandIcon={<ExpandMoreIcon />}
        sx={{ minHeight: 36, '& .MuiAccordionSummary-content': { my: 0.5 } }}
      >
        <Stack direction="row" spacing={1} alignItems="center" sx={{ minWidth: 0 }}>
          <BuildIcon fontSize="small" color={call.isError ? 'error' : 'action'} />
          <Typography variant="body2" sx={{ fontFamily: 'monospace' }} noWrap>
            {call.name}
          </Typography>
          {call.durationMs !== null && (
            <Typography variant="caption" color="text.secondary">
              {formatDuration(call.durationMs)}
            </Typography>
          )}
          {call.isError && (
            <Chip size="small" color="error" label={translate('scenaro.sessions.tool.error')} />
          )}
          <Offset ms={call.offsetMs} />
        </Stack>
      </AccordionSummary>
      <AccordionDetails sx={{ pt: 0 }}>
        <Typography variant="caption" color="text.secondary">
          {translate('scenaro.sessions.tool.arguments')}
        </Typography>
        <Box
          component="pre"
          sx={{ m: 0, mb: 1, p: 1, bgcolor: 'action.hover', fontSize: 12, overflowX: 'auto' }}
        >
          {formatArguments(call.arguments) || '—'}
        </Box>
        <Typography variant="caption" color={call.isError ? 'error' : 'text.secondary'}>
          {translate(
            call.isError ? 'scenaro.sessions.tool.error_output' : 'scenaro.sessions.tool.output',
          )}
        </Typography>
        <Box
          component="pre"
          sx={{
            m: 0,
            p: 1,
            bgcolor: 'action.hover',
            fontSize: 12,
            whiteSpace: 'pre-wrap',
            wordBreak: 'break-word',
          }}
        >
          {call.output ?? '—'}
        </Box>
      </AccordionDetails>
    </Accordion>
  );
}

/** The transcript: user and agent turns with the tool calls made between them. */
export function Conversation({
  transcript,
  startedAt,
}: {
  transcript: readonly TranscriptEntry[];
  startedAt: string;
}) {
  const translate = useTranslate();
  const items = conversationItems(transcript, startedAt);
  if (items.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" data-testid="transcript-empty">
        {translate('scenaro.sessions.transcript.empty')}
      </Typography>
    );
  }
  return (
    <Stack spacing={1.5} data-testid="transcript">
      {keyed(items, (item) => `${item.kind}-${item.at}`).map(({ key, item }) => {
        if (item.kind === 'tools') {
          return (
            <Stack key={key} spacing={0.5} sx={{ pl: 4, pr: 4 }}>
              {keyed(item.calls, (call) => `${call.name}-${call.at}`).map(
                ({ key: callKey, item: call }) => (
                  <ToolCallView key={callKey} call={call} />
                ),
              )}
            </Stack>
          );
        }
        const user = item.kind === 'user';
        return (
          <Box
            key={key}
            data-testid={`turn-${item.kind}`}
            sx={{ display: 'flex', justifyContent: user ? 'flex-start' : 'flex-end' }}
          >
            <Box
              sx={{
                maxWidth: '80%',
                px: 1.5,
                py: 1,
                borderRadius: 2,
                bgcolor: user ? 'action.selected' : 'primary.main',
                color: user ? 'text.primary' : 'primary.contrastText',
              }}
            >
              <Stack direction="row" spacing={1} alignItems="baseline">
                <Typography variant="caption" sx={{ fontWeight: 600, opacity: 0.85 }}>
                  {translate(
                    user ? 'scenaro.sessions.transcript.user' : 'scenaro.sessions.transcript.agent',
                  )}
                </Typography>
                {item.offsetMs !== null && (
                  <Typography variant="caption" sx={{ opacity: 0.75 }}>
                    +{formatDuration(item.offsetMs)}
                  </Typography>
                )}
                {item.interrupted && (
                  <Typography variant="caption" sx={{ fontStyle: 'italic', opacity: 0.85 }}>
                    {translate('scenaro.sessions.transcript.interrupted')}
                  </Typography>
                )}
              </Stack>
              <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                {item.text}
              </Typography>
            </Box>
          </Box>
        );
      })}
    </Stack>
  );
}
