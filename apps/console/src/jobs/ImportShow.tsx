import { Card, CardContent, Typography } from '@mui/material';
import type { JobView } from '@scenaro/api-contract';
import {
  DateField,
  Labeled,
  ListButton,
  Show,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { JobProgressView } from './JobProgressView';
import { jobProgress, pollInterval } from './job-progress';

/** Polls while the job is not settled, less often as it ages. */
function refetchInterval(query: { state: { data?: JobView } }): number | false {
  const job = query.state.data;
  if (!job) return 1_000;
  if (jobProgress(job).settled) return false;
  return pollInterval(Date.now() - Date.parse(job.createdAt));
}

function Body() {
  const translate = useTranslate();
  const job = useRecordContext<JobView>();
  if (!job) return null;
  const settled = jobProgress(job).settled;
  return (
    <CardContent>
      <Typography variant="h6" gutterBottom>
        {translate('scenaro.imports.title_one')}
      </Typography>
      <Labeled label="scenaro.imports.started">
        <DateField source="createdAt" showTime />
      </Labeled>
      <JobProgressView job={job} />
      {settled && job.status === 'completed' && (
        <Typography variant="body2" sx={{ mt: 2 }}>
          <Link to="/products">{translate('scenaro.imports.see_products')}</Link>
        </Typography>
      )}
    </CardContent>
  );
}

/** One import: progress bar while it runs (polling its job), then the report. */
export function ImportShow() {
  return (
    <Show
      actions={
        <TopToolbar>
          <ListButton />
        </TopToolbar>
      }
      queryOptions={{ refetchInterval }}
      component={Card}
    >
      <Body />
    </Show>
  );
}
