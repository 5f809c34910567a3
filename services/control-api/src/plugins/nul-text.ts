import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../errors.js';

/**
 * Refuses a request with a NUL character in any of its text (path, query string, body): Postgres
 * cannot store one in a text column, so it would otherwise fail deep inside a write as a 500.
 * Runs after the access checks, so it tells nothing to a caller who may not see the resource.
 */
export const nulTextPlugin = fp(async (app: FastifyInstance) => {
  app.addHook('preValidation', async (request) => {
    const found = [
      ...nulPaths(request.params, 'params'),
      ...nulPaths(request.query, 'querystring'),
      ...nulPaths(request.body, 'body'),
    ];
    if (found.length > 0) {
      throw new AppError('invalid_request', 'Text may not contain NUL characters.', {
        details: found.map((path) => ({ path, message: 'contains a NUL character' })),
      });
    }
  });
});

/** Where `value` holds a string with a NUL, as `at.key.index` paths; raw bytes are not text. */
function nulPaths(value: unknown, at: string): string[] {
  if (typeof value === 'string') return value.includes('\u0000') ? [at] : [];
  if (value === null || typeof value !== 'object' || value instanceof Uint8Array) return [];
  return Object.entries(value).flatMap(([key, item]) => nulPaths(item, `${at}.${key}`));
}
