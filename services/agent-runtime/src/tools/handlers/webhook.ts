import { callWebhook } from '../http/webhook.js';
import type { HandlerCall } from '../tool-context.js';

// A spoken answer needs a few sentences; the rest of a large answer only costs latency.
const MAX_RESULT_CHARS = 2000;

/** http: the partner webhook declared in the tool's `http` block, behind the address guard. */
export async function webhookHandler(call: HandlerCall) {
  const spec = call.tool.http;
  if (!spec) throw new Error(`Tool ${call.tool.name} has no http block.`);
  const result = await callWebhook(
    {
      method: spec.method,
      url: spec.url,
      headers: spec.headers,
      timeoutMs: spec.timeoutMs,
      arguments: call.args,
    },
    call.bindings.webhook,
  );
  const text = typeof result === 'string' ? result : JSON.stringify(result);
  if (text.length <= MAX_RESULT_CHARS) return result;
  return { truncated: true, text: text.slice(0, MAX_RESULT_CHARS) };
}
