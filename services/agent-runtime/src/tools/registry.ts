import { type llm, tool } from '@livekit/agents';
import type { RuntimeDataHandlerId } from '@scenaro/api-contract';
import { applyFixedArguments, type Tool, toolParameters } from '@scenaro/orientation';
import { dataHandler } from './handlers/data.js';
import { sessionEndHandler } from './handlers/session-end.js';
import { shopInfoHandler } from './handlers/shop-info.js';
import { stateHandler } from './handlers/state.js';
import { webhookHandler } from './handlers/webhook.js';
import type { HandlerCall, ToolBindings } from './tool-context.js';
import { toolFailure } from './tool-failure.js';

type AnyFunctionTool = llm.FunctionTool;

async function runHandler(call: HandlerCall, ctx: Parameters<typeof sessionEndHandler>[1]) {
  const handler = call.tool.handler;
  switch (handler) {
    case 'catalog.search':
    case 'catalog.get':
    case 'catalog.facets':
    case 'catalog.pairing':
    case 'catalog.occasion':
    case 'catalog.compare':
    case 'knowledge.ask':
      return dataHandler(handler satisfies RuntimeDataHandlerId, call);
    case 'selection.add':
    case 'selection.remove':
    case 'selection.show':
    case 'cart.add':
    case 'cart.update':
    case 'cart.remove':
    case 'cart.show':
      return stateHandler(handler, call);
    case 'shop.info':
      return shopInfoHandler(call);
    case 'session.end':
      return sessionEndHandler(call, ctx);
    case 'http':
      return webhookHandler(call);
  }
}

/**
 * Every tool of the orientation as an LLM tool bound to this session: zod parameters (validated
 * by the SDK before `execute`), the rendered description, the fixed arguments applied on top of
 * the LLM's, and failures turned into short speakable tool errors.
 */
export function buildTools(bindings: ToolBindings): AnyFunctionTool[] {
  return bindings.orientation.tools.map((declared: Tool, index: number) => {
    const rendered = bindings.rendered.tools[index] ?? declared;
    return tool({
      name: declared.name,
      description: rendered.description,
      parameters: toolParameters(bindings.orientation, declared, bindings.variables),
      execute: async (llmArgs, { ctx }) => {
        const call: HandlerCall = {
          bindings,
          tool: declared,
          args: applyFixedArguments(declared, llmArgs as Record<string, unknown>),
        };
        try {
          return await runHandler(call, ctx);
        } catch (error) {
          throw toolFailure(error, { tool: declared.name, handler: declared.handler });
        }
      },
    }) as unknown as AnyFunctionTool;
  });
}
