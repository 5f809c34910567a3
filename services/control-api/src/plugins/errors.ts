import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import FindMyWay, { type HTTPMethod } from 'find-my-way';
import { AppError, type ErrorCode, type ErrorDetail, errorStatus } from '../errors.js';

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'invalid_request',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
};

/** Sends the one error shape of the API. */
function sendError(
  reply: FastifyReply,
  request: FastifyRequest,
  code: ErrorCode,
  message: string,
  details?: ErrorDetail[],
) {
  return reply
    .code(errorStatus[code])
    .type('application/json')
    .send({ error: { code, message, ...(details && { details }), requestId: request.id } });
}

/** Turns every failure into `{"error":{code,message,details}}`; 5xx bodies reveal nothing. */
export const errorsPlugin = fp(async (app: FastifyInstance) => {
  // A second router that knows every registered path, to tell 405 from 404.
  const known = FindMyWay();
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method === 'HEAD') continue;
      try {
        known.on(method as HTTPMethod, route.url, () => {});
      } catch {
        // Already known (Fastify adds some routes twice, e.g. with and without a trailing slash).
      }
    }
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const allowed = (['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const).filter((method) =>
      known.find(method, path),
    );
    if (allowed.length > 0) {
      reply.header('Allow', allowed.join(', '));
      return sendError(
        reply,
        request,
        'method_not_allowed',
        `${request.method} is not allowed here.`,
      );
    }
    return sendError(reply, request, 'not_found', `No route ${request.method} ${path}.`);
  });

  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    if (error instanceof AppError) {
      if (error.headers) reply.headers(error.headers);
      return sendError(reply, request, error.code, error.message, error.details);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? 'request';
      const details = error.validation.flatMap((issue) => {
        const at = [where, ...issue.instancePath.split('/').filter(Boolean)].join('.');
        // An unknown field is reported at the field itself, so the caller sees which one.
        const unknown = (issue.params as { keys?: unknown }).keys;
        if (issue.keyword === 'unrecognized_keys' && Array.isArray(unknown)) {
          return unknown.map((key) => ({
            path: `${at}.${String(key)}`,
            message: 'is not an allowed field',
          }));
        }
        return [{ path: at, message: issue.message ?? 'is not valid' }];
      });
      return sendError(reply, request, 'invalid_request', 'The request is not valid.', details);
    }
    const mapped = error.code ? FASTIFY_CODES[error.code] : undefined;
    if (mapped) return sendError(reply, request, mapped, error.message);
    if (error.statusCode === 429) {
      return sendError(reply, request, 'rate_limited', 'Too many requests; retry later.');
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendError(reply, request, 'invalid_request', error.message);
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendError(reply, request, 'internal_error', 'Something went wrong on our side.');
  });
});
