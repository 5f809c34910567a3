import { z } from 'zod';
import { isoDate, tenantParamsSchema } from './common.js';

export const JOB_STATUSES = ['queued', 'running', 'completed', 'failed'] as const;
export const jobStatusSchema = z.enum(JOB_STATUSES);
export type JobStatusName = z.infer<typeof jobStatusSchema>;

/** Most row problems a job keeps; `failed` still counts every bad row. */
export const MAX_JOB_ISSUES = 1000;

/** Largest catalogue file one import takes. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** One problem with one row of an imported file. */
export const jobIssueSchema = z.object({
  row: z
    .number()
    .int()
    .describe(
      'CSV: line of the file where the row starts (the header is line 1); JSON: 1-based position',
    ),
  field: z.string().describe('Column (CSV) or path (JSON) at fault; empty for the whole row'),
  message: z.string(),
});
export type JobIssue = z.infer<typeof jobIssueSchema>;

const jobFields = {
  id: z.string(),
  kind: z.string().describe('catalog.import, knowledge.ingest…'),
  status: jobStatusSchema,
  total: z.number().int().nullable().describe('Rows to process, when known'),
  processed: z.number().int(),
  succeeded: z.number().int(),
  failed: z.number().int(),
  error: z.string().nullable().describe('Why the job failed, when it did'),
  attempts: z.number().int(),
  createdAt: isoDate,
  updatedAt: isoDate,
  finishedAt: isoDate.nullable(),
};

/** A background job as `GET …/jobs/{jobId}` shows it (never its input). */
export const jobSchema = z.object({
  ...jobFields,
  issues: z.array(jobIssueSchema).describe(`The first ${MAX_JOB_ISSUES} row problems`),
});
export type JobView = z.infer<typeof jobSchema>;

/** A job in a list: the same without its issues, to keep pages small. */
export const jobSummarySchema = z.object(jobFields);
export type JobSummaryView = z.infer<typeof jobSummarySchema>;

export const jobParamsSchema = tenantParamsSchema
  .extend({ jobId: z.string().min(1).max(64) })
  .strict();

/** The answer to an accepted import: follow it at `GET …/jobs/{jobId}`. */
export const importAcceptedSchema = z.object({
  jobId: z.string(),
  status: jobStatusSchema,
  total: z.number().int().describe('Rows found in the file'),
});
export type ImportAccepted = z.infer<typeof importAcceptedSchema>;
