import type { RuntimeDataHandlerId } from '@scenaro/api-contract';
import type { HandlerCall } from '../tool-context.js';

/**
 * catalog.* and knowledge.ask: answered by the control API for this session, which validates
 * the arguments again against the session's pinned orientation.
 */
export async function dataHandler(handler: RuntimeDataHandlerId, call: HandlerCall) {
  const { api, sessionId } = call.bindings;
  return api.runTool(sessionId, handler, { ...call.args });
}
