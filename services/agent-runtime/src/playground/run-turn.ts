import { APIConnectionError, APIStatusError, voice } from '@livekit/agents';
import type { PlaygroundEvent, SessionStateView } from '@scenaro/api-contract';
import type { ToolCallStart } from '../session/create-agent-session.js';
import type { ListenerStatePublisher } from '../state/state-publisher.js';

/** Code of the `error` event of a turn whose LLM failed. */
export const LLM_ERROR = 'llm_error';

/** What a turn runs on: the started agent session and the hooks it reports through. */
export interface TurnTarget {
  readonly session: voice.AgentSession;
  readonly publisher: ListenerStatePublisher;
  /** Set for the duration of a turn: where tool calls are reported as they start. */
  onToolCall: ((call: ToolCallStart) => void) | undefined;
}

/** A provider failure in words a console user can act on (nothing internal). */
export function describeLlmFailure(error: unknown): string {
  // Session error events carry the provider's error in `error` (an LLMError record).
  const cause =
    typeof error === 'object' && error !== null && 'error' in error
      ? (error as { error: unknown }).error
      : error;
  if (cause instanceof APIStatusError) {
    return `The language model answered with an error (HTTP ${cause.statusCode}). Check the orientation's voice.llm settings (model, baseURL) and the provider key.`;
  }
  if (cause instanceof APIConnectionError) {
    return "The language model could not be reached. Check the orientation's voice.llm baseURL, or the network to the provider.";
  }
  return 'The language model failed to answer. Try again, or check the orientation’s voice.llm settings.';
}

/**
 * One user message through the agent, reported as it happens: `user`, then for each tool the
 * LLM calls `tool_call` when it starts and `tool_output` once it ran, then the `state` the
 * tools left (selection, cart), then the agent's answer, and last `done` or `error`.
 * Never throws: a failure is the turn's `error` event.
 */
export async function runTurn(
  target: TurnTarget,
  text: string,
  emit: (event: PlaygroundEvent) => void,
  /** Awaited before the last event (the playground waits for the transcript to be recorded). */
  settle: () => Promise<void> = async () => {},
): Promise<void> {
  const started = performance.now();
  const { session, publisher } = target;
  const states: SessionStateView[] = [];
  let failure: unknown;
  // A tool publishes the state before its output exists: hold it until the output is shown.
  const flushStates = () => {
    for (const state of states.splice(0)) emit({ type: 'state', ...state });
  };
  const onTools = (event: voice.FunctionToolsExecutedEvent) => {
    event.functionCalls.forEach((call, index) => {
      const output = event.functionCallOutputs[index];
      emit({
        type: 'tool_output',
        callId: call.callId,
        name: call.name,
        output: output?.output ?? '',
        isError: output?.isError ?? false,
        durationMs: output ? Math.max(0, output.createdAt - call.createdAt) : 0,
      });
    });
    flushStates();
  };
  const onItem = (event: voice.ConversationItemAddedEvent) => {
    const item = event.item;
    if (item.type !== 'message' || item.role !== 'assistant') return;
    const answer = item.textContent ?? '';
    if (answer.trim() !== '') emit({ type: 'agent', text: answer });
  };
  const onError = (event: voice.ErrorEvent) => {
    // Retried attempts are recoverable; only the final failure of a request fails the turn.
    if ('recoverable' in event.error && event.error.recoverable) return;
    failure ??= event.error;
  };

  emit({ type: 'user', text });
  target.onToolCall = (call) =>
    emit({ type: 'tool_call', callId: call.callId, name: call.name, arguments: call.arguments });
  publisher.attach((state) => states.push(state));
  session.on(voice.AgentSessionEventTypes.FunctionToolsExecuted, onTools);
  session.on(voice.AgentSessionEventTypes.ConversationItemAdded, onItem);
  session.on(voice.AgentSessionEventTypes.Error, onError);
  try {
    await session.run({ userInput: text }).wait();
  } catch (error) {
    failure ??= error;
  } finally {
    session.off(voice.AgentSessionEventTypes.FunctionToolsExecuted, onTools);
    session.off(voice.AgentSessionEventTypes.ConversationItemAdded, onItem);
    session.off(voice.AgentSessionEventTypes.Error, onError);
    publisher.detach();
    target.onToolCall = undefined;
  }
  flushStates();
  await settle().catch(() => {});
  if (failure !== undefined) {
    emit({ type: 'error', code: LLM_ERROR, message: describeLlmFailure(failure) });
  } else {
    emit({ type: 'done', durationMs: Math.round(performance.now() - started) });
  }
}
