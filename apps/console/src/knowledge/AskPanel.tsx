import SearchIcon from '@mui/icons-material/Search';
import {
  Alert,
  Box,
  Card,
  CardContent,
  Chip,
  IconButton,
  InputAdornment,
  LinearProgress,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import type { KnowledgeAskResponse } from '@scenaro/api-contract';
import { useState } from 'react';
import { useGetOne, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { DataError } from '../catalog/DataError';
import { keyed } from '../catalog/keyed';
import { useCurrentTenantId } from '../tenant/use-current-tenant';

/**
 * Try retrieval as the agent's `knowledge.ask` tool does: the best passages with their
 * document and score, or the "no good answer" state the agent is told to admit.
 */
export function AskPanel() {
  const translate = useTranslate();
  const tenantId = useCurrentTenantId();
  const [draft, setDraft] = useState('');
  const [question, setQuestion] = useState('');
  const answers = useGetOne<KnowledgeAskResponse & { id: string }>(
    'knowledge-answers',
    { id: question, meta: { limit: 5 } },
    { enabled: Boolean(tenantId) && question !== '', staleTime: 0 },
  );
  const submit = () => setQuestion(draft.trim());

  return (
    <Card
      sx={{
        ml: { md: 2 },
        mt: 2,
        width: { xs: '100%', md: 380 },
        flexShrink: 0,
        alignSelf: 'flex-start',
      }}
    >
      <CardContent>
        <Typography variant="subtitle1" gutterBottom>
          {translate('scenaro.knowledge.ask.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('scenaro.knowledge.ask.help')}
        </Typography>
        <TextField
          fullWidth
          size="small"
          name="question"
          placeholder={translate('scenaro.knowledge.ask.placeholder')}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') submit();
          }}
          slotProps={{
            input: {
              endAdornment: (
                <InputAdornment position="end">
                  <IconButton
                    aria-label={translate('scenaro.knowledge.ask.submit')}
                    onClick={submit}
                    edge="end"
                    data-testid="ask-submit"
                  >
                    <SearchIcon />
                  </IconButton>
                </InputAdornment>
              ),
            },
          }}
        />
        {answers.isFetching && <LinearProgress sx={{ mt: 1 }} />}
        {answers.error ? <DataError error={answers.error} /> : null}
        {question !== '' && answers.data && !answers.isFetching && (
          <Stack spacing={1.5} sx={{ mt: 2 }} data-testid="ask-results">
            {answers.data.noGoodAnswer && (
              <Alert severity="warning" data-testid="ask-no-good-answer">
                {translate('scenaro.knowledge.ask.no_good_answer')}
              </Alert>
            )}
            {keyed(answers.data.answers, (answer) => `${answer.documentId}-${answer.heading}`).map(
              ({ key, item: answer }) => (
                <Box
                  key={key}
                  data-testid="ask-answer"
                  sx={{
                    borderLeft: 3,
                    borderColor: answers.data?.noGoodAnswer ? 'divider' : 'primary.main',
                    pl: 1.5,
                  }}
                >
                  <Stack
                    direction="row"
                    justifyContent="space-between"
                    alignItems="center"
                    spacing={1}
                  >
                    <Typography variant="subtitle2" noWrap>
                      <Link
                        to={`/knowledge-documents/${encodeURIComponent(answer.documentId)}/show`}
                      >
                        {answer.documentTitle}
                      </Link>
                    </Typography>
                    <Chip
                      size="small"
                      variant="outlined"
                      label={translate('scenaro.knowledge.ask.score', {
                        score: answer.score.toFixed(2),
                      })}
                    />
                  </Stack>
                  {answer.heading && (
                    <Typography variant="caption" color="text.secondary">
                      {answer.heading}
                    </Typography>
                  )}
                  <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                    {answer.text}
                  </Typography>
                </Box>
              ),
            )}
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}
