import { z } from 'zod';
import { slugSchema } from './orientations.js';
import { sessionStateSchema } from './sessions.js';

// The text playground: the agent runtime's own code in text mode (no LiveKit room) on a
// tenant's draft or any published version, with a real test session so tools touch real data.
//
// Two halves:
// - the control API creates the test session (`POST /v1/tenants/{t}/playground-sessions`),
//   which checks the caller and pins the orientation (a snapshot of the draft, or a version);
// - the agent runtime's playground server (`/v1/playground/...`, PLAYGROUND_PORT) runs the
//   conversation. It forwards the caller's bearer token to the control API, so it needs no
//   credentials store of its own: who may use it is decided by the control API.

const id = z.string().min(1).max(64);

/** Which orientation text the playground runs: the draft as it is now, or a published version. */
export const playgroundSourceSchema = z.union([
  z.literal('draft'),
  z.object({ version: z.number().int().min(1) }).strict(),
]);
export type PlaygroundSource = z.infer<typeof playgroundSourceSchema>;

export const createPlaygroundSessionBodySchema = z
  .object({
    orientation: slugSchema
      .optional()
      .describe("The orientation (default: the tenant's first orientation)"),
    source: playgroundSourceSchema.default('draft'),
    dryRun: z
      .boolean()
      .default(false)
      .describe(
        'Resolve the orientation and check access only: 200 with its document, nothing written',
      ),
  })
  .strict();
export type CreatePlaygroundSessionBody = z.input<typeof createPlaygroundSessionBodySchema>;

/**
 * The answer to a `dryRun`: what a session would run. The playground server reads its `voice`
 * block to refuse (503) before anything is written when no LLM can be built for it.
 */
export const playgroundPreviewSchema = z.object({
  tenantId: z.string(),
  orientation: z.object({
    slug: z.string(),
    version: z.number().int().nullable().describe('null: the draft as it is now'),
  }),
  document: z.record(z.string(), z.unknown()),
});
export type PlaygroundPreview = z.infer<typeof playgroundPreviewSchema>;

export const playgroundSessionSchema = z.object({
  sessionId: z.string(),
  tenantId: z.string(),
  orientation: z.object({
    slug: z.string(),
    version: z.number().int().nullable().describe('null: the draft, as it was at creation'),
  }),
});
export type PlaygroundSessionView = z.infer<typeof playgroundSessionSchema>;

// --- The runtime's playground server ---------------------------------------------------------

/** `POST /v1/playground/sessions` on the playground server. */
export const startPlaygroundBodySchema = createPlaygroundSessionBodySchema
  .omit({ dryRun: true })
  .extend({ tenantId: id })
  .strict();
export type StartPlaygroundBody = z.input<typeof startPlaygroundBodySchema>;

export const startPlaygroundResponseSchema = playgroundSessionSchema.extend({
  greeting: z.string().nullable().describe("The agent's opening line, when it has one"),
});
export type StartPlaygroundResponse = z.infer<typeof startPlaygroundResponseSchema>;

export const playgroundParamsSchema = z.object({ sessionId: id }).strict();

/** `POST /v1/playground/sessions/{sessionId}/turns`: one user message. */
export const playgroundTurnBodySchema = z
  .object({ text: z.string().trim().min(1).max(2000) })
  .strict();

/**
 * The answer to a turn is `application/x-ndjson`: one event per line, in the order things
 * happen, so a client shows tool calls while the turn is still running. The last line is
 * `done` or `error`.
 */
export const playgroundEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('user'), text: z.string() }),
  z.object({
    type: z.literal('tool_call'),
    callId: z.string(),
    name: z.string(),
    arguments: z.record(z.string(), z.unknown()),
  }),
  z.object({
    type: z.literal('tool_output'),
    callId: z.string(),
    name: z.string(),
    output: z.string(),
    isError: z.boolean(),
    durationMs: z.number(),
  }),
  z.object({ type: z.literal('agent'), text: z.string() }),
  sessionStateSchema.extend({ type: z.literal('state') }),
  z.object({ type: z.literal('done'), durationMs: z.number() }),
  z.object({ type: z.literal('error'), code: z.string(), message: z.string() }),
]);
export type PlaygroundEvent = z.infer<typeof playgroundEventSchema>;
