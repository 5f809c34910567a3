import { Chip, Tooltip } from '@mui/material';
import type { KnowledgeDocumentSummary } from '@scenaro/api-contract';
import { useTranslate } from 'react-admin';

const COLORS = {
  pending: 'default',
  ingesting: 'info',
  ready: 'success',
  failed: 'error',
} as const;

/** Ingestion status as a chip; a failure shows its reason on hover and below the chip. */
export function KnowledgeStatus({
  document,
}: {
  document: Pick<KnowledgeDocumentSummary, 'status' | 'error'>;
}) {
  const translate = useTranslate();
  const chip = (
    <Chip
      size="small"
      color={COLORS[document.status]}
      label={translate(`scenaro.knowledge.status.${document.status}`)}
      data-testid="knowledge-status"
      data-status={document.status}
    />
  );
  return document.error ? <Tooltip title={document.error}>{chip}</Tooltip> : chip;
}
