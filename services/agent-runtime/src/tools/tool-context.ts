import type { Orientation, Tool, VariableValues } from '@scenaro/orientation';
import type { ControlApi } from '../control-api/client.js';
import type { StateTracker } from '../state/state-tracker.js';
import type { WebhookOptions } from './http/webhook.js';

/**
 * What every handler is bound to: this session, from the job. Nothing here comes from the LLM,
 * which therefore cannot name another session, tenant or cart.
 */
export interface ToolBindings {
  readonly api: ControlApi;
  readonly sessionId: string;
  /** The orientation as published (parameters derive from it). */
  readonly orientation: Orientation;
  /** The same orientation rendered with the tenant's variables (descriptions the LLM reads). */
  readonly rendered: Orientation;
  readonly variables: VariableValues;
  readonly state: StateTracker;
  readonly webhook?: WebhookOptions;
}

/** Arguments after validation by the SDK and with the tool's fixed arguments applied. */
export type HandlerArguments = Readonly<Record<string, unknown>>;

/** One handler call: the bound session, the tool as declared and its rendered twin. */
export interface HandlerCall {
  readonly bindings: ToolBindings;
  readonly tool: Tool;
  readonly args: HandlerArguments;
}
