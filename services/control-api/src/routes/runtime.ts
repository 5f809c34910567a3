import {
  addToCartBodySchema,
  addToSelectionBodySchema,
  appendSessionEventBodySchema,
  cartChangeSchema,
  cartResultSchema,
  endSessionBodySchema,
  endSessionResponseSchema,
  MAX_EVENT_PAYLOAD_BYTES,
  runtimeProductParamsSchema,
  runtimeSessionParamsSchema,
  selectionChangeSchema,
  selectionResultSchema,
  sessionEventSchema,
  sessionStateSchema,
  updateCartQuantityBodySchema,
} from '@scenaro/api-contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../deps.js';
import { addToCart } from '../domain/cart/add-to-cart.js';
import { removeFromCart } from '../domain/cart/remove-from-cart.js';
import { showCart } from '../domain/cart/show-cart.js';
import { updateCartQuantity } from '../domain/cart/update-cart-quantity.js';
import { addToSelection } from '../domain/selection/add-to-selection.js';
import { removeFromSelection } from '../domain/selection/remove-from-selection.js';
import { showSelection } from '../domain/selection/show-selection.js';
import { appendSessionEvent } from '../domain/sessions/append-session-event.js';
import { endSession } from '../domain/sessions/end-session.js';
import { getSessionState } from '../domain/sessions/get-session-state.js';
import { sessionTenant } from '../domain/sessions/session-tenant.js';

const runtimeOnly = { kinds: ['runtime'] as const };
const tags = ['runtime'];

/**
 * What the agent runtime does to a session. The caller names only the session: the tenant is
 * read from the session row, never taken from the request.
 */
export function runtimeRoutes({ db, jobs }: AppDeps): FastifyPluginAsyncZod {
  const session = async (sessionId: string) => ({
    db,
    sessionId,
    tenantId: await sessionTenant({ db, sessionId }),
  });

  return async (app) => {
    app.get(
      '/v1/runtime/sessions/:sessionId/state',
      {
        config: runtimeOnly,
        schema: {
          tags,
          summary: 'Selection, cart and revision of a session',
          params: runtimeSessionParamsSchema,
          response: { 200: sessionStateSchema },
        },
      },
      async (request) => getSessionState(await session(request.params.sessionId)),
    );

    app.get(
      '/v1/runtime/sessions/:sessionId/selection',
      {
        config: runtimeOnly,
        schema: {
          tags,
          summary: 'Show the selection',
          params: runtimeSessionParamsSchema,
          response: { 200: selectionResultSchema },
        },
      },
      async (request) => showSelection(await session(request.params.sessionId)),
    );

    app.post(
      '/v1/runtime/sessions/:sessionId/selection',
      {
        config: runtimeOnly,
        schema: {
          tags,
          summary: 'Add a product to the selection (already there: no change)',
          params: runtimeSessionParamsSchema,
          body: addToSelectionBodySchema,
          response: { 200: selectionChangeSchema },
        },
      },
      async (request) =>
        addToSelection({ ...(await session(request.params.sessionId)), ...request.body }),
    );

    app.delete(
      '/v1/runtime/sessions/:sessionId/selection/:productId',
      {
        config: runtimeOnly,
        schema: {
          tags,
          summary: 'Remove a product from the selection',
          params: runtimeProductParamsSchema,
          response: { 200: selectionChangeSchema },
        },
      },
      async (request) =>
        removeFromSelection({
          ...(await session(request.params.sessionId)),
          productId: request.params.productId,
        }),
    );

    app.get(
      '/v1/runtime/sessions/:sessionId/cart',
      {
        config: runtimeOnly,
        schema: {
          tags,
          summary: 'Show the cart',
          params: runtimeSessionParamsSchema,
          response: { 200: cartResultSchema },
        },
      },
      async (request) => showCart(await session(request.params.sessionId)),
    );

    app.post(
      '/v1/runtime/sessions/:sessionId/cart',
      {
        config: runtimeOnly,
        schema: {
          tags,
          summary: 'Add a quantity of a product to the cart (to its line if it has one)',
          params: runtimeSessionParamsSchema,
          body: addToCartBodySchema,
          response: { 200: cartChangeSchema },
        },
      },
      async (request) =>
        addToCart({ ...(await session(request.params.sessionId)), ...request.body }),
    );

    app.patch(
      '/v1/runtime/sessions/:sessionId/cart/:productId',
      {
        config: runtimeOnly,
        schema: {
          tags,
          summary: 'Set the quantity of a cart line (0 removes it)',
          params: runtimeProductParamsSchema,
          body: updateCartQuantityBodySchema,
          response: { 200: cartChangeSchema },
        },
      },
      async (request) =>
        updateCartQuantity({
          ...(await session(request.params.sessionId)),
          productId: request.params.productId,
          quantity: request.body.quantity,
        }),
    );

    app.delete(
      '/v1/runtime/sessions/:sessionId/cart/:productId',
      {
        config: runtimeOnly,
        schema: {
          tags,
          summary: 'Remove a line from the cart',
          params: runtimeProductParamsSchema,
          response: { 200: cartChangeSchema },
        },
      },
      async (request) =>
        removeFromCart({
          ...(await session(request.params.sessionId)),
          productId: request.params.productId,
        }),
    );

    app.post(
      '/v1/runtime/sessions/:sessionId/events',
      {
        config: runtimeOnly,
        // The payload cap plus room for the envelope; larger bodies are refused unread (413).
        bodyLimit: MAX_EVENT_PAYLOAD_BYTES + 1024,
        schema: {
          tags,
          summary: 'Append a transcript, tool-call or metrics event',
          params: runtimeSessionParamsSchema,
          body: appendSessionEventBodySchema,
          response: { 201: sessionEventSchema },
        },
      },
      async (request, reply) =>
        reply.code(201).send(
          await appendSessionEvent({
            ...(await session(request.params.sessionId)),
            body: request.body,
          }),
        ),
    );

    app.post(
      '/v1/runtime/sessions/:sessionId/end',
      {
        config: runtimeOnly,
        schema: {
          tags,
          summary: 'End the session: selection and cart are frozen, its summary is computed',
          params: runtimeSessionParamsSchema,
          body: endSessionBodySchema.nullish(),
          response: { 200: endSessionResponseSchema },
        },
      },
      async (request) =>
        endSession({
          ...(await session(request.params.sessionId)),
          jobs,
          reason: request.body?.reason,
        }),
    );
  };
}
