import cors from '@fastify/cors';
import {
  playgroundParamsSchema,
  playgroundTurnBodySchema,
  startPlaygroundBodySchema,
} from '@scenaro/api-contract';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { ZodError } from 'zod';
import { PlaygroundError } from './playground-error.js';
import type { PlaygroundSessions } from './playground-sessions.js';

/** What the playground server is built with. */
export interface PlaygroundAppOptions {
  sessions: PlaygroundSessions;
  /** Browser origins allowed to call it (the console). */
  corsOrigins: readonly string[];
  logger?: boolean;
}

function sendError(reply: FastifyReply, error: PlaygroundError) {
  return reply.code(error.status).send({
    error: {
      code: error.code,
      message: error.message,
      ...(error.details ? { details: error.details } : {}),
    },
  });
}

/** Fastify's own 4xx (bad JSON, wrong content type, body too large) in the API's shape. */
function clientError(error: { statusCode?: number; message: string }): PlaygroundError | null {
  const status = error.statusCode ?? 500;
  if (status < 400 || status >= 500) return null;
  const code =
    status === 413
      ? 'payload_too_large'
      : status === 415
        ? 'unsupported_media_type'
        : status === 404
          ? 'not_found'
          : 'invalid_request';
  return new PlaygroundError(status, code, error.message);
}

/**
 * The text playground's HTTP server (never listens: main.ts does, tests use a port of their
 * own). It holds no credentials for callers: each request's Authorization header is passed to
 * the control API, which decides.
 */
export async function buildPlaygroundApp(options: PlaygroundAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger === false ? false : { redact: ['req.headers.authorization'] },
    bodyLimit: 64 * 1024,
  });
  const { sessions } = options;

  app.setErrorHandler((error, request, reply) => {
    if (error instanceof PlaygroundError) return sendError(reply, error);
    if (error instanceof ZodError) {
      return sendError(
        reply,
        new PlaygroundError(
          400,
          'invalid_request',
          'The request is not valid.',
          error.issues.map((issue) => ({
            path: issue.path.join('.') || '(body)',
            message: issue.message,
          })),
        ),
      );
    }
    const known = clientError(error as { statusCode?: number; message: string });
    if (known) return sendError(reply, known);
    request.log.error({ err: error }, 'playground request failed');
    return sendError(reply, new PlaygroundError(500, 'internal_error', 'Something went wrong.'));
  });
  app.setNotFoundHandler((request, reply) =>
    sendError(
      reply,
      new PlaygroundError(404, 'not_found', `No route ${request.method} ${request.url}.`),
    ),
  );

  await app.register(cors, {
    origin: [...options.corsOrigins],
    methods: ['GET', 'POST', 'DELETE'],
  });
  // Each playground session closes with the server, and the control API records its end.
  app.addHook('onClose', async () => sessions.closeAll());

  app.get('/healthz', async () => ({ status: 'ok', sessions: sessions.size }));

  app.post('/v1/playground/sessions', async (request, reply) => {
    const body = startPlaygroundBodySchema.parse(request.body ?? {});
    const started = await sessions.start(request.headers.authorization, body);
    return reply.code(201).send(started);
  });

  app.post('/v1/playground/sessions/:sessionId/turns', async (request, reply) => {
    const { sessionId } = playgroundParamsSchema.parse(request.params);
    const { text } = playgroundTurnBodySchema.parse(request.body ?? {});
    const stream = await sessions.turn(request.headers.authorization, sessionId, text);
    return reply
      .header('content-type', 'application/x-ndjson; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(stream);
  });

  app.delete('/v1/playground/sessions/:sessionId', async (request, reply) => {
    const { sessionId } = playgroundParamsSchema.parse(request.params);
    await sessions.end(request.headers.authorization, sessionId);
    return reply.code(204).send();
  });

  return app;
}
