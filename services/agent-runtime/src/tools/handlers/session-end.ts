import type { voice } from '@livekit/agents';
import type { HandlerCall } from '../tool-context.js';

/** Shutdown reason recorded when the agent ends the conversation itself. */
export const AGENT_ENDED_REASON = 'agent_ended_conversation';

/**
 * session.end: ends the session in the control API (selection and cart are frozen), then closes
 * the agent session once the current speech, the goodbye, has played out.
 */
export async function sessionEndHandler(call: HandlerCall, ctx: voice.RunContext<unknown>) {
  const { api, sessionId } = call.bindings;
  const reason = typeof call.args.reason === 'string' ? call.args.reason : undefined;
  await api.endSession(sessionId, reason ? { reason } : {});
  ctx.speechHandle.addDoneCallback(() => {
    ctx.session.shutdown({ drain: true, reason: AGENT_ENDED_REASON });
  });
  return { ended: true };
}
