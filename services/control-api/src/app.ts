import cors from '@fastify/cors';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { AppDeps } from './deps.js';
import { accessPlugin } from './plugins/access.js';
import { authPlugin } from './plugins/auth.js';
import { errorsPlugin } from './plugins/errors.js';
import { nulTextPlugin } from './plugins/nul-text.js';
import { openapiPlugin } from './plugins/openapi.js';
import { rateLimitPlugin } from './plugins/rate-limit.js';
import { yamlBodyPlugin } from './plugins/yaml-body.js';
import { apiKeyRoutes } from './routes/api-keys.js';
import { appearanceRoutes } from './routes/appearance.js';
import { auditRoutes } from './routes/audit.js';
import { catalogImportRoutes } from './routes/catalog-import.js';
import { consoleSessionRoutes } from './routes/console-sessions.js';
import { consoleUserRoutes } from './routes/console-users.js';
import { healthRoutes } from './routes/health.js';
import { jobRoutes } from './routes/jobs.js';
import { knowledgeRoutes } from './routes/knowledge.js';
import { orientationRoutes } from './routes/orientations.js';
import { partnerRoutes } from './routes/partners.js';
import { playgroundSessionRoutes } from './routes/playground-sessions.js';
import { productRoutes } from './routes/products.js';
import { runtimeRoutes } from './routes/runtime.js';
import { runtimeBootstrapRoutes } from './routes/runtime-bootstrap.js';
import { runtimeToolRoutes } from './routes/runtime-tools.js';
import { sessionRoutes } from './routes/sessions.js';
import { tenantRoutes } from './routes/tenants.js';

/** Builds the control API (never listens: server.ts does, tests use inject()). */
export async function buildApp(
  deps: AppDeps,
  options: { logger?: boolean } = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : { level: deps.config.LOG_LEVEL, redact: ['req.headers.authorization'] },
    bodyLimit: deps.config.BODY_LIMIT_BYTES,
    genReqId: () => crypto.randomUUID(),
    ajv: undefined,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // External plugins first, then the app's own, then the routes.
  await app.register(errorsPlugin);
  await app.register(cors, {
    origin: deps.config.CORS_ORIGINS,
    // @fastify/cors allows only GET, HEAD and POST unless told otherwise; the console edits.
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    exposedHeaders: ['ETag', 'Retry-After', 'Idempotent-Replayed'],
  });
  await app.register(openapiPlugin);
  await app.register(yamlBodyPlugin);
  await app.register(authPlugin, { authenticator: deps.authenticator });
  await app.register(accessPlugin, { db: deps.db });
  await app.register(nulTextPlugin);
  await app.register(rateLimitPlugin, {
    redis: deps.redis,
    perMinute: deps.config.RATE_LIMIT_PER_MINUTE,
  });

  for (const routes of [
    healthRoutes,
    partnerRoutes,
    tenantRoutes,
    apiKeyRoutes,
    orientationRoutes,
    auditRoutes,
    productRoutes,
    catalogImportRoutes,
    jobRoutes,
    knowledgeRoutes,
    sessionRoutes,
    playgroundSessionRoutes,
    appearanceRoutes,
    runtimeRoutes,
    runtimeBootstrapRoutes,
    runtimeToolRoutes,
    consoleSessionRoutes,
    consoleUserRoutes,
  ]) {
    await app.register(routes(deps));
  }
  return app;
}
