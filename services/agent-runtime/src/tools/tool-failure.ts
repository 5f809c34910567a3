import { llm, log } from '@livekit/agents';
import { ControlApiError } from '../control-api/client.js';

/** What the LLM hears when a tool failed for a reason it cannot explain to the user. */
export const GENERIC_TOOL_FAILURE =
  'Sorry, this could not be done right now because of a technical problem. Apologise briefly and offer another way to help.';

// Statuses whose message is about the request (unknown product, quantity too high, state
// disabled…) and so worth saying; 401/403 are the runtime's own credentials, not the user's.
const speakableStatuses = new Set([400, 404, 409, 413, 422]);

/**
 * The error a tool throws for a failure: the API's short message for a refusal it can explain,
 * a generic apology for anything else (logged with its cause, never spoken).
 */
export function toolFailure(error: unknown, context: { tool: string; handler: string }): Error {
  if (error instanceof llm.ToolError) return error;
  if (error instanceof ControlApiError && speakableStatuses.has(error.status)) {
    return new llm.ToolError(error.message);
  }
  log().warn(
    {
      tool: context.tool,
      handler: context.handler,
      error: error instanceof Error ? error.name : typeof error,
      status: error instanceof ControlApiError ? error.status : undefined,
      code: error instanceof ControlApiError ? error.code : undefined,
      reason:
        error instanceof Error && 'reason' in error
          ? (error as { reason: unknown }).reason
          : undefined,
    },
    'tool call failed',
  );
  return new llm.ToolError(GENERIC_TOOL_FAILURE);
}
