import { type JobIssue, type JobView, MAX_JOB_ISSUES } from '@scenaro/api-contract';

/** What the progress bar and the report of a background job show. */
export interface JobProgress {
  status: JobView['status'];
  /** Finished, one way or the other: stop polling. */
  settled: boolean;
  /** 0..100, or null while the number of rows is unknown (indeterminate bar). */
  percent: number | null;
  processed: number;
  total: number | null;
  succeeded: number;
  failed: number;
  /** Why the whole job failed (a bad file, the queue gave up…). */
  error: string | null;
  /** Row problems, by row then field. */
  issues: JobIssue[];
  /** The job kept only the first problems: more rows failed than are listed. */
  issuesTruncated: boolean;
}

/** A job as the progress bar and the report show it. */
export function jobProgress(
  job: Pick<JobView, 'status' | 'total' | 'processed' | 'succeeded' | 'failed' | 'error'> & {
    issues?: JobIssue[];
  },
): JobProgress {
  const settled = job.status === 'completed' || job.status === 'failed';
  const total = job.total;
  let percent: number | null = null;
  if (job.status === 'completed') percent = 100;
  else if (total !== null && total > 0) {
    percent = Math.min(100, Math.round((job.processed / total) * 100));
  } else if (total === 0) percent = settled ? 100 : 0;
  const issues = [...(job.issues ?? [])].sort(
    (a, b) => a.row - b.row || a.field.localeCompare(b.field),
  );
  const rowsWithIssues = new Set(issues.map((issue) => issue.row)).size;
  return {
    status: job.status,
    settled,
    percent,
    processed: job.processed,
    total,
    succeeded: job.succeeded,
    failed: job.failed,
    error: job.error,
    issues,
    issuesTruncated: issues.length >= MAX_JOB_ISSUES || rowsWithIssues < job.failed,
  };
}

/** How often a job is polled while it runs, in ms: often at first, then less. */
export function pollInterval(ageMs: number): number {
  if (ageMs < 10_000) return 500;
  if (ageMs < 60_000) return 1_500;
  return 5_000;
}
