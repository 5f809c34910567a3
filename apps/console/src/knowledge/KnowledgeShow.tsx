import { Alert, Box, Card, CardContent, Divider, Stack, Typography } from '@mui/material';
import {
  DateField,
  DeleteButton,
  Labeled,
  ListButton,
  NumberField,
  Show,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { KnowledgeStatus } from './KnowledgeStatus';
import { isSettled, type KnowledgeDocumentRecord } from './knowledge-adapter';
import { DocumentPreview } from './MarkdownPreview';

function refetchInterval(query: { state: { data?: KnowledgeDocumentRecord } }) {
  const document = query.state.data;
  return document && isSettled(document.status) ? false : 1_500;
}

function Body() {
  const translate = useTranslate();
  const document = useRecordContext<KnowledgeDocumentRecord>();
  if (!document) return null;
  return (
    <CardContent>
      <Typography variant="h6" gutterBottom data-testid="knowledge-title">
        {document.title}
      </Typography>
      <Stack direction="row" spacing={4} flexWrap="wrap" useFlexGap sx={{ mb: 2 }}>
        <Labeled label="resources.knowledge-documents.fields.status">
          <KnowledgeStatus document={document} />
        </Labeled>
        <Labeled label="resources.knowledge-documents.fields.passageCount">
          <NumberField source="passageCount" />
        </Labeled>
        <Labeled label="resources.knowledge-documents.fields.contentType">
          <Typography variant="body2">{document.contentType}</Typography>
        </Labeled>
        <Labeled label="resources.knowledge-documents.fields.createdAt">
          <DateField source="createdAt" showTime />
        </Labeled>
      </Stack>
      {document.status === 'failed' && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {translate('scenaro.knowledge.failed', { reason: document.error ?? '' })}
        </Alert>
      )}
      <Divider sx={{ mb: 2 }} />
      <Typography variant="overline">{translate('scenaro.knowledge.preview')}</Typography>
      <Box sx={{ maxWidth: 900 }}>
        <DocumentPreview
          content={document.content ?? ''}
          markdown={document.contentType === 'text/markdown'}
        />
      </Box>
    </CardContent>
  );
}

/** A document: status (refreshed until settled), passage count and its text as it will be read. */
export function KnowledgeShow() {
  return (
    <Show
      component={Card}
      queryOptions={{ refetchInterval }}
      actions={
        <TopToolbar>
          <ListButton />
          <DeleteButton mutationMode="pessimistic" />
        </TopToolbar>
      }
    >
      <Body />
    </Show>
  );
}
