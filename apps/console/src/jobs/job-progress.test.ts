import { describe, expect, it } from 'vitest';
import { importContentType } from './imports-adapter';
import { jobProgress, pollInterval } from './job-progress';

const job = (fields: Partial<Parameters<typeof jobProgress>[0]> = {}) => ({
  status: 'running' as const,
  total: 4,
  processed: 0,
  succeeded: 0,
  failed: 0,
  error: null,
  issues: [],
  ...fields,
});

describe('jobProgress', () => {
  it('shows a queued job at 0 % and keeps polling', () => {
    expect(jobProgress(job({ status: 'queued' }))).toMatchObject({ settled: false, percent: 0 });
  });

  it('shows rows done over rows in the file while running', () => {
    expect(jobProgress(job({ processed: 3, succeeded: 2, failed: 1 }))).toMatchObject({
      settled: false,
      percent: 75,
      processed: 3,
      total: 4,
    });
  });

  it('uses an indeterminate bar while the number of rows is unknown', () => {
    expect(jobProgress(job({ total: null, processed: 10 })).percent).toBeNull();
  });

  it('reports a finished import: counts and row issues in row order', () => {
    const progress = jobProgress(
      job({
        status: 'completed',
        processed: 4,
        succeeded: 2,
        failed: 2,
        issues: [
          { row: 5, field: 'color', message: 'must be one of rouge, blanc' },
          { row: 3, field: 'price', message: 'is required' },
          { row: 3, field: '', message: 'too many cells' },
        ],
      }),
    );
    expect(progress).toMatchObject({ settled: true, percent: 100, succeeded: 2, failed: 2 });
    expect(progress.issues.map((issue) => [issue.row, issue.field])).toEqual([
      [3, ''],
      [3, 'price'],
      [5, 'color'],
    ]);
    expect(progress.issuesTruncated).toBe(false);
  });

  it('says when more rows failed than the job kept issues for', () => {
    expect(
      jobProgress(
        job({
          status: 'completed',
          processed: 4,
          failed: 3,
          issues: [{ row: 2, field: 'sku', message: 'x' }],
        }),
      ).issuesTruncated,
    ).toBe(true);
  });

  it('settles a failed job with its reason, whatever its counters', () => {
    expect(
      jobProgress(job({ status: 'failed', processed: 1, error: 'The file has no header.' })),
    ).toMatchObject({ settled: true, percent: 25, error: 'The file has no header.' });
  });
});

describe('pollInterval', () => {
  it('polls often at first, then less', () => {
    expect(pollInterval(1_000)).toBe(500);
    expect(pollInterval(30_000)).toBe(1_500);
    expect(pollInterval(120_000)).toBe(5_000);
  });
});

describe('importContentType', () => {
  it('sends CSV and JSON by type or by name, and nothing else', () => {
    expect(importContentType({ name: 'vins.CSV', type: '' })).toBe('text/csv');
    expect(importContentType({ name: 'export', type: 'text/csv' })).toBe('text/csv');
    expect(importContentType({ name: 'vins.json', type: '' })).toBe('application/json');
    expect(importContentType({ name: 'vins.xlsx', type: 'application/vnd.ms-excel' })).toBeNull();
  });
});
