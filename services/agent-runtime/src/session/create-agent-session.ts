import { type llm, voice } from '@livekit/agents';
import type { ControlApi } from '../control-api/client.js';
import { buildInstructions } from '../prompt/build-instructions.js';
import type { StatePublisher } from '../state/state-publisher.js';
import { StateTracker } from '../state/state-tracker.js';
import type { WebhookOptions } from '../tools/http/webhook.js';
import { buildTools } from '../tools/registry.js';
import type { SessionBootstrap } from './bootstrap.js';
import type { Pipeline } from './build-pipeline.js';
import { EventForwarder } from './event-forwarder.js';

/** An agent session built for one Scenaro session, not yet started. */
export interface ScenaroAgentSession {
  readonly session: voice.AgentSession;
  readonly agent: voice.Agent;
  readonly events: EventForwarder;
}

/** A tool call about to run, with the arguments as the SDK validated them. */
export interface ToolCallStart {
  readonly callId: string;
  readonly name: string;
  readonly arguments: Record<string, unknown>;
}

/** The same tools, each telling `onToolCall` when it starts; what they do is unchanged. */
function observeTools(
  tools: llm.FunctionTool[],
  onToolCall: (call: ToolCallStart) => void,
): llm.FunctionTool[] {
  return tools.map((original) => ({
    ...original,
    execute: (args, opts) => {
      onToolCall({
        callId: opts.toolCallId,
        name: original.name,
        arguments: { ...(args as Record<string, unknown>) },
      });
      return original.execute(args, opts);
    },
  }));
}

/**
 * The same agent for a LiveKit room and for text mode: instructions layered from the
 * orientation, its tools bound to this session, state published through `publisher`, and the
 * transcript, tool calls and metrics forwarded to the control API.
 */
export function createAgentSession(options: {
  api: ControlApi;
  loaded: SessionBootstrap;
  pipeline: Pipeline;
  publisher: StatePublisher;
  webhook?: WebhookOptions;
  /** Told of each tool call as it starts (the playground streams it); the SDK has no such event. */
  onToolCall?: (call: ToolCallStart) => void;
}): ScenaroAgentSession {
  const { api, loaded, pipeline } = options;
  const state = new StateTracker({
    api,
    sessionId: loaded.sessionId,
    publisher: options.publisher,
  });
  const tools = buildTools({
    api,
    sessionId: loaded.sessionId,
    orientation: loaded.orientation,
    rendered: loaded.rendered,
    variables: loaded.variables,
    state,
    ...(options.webhook ? { webhook: options.webhook } : {}),
  });
  const agent = new voice.Agent({
    instructions: buildInstructions(loaded.rendered),
    tools: options.onToolCall ? observeTools(tools, options.onToolCall) : tools,
  });
  const session = new voice.AgentSession({
    llm: pipeline.llm,
    ...(pipeline.stt ? { stt: pipeline.stt } : {}),
    ...(pipeline.tts ? { tts: pipeline.tts } : {}),
    vad: pipeline.vad,
    turnHandling: pipeline.turnHandling,
    maxToolSteps: pipeline.maxToolSteps,
  });
  const events = new EventForwarder({ api, sessionId: loaded.sessionId });
  events.attach(session);
  return { session, agent, events };
}
