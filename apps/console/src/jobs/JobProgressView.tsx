import {
  Alert,
  Box,
  Chip,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import type { JobView } from '@scenaro/api-contract';
import { useTranslate } from 'react-admin';
import { keyed } from '../catalog/keyed';
import { jobProgress } from './job-progress';

const STATUS_COLORS = {
  queued: 'default',
  running: 'info',
  completed: 'success',
  failed: 'error',
} as const;

/** A job's status as a coloured chip. */
export function JobStatusChip({ status }: { status: JobView['status'] }) {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={STATUS_COLORS[status]}
      label={translate(`scenaro.imports.status.${status}`)}
      data-testid="job-status"
      data-status={status}
    />
  );
}

/** Progress bar while the job runs, then its report: counts, failure and the row errors. */
export function JobProgressView({ job }: { job: JobView }) {
  const translate = useTranslate();
  const progress = jobProgress(job);
  return (
    <Stack spacing={2} data-testid="import-progress" data-status={job.status}>
      <Stack direction="row" spacing={2} alignItems="center">
        <JobStatusChip status={job.status} />
        <Typography variant="body2" data-testid="import-rows">
          {progress.total === null
            ? translate('scenaro.imports.rows_unknown', { processed: progress.processed })
            : translate('scenaro.imports.rows', {
                processed: progress.processed,
                total: progress.total,
              })}
        </Typography>
      </Stack>
      <Box>
        <LinearProgress
          variant={progress.percent === null ? 'indeterminate' : 'determinate'}
          value={progress.percent ?? undefined}
          color={job.status === 'failed' ? 'error' : progress.failed > 0 ? 'warning' : 'primary'}
          sx={{ height: 10, borderRadius: 5 }}
          aria-label={translate('scenaro.imports.progress')}
        />
        {progress.percent !== null && (
          <Typography variant="caption" color="text.secondary">
            {progress.percent} %
          </Typography>
        )}
      </Box>
      {progress.error && (
        <Alert severity="error" data-testid="import-error">
          {progress.error}
        </Alert>
      )}
      {progress.settled && (
        <Stack direction="row" spacing={3} data-testid="import-report">
          <Box>
            <Typography variant="h5" color="success.main" data-testid="import-succeeded">
              {progress.succeeded}
            </Typography>
            <Typography variant="caption">{translate('scenaro.imports.succeeded')}</Typography>
          </Box>
          <Box>
            <Typography
              variant="h5"
              color={progress.failed > 0 ? 'error.main' : 'text.primary'}
              data-testid="import-failed"
            >
              {progress.failed}
            </Typography>
            <Typography variant="caption">{translate('scenaro.imports.failed')}</Typography>
          </Box>
        </Stack>
      )}
      {progress.issues.length > 0 && (
        <Box>
          <Typography variant="subtitle1" gutterBottom>
            {translate('scenaro.imports.issues_title')}
          </Typography>
          <TableContainer sx={{ maxHeight: 400 }}>
            <Table size="small" stickyHeader data-testid="import-issues">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('scenaro.imports.issue.row')}</TableCell>
                  <TableCell>{translate('scenaro.imports.issue.field')}</TableCell>
                  <TableCell>{translate('scenaro.imports.issue.message')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {keyed(progress.issues, (issue) => `${issue.row}-${issue.field}`).map(
                  ({ key, item: issue }) => (
                    <TableRow key={key} data-testid="import-issue" data-row={issue.row}>
                      <TableCell>{issue.row}</TableCell>
                      <TableCell>
                        <code>{issue.field || translate('scenaro.imports.issue.whole_row')}</code>
                      </TableCell>
                      <TableCell>{issue.message}</TableCell>
                    </TableRow>
                  ),
                )}
              </TableBody>
            </Table>
          </TableContainer>
          {progress.issuesTruncated && (
            <Typography variant="caption" color="text.secondary">
              {translate('scenaro.imports.issues_truncated')}
            </Typography>
          )}
        </Box>
      )}
    </Stack>
  );
}
