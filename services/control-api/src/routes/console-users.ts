import {
  consoleUserParamsSchema,
  consoleUserSchema,
  createConsoleUserBodySchema,
  listConsoleUsersQuerySchema,
  pageSchema,
  updateConsoleUserBodySchema,
} from '@scenaro/api-contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../deps.js';
import { createConsoleUser } from '../domain/console-users/create-console-user.js';
import { deleteConsoleUser } from '../domain/console-users/delete-console-user.js';
import { getConsoleUser } from '../domain/console-users/get-console-user.js';
import { listConsoleUsers } from '../domain/console-users/list-console-users.js';
import { updateConsoleUser } from '../domain/console-users/update-console-user.js';
import { principalOf } from '../plugins/auth.js';

// Managing people is an admin's job: console viewers and editors may not even list them.
const adminsOnly = { consoleRole: 'admin' } as const;

/** Console users: platform admins manage everyone, tenants and partners their own tenants' users. */
export function consoleUserRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/v1/console/users',
      {
        config: adminsOnly,
        schema: {
          tags: ['console'],
          summary: 'List the console users you may manage, newest first',
          querystring: listConsoleUsersQuerySchema,
          response: { 200: pageSchema(consoleUserSchema) },
        },
      },
      async (request) =>
        listConsoleUsers({ db, principal: principalOf(request), query: request.query }),
    );

    app.post(
      '/v1/console/users',
      {
        config: adminsOnly,
        schema: {
          tags: ['console'],
          summary: 'Create a console user (platform-wide users: platform admins only)',
          body: createConsoleUserBodySchema,
          response: { 201: consoleUserSchema },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await createConsoleUser({ db, principal: principalOf(request), body: request.body }),
          ),
    );

    app.get(
      '/v1/console/users/:userId',
      {
        config: adminsOnly,
        schema: {
          tags: ['console'],
          summary: 'Get a console user',
          params: consoleUserParamsSchema,
          response: { 200: consoleUserSchema },
        },
      },
      async (request) =>
        getConsoleUser({ db, principal: principalOf(request), userId: request.params.userId }),
    );

    app.patch(
      '/v1/console/users/:userId',
      {
        config: adminsOnly,
        schema: {
          tags: ['console'],
          summary: 'Rename, change the role or password of, disable or re-enable a console user',
          params: consoleUserParamsSchema,
          body: updateConsoleUserBodySchema,
          response: { 200: consoleUserSchema },
        },
      },
      async (request) =>
        updateConsoleUser({
          db,
          principal: principalOf(request),
          userId: request.params.userId,
          body: request.body,
        }),
    );

    app.delete(
      '/v1/console/users/:userId',
      {
        config: adminsOnly,
        schema: {
          tags: ['console'],
          summary: 'Delete a console user: they are signed out at once',
          params: consoleUserParamsSchema,
          response: { 204: z.null().describe('Deleted') },
        },
      },
      async (request, reply) => {
        await deleteConsoleUser({
          db,
          principal: principalOf(request),
          userId: request.params.userId,
        });
        return reply.code(204).send(null);
      },
    );
  };
}
