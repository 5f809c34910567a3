import type { FastifyInstance } from 'fastify';

/** One request as the control API received it. */
export interface LoggedRequest {
  method: string;
  /** Path and query, as sent. */
  url: string;
  /** The bearer secret the caller presented, if any. */
  bearer: string | null;
}

/**
 * Records every request the app receives, in arrival order. Register it before `ready()` (the
 * harness's `beforeReady`): it is how a test sees which calls the runtime made over HTTP,
 * whichever process made them.
 */
export function recordRequests(app: FastifyInstance): LoggedRequest[] {
  const log: LoggedRequest[] = [];
  app.addHook('onRequest', async (request) => {
    const authorization = request.headers.authorization ?? '';
    log.push({
      method: request.method,
      url: request.url,
      bearer: authorization.startsWith('Bearer ') ? authorization.slice('Bearer '.length) : null,
    });
  });
  return log;
}
