import { type APIConnectOptions, llm } from '@livekit/agents';

/** One scripted LLM answer: some text, some tool calls, or both. */
export interface ScriptedStep {
  text?: string;
  toolCalls?: { name: string; args: Record<string, unknown> }[];
}

/**
 * An LLM that answers from a script, one step per request, and keeps every chat context it
 * was sent (to check what the tools returned to it). Unlike FakeLLM it is not keyed on the
 * exact text of the last message, so a test can script a whole conversation.
 */
export class ScriptedLLM extends llm.LLM {
  readonly requests: llm.ChatContext[] = [];
  readonly #steps: (ScriptedStep | ((ctx: llm.ChatContext) => ScriptedStep))[];
  #calls = 0;

  constructor(steps: (ScriptedStep | ((ctx: llm.ChatContext) => ScriptedStep))[]) {
    super();
    this.#steps = [...steps];
  }

  label(): string {
    return 'scripted-llm';
  }

  /** Queues more steps (for a multi-turn conversation). */
  push(...steps: ScriptedStep[]): void {
    this.#steps.push(...steps);
  }

  chat({
    chatCtx,
    toolCtx,
    connOptions,
  }: {
    chatCtx: llm.ChatContext;
    toolCtx?: llm.ToolContextLike;
    connOptions?: APIConnectOptions;
  }): llm.LLMStream {
    this.requests.push(chatCtx.copy());
    const next = this.#steps.shift() ?? { text: '' };
    const step = typeof next === 'function' ? next(chatCtx) : next;
    const callIndex = this.#calls++;
    return new ScriptedStream(this, step, callIndex, {
      chatCtx,
      ...(toolCtx ? { toolCtx } : {}),
      connOptions: connOptions ?? { maxRetry: 0, retryIntervalMs: 0, timeoutMs: 10_000 },
    });
  }
}

class ScriptedStream extends llm.LLMStream {
  readonly #step: ScriptedStep;
  readonly #index: number;

  constructor(
    owner: ScriptedLLM,
    step: ScriptedStep,
    index: number,
    params: ConstructorParameters<typeof llm.LLMStream>[1],
  ) {
    super(owner, params);
    this.#step = step;
    this.#index = index;
  }

  protected async run(): Promise<void> {
    const id = `scripted-${this.#index}`;
    if (this.#step.text) {
      this.queue.put({ id, delta: { role: 'assistant', content: this.#step.text } });
    }
    if (this.#step.toolCalls?.length) {
      this.queue.put({
        id,
        delta: {
          role: 'assistant',
          toolCalls: this.#step.toolCalls.map((call, callIndex) =>
            llm.FunctionCall.create({
              callId: `call_${this.#index}_${callIndex}`,
              name: call.name,
              args: JSON.stringify(call.args),
            }),
          ),
        },
      });
    }
  }
}
