import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../errors.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route takes an orientation as YAML as well as JSON. */
    acceptsYaml?: boolean;
  }
}

export const YAML_TYPES = ['application/yaml', 'application/x-yaml', 'text/yaml'];

/** True when the request body was sent as YAML. */
export function isYamlRequest(contentType: string | undefined): boolean {
  return YAML_TYPES.some((type) => contentType?.toLowerCase().startsWith(type));
}

/** YAML bodies arrive as text; only routes that accept YAML see them, others answer 415. */
export const yamlBodyPlugin = fp(async (app: FastifyInstance) => {
  // Fastify parses text/plain by default; no route takes plain text, so it is a 415.
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser(YAML_TYPES, { parseAs: 'string' }, (_request, body, done) => {
    done(null, body);
  });
  app.addHook('preValidation', async (request) => {
    if (
      isYamlRequest(request.headers['content-type']) &&
      !request.routeOptions.config.acceptsYaml
    ) {
      throw new AppError('unsupported_media_type', 'This route takes JSON only.');
    }
  });
});
