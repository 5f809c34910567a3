import type { voice } from '@livekit/agents';

type Run = Awaited<ReturnType<voice.testing.RunResult['wait']>>;

/** Asserts the next events are one call of `name` and its output; returns the output parsed. */
export function expectToolCall(
  result: Run,
  name: string,
  args?: Record<string, unknown>,
): { output: unknown; isError: boolean; rawArgs: Record<string, unknown> } {
  const call = result.expect.nextEvent().isFunctionCall({ name, ...(args ? { args } : {}) });
  const item = result.expect.nextEvent().isFunctionCallOutput().event().item;
  let output: unknown = item.output;
  try {
    output = JSON.parse(item.output);
  } catch {
    // A plain string (an error message).
  }
  return {
    output,
    isError: item.isError,
    rawArgs: JSON.parse(call.event().item.args) as Record<string, unknown>,
  };
}
