import {
  jobParamsSchema,
  jobSchema,
  jobSummarySchema,
  pageQuerySchema,
  pageSchema,
  tenantParamsSchema,
} from '@scenaro/api-contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../deps.js';
import { getJob } from '../domain/jobs/get-job.js';
import { listJobs } from '../domain/jobs/list-jobs.js';

/** Background jobs of a tenant (catalogue imports, knowledge ingestion): progress and outcome. */
export function jobRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/v1/tenants/:tenantId/jobs',
      {
        schema: {
          tags: ['jobs'],
          summary: "The tenant's jobs, newest first (without their row issues)",
          params: tenantParamsSchema,
          querystring: pageQuerySchema,
          response: { 200: pageSchema(jobSummarySchema) },
        },
      },
      async (request) => listJobs({ db, tenantId: request.params.tenantId, page: request.query }),
    );

    app.get(
      '/v1/tenants/:tenantId/jobs/:jobId',
      {
        schema: {
          tags: ['jobs'],
          summary: 'A job: status, progress counters, the first 1000 row issues, error',
          params: jobParamsSchema,
          response: { 200: jobSchema },
        },
      },
      async (request) =>
        getJob({ db, tenantId: request.params.tenantId, jobId: request.params.jobId }),
    );
  };
}
