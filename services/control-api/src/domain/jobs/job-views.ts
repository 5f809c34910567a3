import type { JobIssue, JobStatusName, JobSummaryView, JobView } from '@scenaro/api-contract';

/** The columns of a job the API shows: never its input. */
export const jobSummaryColumns = {
  id: true,
  kind: true,
  status: true,
  total: true,
  processed: true,
  succeeded: true,
  failed: true,
  error: true,
  attempts: true,
  createdAt: true,
  updatedAt: true,
  finishedAt: true,
} as const;

export const jobColumns = { ...jobSummaryColumns, issues: true } as const;

interface JobSummaryRow {
  id: string;
  kind: string;
  status: JobStatusName;
  total: number | null;
  processed: number;
  succeeded: number;
  failed: number;
  error: string | null;
  attempts: number;
  createdAt: Date;
  updatedAt: Date;
  finishedAt: Date | null;
}

/** Public shape of a job in a list. */
export function jobSummaryView(job: JobSummaryRow): JobSummaryView {
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    total: job.total,
    processed: job.processed,
    succeeded: job.succeeded,
    failed: job.failed,
    error: job.error,
    attempts: job.attempts,
    createdAt: job.createdAt.toISOString(),
    updatedAt: job.updatedAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}

/** Public shape of one job, with its row issues. */
export function jobView(job: JobSummaryRow & { issues: unknown }): JobView {
  return {
    ...jobSummaryView(job),
    issues: Array.isArray(job.issues) ? (job.issues as JobIssue[]) : [],
  };
}
